/**
 * `sekimori profile check FILE`: schema errors with line numbers, reference checks, and the
 * coverage of the organization's own clause catalog by the mapping.
 */
import { dirname } from "node:path";
import { loadCatalog } from "./clauses/catalog";
import { registeredModules, registryIsEmpty, ruleConsumers } from "./consumers";
import { formatIssue, type ProfileIssue } from "./issues";
import {
  COVERAGE_STATUSES,
  type Coverage,
  checkMappingEntries,
  checkMappingHonesty,
  computeCoverage,
  emptyCoverage,
  loadMapping,
  plannedAwaitingReview,
} from "./mapping";
import { checkReferences } from "./references";
import { resolveProfileFile } from "./resolve";
import type { Profile } from "./schema";

export interface CheckResult {
  ok: boolean;
  profileId: string | null;
  errors: ProfileIssue[];
  /**
   * Mappings that claim what the code does not do (checked against the code registry). They fail
   * `profile check` but do not stop a profile from loading: its rules are valid.
   */
  dishonest: ProfileIssue[];
  coverage: Coverage;
  /** Planned mapping entries whose module now exists and that were not reviewed against it. */
  awaitingReview: { module: string; clause: string }[];
  /**
   * The organization's exclusions (適用除外) that no code reads (`organization.exclusions.<key>`):
   * shown on the Policy screen, applied to nothing. Not a failure — it is said, not claimed.
   */
  unappliedExclusions: { key: string; clause: string }[];
  /**
   * Request kinds' `follow_ups` no code acts on (`request_kinds.<kind>.follow_ups.<key>`): shown on
   * the Policy screen as 表示のみ, never counted as enforced. Not a failure — said, not claimed.
   */
  shownFollowUps: { kind: string; key: string; clause: string }[];
  /** Set when the schema passed. */
  profile: Profile | null;
}

/**
 * Whether code applies an exclusion: only one that says where it acts (`assets`: the kinds the
 * register asks about) and whose path code reads. One without `assets` cannot be told apart from
 * what it excludes, so it is shown only.
 */
export function exclusionApplied(e: Profile["organization"]["exclusions"][number]): boolean {
  return e.assets !== undefined && ruleConsumers(`organization.exclusions.${e.key}.assets`).length > 0;
}

/** Exclusions no code applies: Sekimori cannot tell what they exclude, so it only shows them. */
export function unappliedExclusions(profile: Profile): { key: string; clause: string }[] {
  return profile.organization.exclusions
    .filter((e) => !exclusionApplied(e))
    .map((e) => ({ key: e.key, clause: e.clause }));
}

/** Follow-ups no code acts on (a reminder, a task, a check): the Policy screen shows them as text. */
export function shownFollowUps(profile: Profile): { kind: string; key: string; clause: string }[] {
  return profile.request_kinds.flatMap((k) =>
    k.follow_ups
      .filter((f) => ruleConsumers(`request_kinds.${k.key}.follow_ups.${f.key}`).length === 0)
      .map((f) => ({ kind: k.key, key: f.key, clause: f.clause })),
  );
}

const EMPTY_COVERAGE: Coverage = emptyCoverage();

export function checkProfile(path: string): CheckResult {
  const policiesDir = dirname(path);
  const resolved = resolveProfileFile(path);
  if (!resolved.profile) {
    return {
      ok: false,
      profileId: null,
      errors: resolved.issues,
      dishonest: [],
      coverage: EMPTY_COVERAGE,
      awaitingReview: [],
      unappliedExclusions: [],
      shownFollowUps: [],
      profile: null,
    };
  }
  const profile = resolved.profile;
  const errors = [...resolved.issues, ...checkReferences(profile, resolved.chain, policiesDir)];
  const dishonest: ProfileIssue[] = [];
  // Without the code registry every via: and rule: would look dishonest (or, worse, be skipped).
  if (registryIsEmpty())
    dishonest.push({
      file: path,
      line: 1,
      path: "",
      message: "the code registry is empty: load the app's modules first (loadCodeRegistry)",
    });
  let coverage = EMPTY_COVERAGE;
  let awaitingReview: CheckResult["awaitingReview"] = [];
  try {
    const catalog = loadCatalog(profile.own_catalog, policiesDir);
    const mapping = loadMapping(profile.own_catalog, policiesDir);
    errors.push(...mapping.issues, ...checkMappingEntries(mapping, catalog, profile));
    dishonest.push(...checkMappingHonesty(mapping));
    coverage = computeCoverage(catalog, mapping.entries);
    awaitingReview = plannedAwaitingReview(mapping.entries);
  } catch (error) {
    errors.push({ file: path, line: 1, path: "own_catalog", message: (error as Error).message });
  }
  const ok = errors.length === 0 && dishonest.length === 0 && coverage.unmapped.length === 0;
  return {
    ok,
    profileId: profile.id,
    errors,
    dishonest,
    coverage,
    awaitingReview,
    unappliedExclusions: unappliedExclusions(profile),
    shownFollowUps: shownFollowUps(profile),
    profile,
  };
}

const STATUS_LABEL: Record<(typeof COVERAGE_STATUSES)[number], string> = {
  enforced: "enforced by code",
  module: "handled by a module",
  // The CLI has no database: whether an open campaign asks each item is on the coverage screen.
  self_inspection: "self-inspection item (*)",
  not_in_campaign: "not in an open campaign",
  planned: "planned (not built)",
  out_of_scope: "out of scope",
};

export function formatCheckReport(result: CheckResult): string {
  const lines: string[] = [];
  for (const error of result.errors) lines.push(`error: ${formatIssue(error)}`);
  for (const error of result.dishonest) lines.push(`dishonest: ${formatIssue(error)}`);
  const { total, byStatus, plannedBy, dishonest, unmapped } = result.coverage;
  lines.push(
    `profile ${result.profileId ?? "(invalid)"}: ${result.errors.length} error(s), ${result.dishonest.length} dishonest mapping(s)`,
  );
  lines.push(`modules in this build: ${registeredModules().join(", ")}`);
  lines.push(`obligations: ${total}`);
  for (const status of COVERAGE_STATUSES) {
    if (status === "not_in_campaign") continue;
    lines.push(`  ${STATUS_LABEL[status].padEnd(28)} ${byStatus[status]}`);
    if (status === "planned")
      for (const [module, n] of Object.entries(plannedBy).sort()) lines.push(`    ${module.padEnd(26)} ${n}`);
  }
  lines.push(`  ${"dishonest (not counted)".padEnd(28)} ${dishonest}`);
  lines.push(`  ${"unmapped".padEnd(28)} ${unmapped.length}`);
  if (byStatus.self_inspection > 0)
    lines.push(
      "  (*) met only while an open self-inspection campaign asks it: see the Policy screen, 条項の網羅状況 (clause coverage)",
    );
  // A module that has landed does not make its planned obligations met: someone must check each
  // clause against it and map it to what acts, or write pending: (what the module still lacks).
  // Name each entry, so that the review can start from this list.
  const modules = [...new Set(result.awaitingReview.map((e) => e.module))].sort();
  for (const module of modules) {
    const entries = result.awaitingReview.filter((e) => e.module === module);
    lines.push(
      `notice: module "${module}" now exists; review its ${entries.length} planned mapping entr${entries.length === 1 ? "y" : "ies"} (${plannedBy[module] ?? 0} obligation(s)): map each to what acts, or say what is missing with pending:`,
    );
    for (const e of entries) lines.push(`    ${e.clause}`);
  }
  for (const e of result.unappliedExclusions)
    lines.push(
      `notice: exclusion "${e.key}" (${e.clause}) is read by no code: shown on the Policy screen, applied to nothing — keep what it excludes out of the registers`,
    );
  for (const f of result.shownFollowUps)
    lines.push(
      `notice: follow-up "${f.key}" of request kind "${f.kind}" (${f.clause}) is acted on by no code: shown on the Policy screen as text only (表示のみ), never counted as enforced`,
    );
  for (const id of unmapped.slice(0, 50)) lines.push(`    ${id}`);
  if (unmapped.length > 50) lines.push(`    … and ${unmapped.length - 50} more`);
  lines.push(result.ok ? "OK" : "FAILED");
  return lines.join("\n");
}
