/**
 * The profile's `training:` section (研修・訓練): who organizes training, who approves the yearly
 * plan (absent: the text names no approval), the new-hire course and its deadline, who asks
 * non-regular staff for a 同意書, who records attendance, and the chain of reports up to the
 * committee. Every rule cites its clause; server/modules/training only follows this data.
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty } from "../../common/duties";
import { EMPLOYMENT_TYPES } from "../../common/employment";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);
const EmploymentKey = z.enum(EMPLOYMENT_TYPES);

const DutyRule = z.strictObject({ duty: DutyKey, clause: ClauseRef });

export const TrainingSection = z.strictObject({
  /** Drafts the yearly plan, holds sessions and drills, sees every record (CISO / 情報監理者). */
  organizer: DutyRule,
  /** Approves the yearly plan; absent when the text names no approval (the plan takes effect directly). */
  plan_approval: DutyRule.optional(),
  /** A body that deliberates on training without approving it (川崎市 情報セキュリティ管理会議), shown only. */
  deliberated_by: z.strictObject({ body: I18n, clause: ClauseRef }).optional(),
  /** Who records the attendance of their 課 (the 課長). */
  department_recorder: DutyRule,
  /** The course assigned when a person joins, and its deadline in business days from joining. */
  new_hire: z
    .strictObject({
      title: I18n,
      deadline: z.strictObject({ business_days: z.number().int().min(1).max(250) }),
      clause: ClauseRef,
    })
    .optional(),
  /** 同意書: who asks for it (必要に応じ — the holder decides), of which employment types, and its text. */
  consent: z
    .strictObject({
      requested_by: DutyKey,
      employment_types: z.array(EmploymentKey).min(1),
      text: I18n,
      clause: ClauseRef,
    })
    .optional(),
  /** Reports up the chain, in order: each step is made by a holder of `by` and received by `to`. */
  report_chain: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_]+$/),
        by: DutyKey,
        to: DutyKey,
        title: I18n,
        clause: ClauseRef,
      }),
    )
    .default([]),
  /** Days before a deadline that the person and their 課長 are reminded (and again once overdue). */
  remind_days_before: z.number().int().min(0).max(60).default(5),
});

export type TrainingSectionT = z.infer<typeof TrainingSection>;
