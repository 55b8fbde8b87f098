/**
 * Which path an external service takes (西原村 9.2 機密性2以上 / 9.3; 川崎市 第9章2(2)イ free mail and
 * online storage / 第9章2(6)), what it needs before use, and when its checks fall due. Pure: the
 * profile's `suppliers.external_services` decides.
 */
import { addDays, addMonths } from "../../../../common/calendar";
import type { Profile } from "../../../profile";
import { findLevel } from "../../../profile/classification";
import type { ExternalServiceCategory, ExternalServiceCheckPhase } from "../../../profile/suppliers-schema";

type Section = NonNullable<NonNullable<Profile["suppliers"]>["external_services"]>;
export type ServicePath = Section["paths"][number];

export interface ServiceFacts {
  category: ExternalServiceCategory;
  /** Highest confidentiality level key it may hold; null = none of the guarded levels. */
  highestLevel: string | null;
}

function rankOf(profile: Profile, key: string | null): number {
  if (key === null) return Number.NEGATIVE_INFINITY;
  const scheme = profile.classification.confidentiality;
  // An unknown key counts as the strictest (fail closed), as for contracts.
  return findLevel(scheme, key)?.rank ?? Math.max(...scheme.levels.map((l) => l.rank));
}

/** The first path whose conditions all hold; null when the profile keeps no register. */
export function pathFor(profile: Profile, s: ServiceFacts): ServicePath | null {
  const section = profile.suppliers?.external_services;
  if (!section) return null;
  for (const p of section.paths) {
    const w = p.when;
    if (w?.categories && !w.categories.includes(s.category)) continue;
    if (w?.min_confidentiality !== undefined) {
      const threshold = findLevel(profile.classification.confidentiality, w.min_confidentiality);
      if (threshold && rankOf(profile, s.highestLevel) < threshold.rank) continue;
    }
    return p;
  }
  return null;
}

export interface ServiceState {
  approved: boolean;
  /** The request was rejected, cancelled or expired: the service is not to be used. */
  refused: boolean;
  consultedOn: string | null;
  /** Approval day (ISO) when known: the build check falls due from it. */
  approvedOn: string | null;
  terminated: boolean;
  checks: readonly { phase: ExternalServiceCheckPhase; checkedOn: string }[];
}

/** What still keeps a service from use (the path's approval and consultation). */
export function pendingBeforeUse(
  path: ServicePath,
  s: ServiceState,
): Array<{ code: string; ja: string; en: string; clause: string }> {
  const out: Array<{ code: string; ja: string; en: string; clause: string }> = [];
  if (path.approval && !s.approved)
    out.push({
      code: "not_approved",
      ja: "外部サービス利用の申請が承認されていません。",
      en: "The external service request is not approved.",
      clause: path.clause,
    });
  if (path.consultation && !s.consultedOn)
    out.push({
      code: "no_consultation",
      ja: "情報監理者との協議が記録されていません。",
      en: "The consultation with the information supervisor is not on record.",
      clause: path.clause,
    });
  return out;
}

export interface DueCheck {
  phase: ExternalServiceCheckPhase;
  dueOn: string;
}

/** The next check the manager owes: build (days after approval), then periodic from the last one. */
export function nextCheck(profile: Profile, path: ServicePath, s: ServiceState): DueCheck | null {
  const section = profile.suppliers?.external_services;
  if (!section || serviceStatus(path, s) !== "in_use" || !s.approvedOn) return null;
  const has = (p: ExternalServiceCheckPhase) => s.checks.some((c) => c.phase === p);
  if (path.checks.includes("build") && !has("build"))
    return { phase: "build", dueOn: addDays(s.approvedOn, section.build_check_days) };
  if (!path.checks.includes("periodic")) return null;
  const last = s.checks
    .filter((c) => c.phase === "build" || c.phase === "periodic")
    .map((c) => c.checkedOn)
    .sort()
    .at(-1);
  return { phase: "periodic", dueOn: addMonths(last ?? s.approvedOn, section.periodic_check_months) };
}

/** Ending the use needs the termination check (data and accounts deleted, 9.2(7)②) where the path asks. */
export function terminationBlocker(
  path: ServicePath,
  s: ServiceState,
): { ja: string; en: string; clause: string } | null {
  if (!path.checks.includes("termination")) return null;
  if (s.checks.some((c) => c.phase === "termination")) return null;
  return {
    ja: "利用終了時の確認（情報とアカウントの削除）を記録してから終了してください。",
    en: "Record the termination check (data and accounts deleted) before ending the use.",
    clause: path.clause,
  };
}

export type ServiceStatus = "requested" | "refused" | "in_use" | "terminated";

/** Where the service stands: waiting (approval or consultation), refused, in use, or ended. */
export function serviceStatus(path: ServicePath, s: ServiceState): ServiceStatus {
  if (s.terminated) return "terminated";
  if (s.refused) return "refused";
  return pendingBeforeUse(path, s).length ? "requested" : "in_use";
}

/**
 * Who the path's text names as the applicant (`filed_by`), as the profile's role titles: shown on
 * the form before filing and in the refusal. Null: any member of the 課 may file.
 */
export function pathFiler(profile: Profile, path: ServicePath) {
  const f = path.filed_by;
  if (!f) return null;
  const roles = profile.roles.filter((r) => r.duties.some((d) => f.duties.includes(d)));
  return {
    duties: f.duties,
    roles: { ja: roles.map((r) => r.title.ja).join("・"), en: roles.map((r) => r.title.en).join(", ") },
    text: f.text,
    clause: f.clause,
  };
}
