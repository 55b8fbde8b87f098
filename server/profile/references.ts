/**
 * Checks that go beyond the schema: every duty a rule relies on is held by some role, every
 * `clause:` exists in a catalog this profile draws on, every level a rule names exists in its scheme,
 * and the platform roles Sekimori itself needs are present.
 */
import type { Duty } from "../../common/duties";
import { findLevel } from "./classification";
import { catalogIdOf, loadCatalog } from "./clauses/catalog";
import type { ProfileIssue } from "./issues";
import type { ProfileSourceFile } from "./resolve";
import { locateInChain } from "./resolve";
import { type Predicate, type Profile, SCHEME_KEYS, type SchemeKey } from "./schema";
import { formatPath } from "./yaml-location";

type Path = (string | number)[];

function* walkClauses(value: unknown, path: Path): Generator<{ clause: string; path: Path }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walkClauses(item, [...path, i]);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if ((key === "clause" || key === "mfa_clause") && typeof item === "string")
        yield { clause: item, path: [...path, key] };
      else yield* walkClauses(item, [...path, key]);
    }
  }
}

function* walkPredicate(
  predicate: Predicate,
  path: Path,
): Generator<{ scheme: SchemeKey; level: string; path: Path }> {
  if ("all" in predicate)
    for (const [i, p] of predicate.all.entries()) yield* walkPredicate(p, [...path, "all", i]);
  if ("any" in predicate)
    for (const [i, p] of predicate.any.entries()) yield* walkPredicate(p, [...path, "any", i]);
  if ("not" in predicate) yield* walkPredicate(predicate.not, [...path, "not"]);
  for (const scheme of SCHEME_KEYS) {
    const key = `${scheme}_at_least` as const;
    if (key in predicate)
      yield { scheme, level: (predicate as Record<string, string>)[key], path: [...path, key] };
  }
}

/** Catalog ids a profile may cite: its own and its baselines'. */
export function citableCatalogs(profile: Profile, chain: ProfileSourceFile[]): string[] {
  const ids = chain.map((s) => s.data.own_catalog).filter((c): c is string => typeof c === "string");
  return [...new Set([profile.own_catalog, ...ids])];
}

export function checkReferences(
  profile: Profile,
  chain: ProfileSourceFile[],
  policiesDir: string,
): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const report = (path: Path, message: string) =>
    issues.push({ ...locateInChain(chain, profile, path), path: formatPath(path), message });

  // Keyed arrays: duplicate keys would make merges and lookups ambiguous.
  for (const section of [
    "roles",
    "zones",
    "request_kinds",
    "cycles",
    "contract_clauses",
    "separation_of_duties",
  ] as const) {
    const seen = new Set<string>();
    for (const [i, item] of (profile[section] as { key: string }[]).entries()) {
      if (seen.has(item.key)) report([section, i, "key"], `duplicate key "${item.key}"`);
      seen.add(item.key);
    }
  }

  // Duties used by rules must be held by some role.
  const held = new Set<Duty>(profile.roles.flatMap((r) => r.duties));
  const needDuty = (duty: Duty, path: Path) => {
    if (!held.has(duty)) report(path, `duty "${duty}" is used here but no role holds it`);
  };
  for (const [k, kind] of profile.request_kinds.entries()) {
    for (const [s, step] of kind.approvers.entries())
      needDuty(step.duty, ["request_kinds", k, "approvers", s, "duty"]);
    // 1, 2, … in order; a number may repeat only for alternatives, each with its own `when` (川崎市
    // software: one step 第4章3(1)オ for recognised software, or two 第9章6(1) for new software).
    const steps = kind.approvers.map((a) => a.step);
    if (steps.some((n, i) => (i === 0 ? n !== 1 : n !== steps[i - 1] && n !== steps[i - 1] + 1)))
      report(["request_kinds", k, "approvers"], "approver steps must be numbered 1, 2, … in order");
    for (const [s, step] of kind.approvers.entries())
      if (!step.when && kind.approvers.some((o, j) => j !== s && o.step === step.step))
        report(
          ["request_kinds", k, "approvers", s, "when"],
          `step ${step.step} is given more than once: each alternative needs its own "when"`,
        );
    if (!("never" in kind.approval_required_when) && kind.approvers.length === 0)
      report(["request_kinds", k, "approvers"], "approval can be required but no approver is named");
    const predicates: Array<[Predicate, Path]> = [
      [kind.approval_required_when, ["request_kinds", k, "approval_required_when"]],
      ...kind.grounds.map((g, i): [Predicate, Path] => [g.when, ["request_kinds", k, "grounds", i, "when"]]),
      ...kind.approvers.flatMap((a, i): [Predicate, Path][] =>
        a.when ? [[a.when, ["request_kinds", k, "approvers", i, "when"]]] : [],
      ),
    ];
    if (kind.encryption_required_when)
      predicates.push([
        kind.encryption_required_when.when,
        ["request_kinds", k, "encryption_required_when", "when"],
      ]);
    for (const [predicate, at] of predicates)
      for (const ref of walkPredicate(predicate, at)) {
        if (!findLevel(profile.classification[ref.scheme], ref.level))
          report(ref.path, `level "${ref.level}" does not exist in the ${ref.scheme} scheme`);
      }
  }
  const conditions: [{ min_confidentiality?: string }[] | undefined, Path][] = [
    ...profile.contract_clauses.map((c, i): [typeof c.when, Path] => [
      c.when,
      ["contract_clauses", i, "when"],
    ]),
    [profile.suppliers?.pledges?.required_when, ["suppliers", "pledges", "required_when"]],
    [profile.suppliers?.pledges?.as_needed_when, ["suppliers", "pledges", "as_needed_when"]],
    [profile.suppliers?.security_plan?.required_when, ["suppliers", "security_plan", "required_when"]],
  ];
  for (const [list, at] of conditions)
    for (const [j, cond] of (list ?? []).entries())
      if (
        cond.min_confidentiality &&
        !findLevel(profile.classification.confidentiality, cond.min_confidentiality)
      )
        report(
          [...at, j, "min_confidentiality"],
          `level "${cond.min_confidentiality}" does not exist in the confidentiality scheme`,
        );
  const criteria = profile.suppliers?.external_services?.criteria;
  if (criteria) {
    const at: Path = ["suppliers", "external_services", "criteria"];
    needDuty(criteria.writer_duty, [...at, "writer_duty"]);
    if (criteria.reliability) needDuty(criteria.reliability.duty, [...at, "reliability", "duty"]);
    const pathKeys = new Set(profile.suppliers?.external_services?.paths.map((p) => p.key));
    for (const [i, key] of (criteria.reliability?.paths ?? []).entries())
      if (!pathKeys.has(key)) report([...at, "reliability", "paths", i], `no external service path "${key}"`);
    const keys = criteria.sections.map((s) => s.key);
    if (new Set(keys).size !== keys.length) report([...at, "sections"], "two sections share a key");
  }
  for (const [i, step] of (profile.suppliers?.checks.report_to ?? []).entries())
    needDuty(step.duty, ["suppliers", "checks", "report_to", i, "duty"]);
  for (const [i, step] of profile.incidents.escalation.entries())
    needDuty(step.duty, ["incidents", "escalation", i, "duty"]);
  for (const [i, step] of (profile.incidents.public_escalation ?? []).entries())
    needDuty(step.duty, ["incidents", "public_escalation", i, "duty"]);
  for (const [i, cycle] of profile.cycles.entries()) needDuty(cycle.owner_duty, ["cycles", i, "owner_duty"]);
  if (profile.auth.mfa_required_for !== "all")
    for (const [i, duty] of profile.auth.mfa_required_for.entries())
      needDuty(duty, ["auth", "mfa_required_for", i]);

  // Sekimori needs someone to run it.
  const hasRole = (duty: Duty, organizationWide: boolean) =>
    profile.roles.some((r) => r.duties.includes(duty) && (!organizationWide || r.scope === "organization"));
  if (!hasRole("administer_system", true))
    report(["roles"], "no role holds administer_system with scope organization");
  if (!hasRole("manage_organization", false)) report(["roles"], "no role holds manage_organization");
  if (!hasRole("view_audit_log", false)) report(["roles"], "no role holds view_audit_log");

  // Levels: unique keys and ranks, so that comparisons are total.
  for (const scheme of SCHEME_KEYS) {
    const levels = profile.classification[scheme].levels;
    const ranks = new Set(levels.map((l) => l.rank));
    const keys = new Set(levels.map((l) => l.key));
    if (ranks.size !== levels.length) report(["classification", scheme, "levels"], "two levels share a rank");
    if (keys.size !== levels.length) report(["classification", scheme, "levels"], "two levels share a key");
  }
  const adopted = profile.classification.adopt_confidentiality_option;
  if (adopted && !profile.classification.confidentiality_options.some((o) => o.key === adopted))
    report(["classification", "adopt_confidentiality_option"], `no confidentiality option "${adopted}"`);

  // Clauses must exist in a catalog the profile draws on.
  const citable = citableCatalogs(profile, chain);
  for (const { clause, path } of walkClauses(profile, [])) {
    const catalogId = catalogIdOf(clause);
    if (!citable.includes(catalogId)) {
      report(path, `clause "${clause}" is from catalog "${catalogId}", not one of ${citable.join(", ")}`);
      continue;
    }
    let catalog: ReturnType<typeof loadCatalog>;
    try {
      catalog = loadCatalog(catalogId, policiesDir);
    } catch (error) {
      report(path, (error as Error).message);
      continue;
    }
    if (!catalog.clauses.some((c) => c.id === clause))
      report(path, `clause "${clause}" not found in catalog "${catalogId}"`);
  }
  return issues;
}
