/**
 * The profile's `accounts:` section (ID管理): when an ID counts as unused, which findings of the
 * reconciliation against the people register apply, and who is told when an IC card is lost
 * (all of the named holders where the text says 及び, the first reachable where it says 又は).
 * Every rule cites its clause; server/modules/accounts only follows this data.
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty } from "../../common/duties";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);
const RoleKey = z.string().regex(/^[a-z0-9_]+$/, "role is a role key of this profile");

const Rule = z.strictObject({ text: I18n, clause: ClauseRef });

/** Who is told: holders of a duty over the card holder's unit, optionally only of one role. */
export const LossRecipient = z.strictObject({
  duty: DutyKey,
  role: RoleKey.optional().describe("Only holders through this role (e.g. 情報管理責任者, not every 課長)"),
});

/**
 * Who is told when the named recipients reach nobody (no holder assigned for that 課, a vacancy):
 * tried in order, the first with a holder is told. The text names the recipients; this is the
 * organization's own office that answers for the rule (e.g. the ネットワーク管理者 / 情報監理者 or
 * the CISO), so that a report is never silently dropped. Empty: nobody more (the audit records it).
 */
const Fallback = z
  .array(LossRecipient)
  .default([])
  .describe("Told, first reachable in order, when the named recipients reach nobody");

export const AccountsSection = z.strictObject({
  unused: Rule.extend({
    days: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .describe("An ID not used for this many days (or never used since created) is a finding"),
  }),
  /** An ID whose holder retired, moved, or has none; several IDs of one person on a system. */
  leavers: Rule.describe("IDs of people who left are stopped"),
  transfers: Rule.describe("IDs that the holder's transfer makes unfit are stopped"),
  one_per_person: Rule.describe("One ID per person on a system (duplicates are findings)"),
  privileged_approval: Rule.describe("A privileged ID needs an approval on record"),
  /** Privileged IDs: initial names that must be changed, and the connection time limit. */
  privileged_ids: z.strictObject({
    default_names: z
      .array(z.string().min(1))
      .min(1)
      .describe("Vendors' initial ID names a privileged ID must not keep"),
    default_name: Rule,
    time_limit: Rule,
    /**
     * Check-out of a privileged ID for one task (who, why, from–to): the longest window, and how
     * many days after the window the keeper reviews what was done.
     */
    checkout: Rule.extend({
      max_hours: z.number().int().min(1).max(168).describe("The longest check-out window, in hours"),
      review_days: z
        .number()
        .int()
        .min(1)
        .max(60)
        .describe("Days after the window ends within which the use is reviewed"),
    }),
    /**
     * Deputies of a privileged ID: only a person named in an approved request of this kind (its
     * chain in request_kinds, e.g. nominated by the ネットワーク管理者 and approved by the CISO).
     * Absent: the text has no deputies of privileged IDs.
     */
    deputy: Rule.extend({ request_kind: z.string().regex(/^[a-z0-9_]+$/) }).optional(),
  }),
  /** Development IDs are deleted when development ends. */
  development_ids: Rule,
  /** ID棚卸し: the periodic review of every system's IDs by the owner's manager. */
  review: Rule.extend({
    cycle_months: z
      .number()
      .int()
      .min(1)
      .max(60)
      .describe("A new campaign starts this long after the last one"),
    due_days: z.number().int().min(1).max(365).describe("Reviewers decide within this many days"),
    task_days: z
      .number()
      .int()
      .min(1)
      .max(365)
      .describe("The administrator carries out a change or removal within this many days"),
    remind_days_before: z.number().int().min(0).max(60),
    /** Who reviews a system's IDs: holders of the duty over its owner 課 (only through the role, if given). */
    reviewer: LossRecipient,
  }),
  ic_card_loss: Rule.extend({
    /** all = 及び (every recipient), any = 又は (the first recipient that has a holder). */
    mode: z.enum(["all", "any"]),
    notify: z.array(LossRecipient).min(1),
    fallback: Fallback,
    also: z.array(ClauseRef).default([]),
  }),
  /**
   * A staff member asks for the deletion of an ID they no longer need: who is told. The system's
   * own administrator (account_systems.administrator_person_id) when `system_administrator`, and
   * the holders of each duty over the system's owner 課. all = 及び, any = 又は (the first reachable
   * in that order). Absent: the text names nobody; the request is still recorded.
   */
  deletion_request: Rule.extend({
    mode: z.enum(["all", "any"]),
    system_administrator: z.boolean(),
    notify: z.array(LossRecipient).default([]),
    fallback: Fallback,
  }).optional(),
});

export type AccountsSectionT = z.infer<typeof AccountsSection>;
