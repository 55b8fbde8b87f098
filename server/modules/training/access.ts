import type { Duty } from "../../../common/duties";
import { allow, allowApp, hasDuty, hasDutyOver, hasOrganizationDuty, visibleUnits } from "../../access";
import type { Approval } from "../../access/self-approval";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { dutiesOf } from "./rules";

/**
 * Access rules of training (DESIGN.md §4 rules 1–2). The duties come from the profile's
 * `training:` section and travel in the record, so these rules stay pure:
 * - the plan of a 年度 is read by everyone signed in (it is for all 職員等, 6.2(2)②); the
 *   organizer (西原村 CISO 6.2(2)①, 川崎市 情報監理者 第5章3) drafts, submits and runs it; the
 *   approving duty (西原村: the committee) approves it — nobody when the profile names none;
 * - attendance of a person is recorded by the person themself, by the holder of the department
 *   recorder duty over the person's 課 (the 課長, 6.2(2)⑤), or by the organizer;
 * - completion of a 課 is seen by its recorder, and by the organizer, the CISO, the network
 *   manager and view_all_departments organization-wide; one's own by everyone;
 * - a 同意書 is asked (and a paper one recorded) by the consent duty over the person's 課, and
 *   signed by the person;
 * - a report step is made by a holder of its `by` duty (over the 課 for the department step).
 */
export interface TrainingDuties {
  organizer: Duty;
  approver: Duty | null;
  recorder: Duty;
  consent: Duty | null;
}

export interface PersonUnitRecord {
  personId: string;
  departmentId: string | null;
  bureauId: string | null;
  duties: TrainingDuties;
}

export const OVERSEER_DUTIES: Duty[] = [
  "view_all_departments",
  "chief_information_security_officer",
  "manage_network",
];

export const isOrganizer = (a: Actor, d: TrainingDuties) => hasOrganizationDuty(a, d.organizer);

allow<{ duties: TrainingDuties }>("training_plan", "read", () => true);
allow<{ duties: TrainingDuties }>("training_plan", "manage", (a, r) => isOrganizer(a, r.duties));
allow<{ duties: TrainingDuties }>(
  "training_plan",
  "approve",
  (a, r) => r.duties.approver !== null && hasOrganizationDuty(a, r.duties.approver),
);

/**
 * The plan is approved by someone other than whoever drafted or submitted it (兼務の禁止, the
 * profile's requester_not_approver): a CISO who also sits on the committee does not approve the
 * plan they made (server/access/self-approval.ts: refused, or the sole holder with a reason).
 */
export function planApproval(
  d: TrainingDuties & { approver: Duty },
  plan: { createdByPersonId: string | null; submittedByPersonId: string | null },
): Approval {
  return {
    what: { ja: "自分が作成・提出した研修計画", en: "a training plan you drafted or submitted" },
    authors: [plan.createdByPersonId, plan.submittedByPersonId],
    duty: d.approver,
    over: "organization",
  };
}

export function canRecordAttendance(a: Actor, r: PersonUnitRecord): boolean {
  return (
    a.personId === r.personId ||
    isOrganizer(a, r.duties) ||
    (r.departmentId !== null && hasDutyOver(a, r.duties.recorder, r))
  );
}
allow<PersonUnitRecord>("training_attendance", "record", canRecordAttendance);
/** Recording for others (a sheet, an import) needs more than being the person. */
allow<PersonUnitRecord>(
  "training_attendance",
  "record_for_others",
  (a, r) => isOrganizer(a, r.duties) || (r.departmentId !== null && hasDutyOver(a, r.duties.recorder, r)),
);

/** Imports and sign-in sheets: the organizer, or a holder of the recorder duty (each row is checked again). */
allow<{ duties: TrainingDuties }>(
  "training_attendance",
  "import",
  (a, r) => isOrganizer(a, r.duties) || hasDuty(a, r.duties.recorder),
);

export function canSeeCompletion(a: Actor, r: PersonUnitRecord): boolean {
  if (a.personId === r.personId) return true;
  if (isOrganizer(a, r.duties) || OVERSEER_DUTIES.some((d) => hasOrganizationDuty(a, d))) return true;
  return r.departmentId !== null && hasDutyOver(a, r.duties.recorder, r);
}
allow<PersonUnitRecord>("training_completion", "read", canSeeCompletion);
/**
 * The sessions, sign-in sheets and completion screens (auth/me): the organizer, a holder of the
 * recorder duty (training_attendance.import, their 課's completion) and the overseers
 * (completionUnits "all"). Duties come from the profile's training section.
 */
export function runsTraining(a: Actor, d: TrainingDuties): boolean {
  return (
    isOrganizer(a, d) || hasDuty(a, d.recorder) || OVERSEER_DUTIES.some((x) => hasOrganizationDuty(a, x))
  );
}
allowApp<Profile>(
  "runTraining",
  (a, profile) => profile.training != null && runsTraining(a, dutiesOf(profile)),
);

/** Units whose completion the actor sees: "all", or the units of their recorder grants. */
export function completionUnits(a: Actor, d: TrainingDuties): "all" | { unitIds: string[] } {
  if (isOrganizer(a, d) || OVERSEER_DUTIES.some((x) => hasOrganizationDuty(a, x))) return "all";
  const units = visibleUnits(a, [d.recorder]);
  if (units === "all") return "all";
  // visibleUnits adds the actor's own 課; being a member does not show the 課's figures.
  return {
    unitIds: a.grants
      .filter((g) => g.duty === d.recorder && g.scopeDepartmentId)
      .map((g) => g.scopeDepartmentId as string),
  };
}

allow<PersonUnitRecord>(
  "training_consent",
  "request",
  (a, r) => r.duties.consent !== null && r.departmentId !== null && hasDutyOver(a, r.duties.consent, r),
);
allow<PersonUnitRecord>("training_consent", "sign", (a, r) => a.personId === r.personId);

/**
 * The list of 同意書 (who signed which version, who is still to sign, per 課): the holders of the
 * consent duty over their units (the 課長 who asks, 西原村 6.1(2)② / 川崎市 第2章5(4)イ), and the
 * organizer and overseers organization-wide. "none" when the actor may see no unit's.
 */
export function consentUnits(a: Actor, d: TrainingDuties): "all" | "none" | { unitIds: string[] } {
  if (!d.consent) return "none";
  if (isOrganizer(a, d) || OVERSEER_DUTIES.some((x) => hasOrganizationDuty(a, x))) return "all";
  if (hasOrganizationDuty(a, d.consent)) return "all";
  const unitIds = a.grants
    .filter((g) => g.duty === d.consent && g.scopeDepartmentId && !g.period)
    .map((g) => g.scopeDepartmentId as string);
  return unitIds.length ? { unitIds } : "none";
}
allow<{ duties: TrainingDuties }>("training_consent", "list", (a, r) => consentUnits(a, r.duties) !== "none");
allowApp<Profile>(
  "readTrainingConsents",
  (a, profile) => profile.training != null && consentUnits(a, dutiesOf(profile)) !== "none",
);
/** A 課's list: a unit the actor's consent grants cover (its own id or its 局's). */
allow<{ duties: TrainingDuties; departmentId: string; bureauId: string | null }>(
  "training_consent",
  "listUnit",
  (a, r) => {
    const units = consentUnits(a, r.duties);
    if (units === "none") return false;
    return units === "all" || units.unitIds.some((u) => u === r.departmentId || u === r.bureauId);
  },
);

allow<{ by: Duty; unit: { departmentId: string | null; bureauId: string | null } | null }>(
  "training_report",
  "make",
  (a, r) => (r.unit ? hasDutyOver(a, r.by, r.unit) : hasOrganizationDuty(a, r.by)),
);
allow<{ duties: TrainingDuties }>("training_drill", "manage", (a, r) => isOrganizer(a, r.duties));
/** Drills are read organization-wide by their organizers and overseers, and by their participants. */
export const readsAllDrills = (a: Actor, d: TrainingDuties) =>
  isOrganizer(a, d) ||
  hasDuty(a, "chief_information_security_officer") ||
  hasDuty(a, "committee_member") ||
  hasDuty(a, "view_all_departments");
allow<{ duties: TrainingDuties; participantPersonIds: string[]; actionOwnerIds: string[] }>(
  "training_drill",
  "read",
  (a, r) =>
    readsAllDrills(a, r.duties) ||
    r.participantPersonIds.includes(a.personId) ||
    r.actionOwnerIds.includes(a.personId),
);
/** An improvement item is marked done by its owner or by the organizer. */
allow<{ duties: TrainingDuties; ownerPersonId: string }>(
  "training_drill_action",
  "complete",
  (a, r) => a.personId === r.ownerPersonId || isOrganizer(a, r.duties),
);
