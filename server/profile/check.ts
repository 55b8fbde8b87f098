/**
 * `sekimori profile check FILE`: schema errors with line numbers, reference checks, and the
 * coverage of the organization's own clause catalog by the mapping.
 */
import { dirname } from "node:path";
import { loadCatalog } from "./clauses/catalog";
import { formatIssue, type ProfileIssue } from "./issues";
import { type Coverage, checkMappingEntries, computeCoverage, loadMapping, MAPPING_KINDS } from "./mapping";
import { checkReferences } from "./references";
import { resolveProfileFile } from "./resolve";
import type { Profile } from "./schema";

export interface CheckResult {
  ok: boolean;
  profileId: string | null;
  errors: ProfileIssue[];
  coverage: Coverage;
  /** Set when the schema passed. */
  profile: Profile | null;
}

const EMPTY_COVERAGE: Coverage = {
  total: 0,
  byKind: { enforced: 0, workflow: 0, register: 0, checklist: 0, out_of_scope: 0 },
  unmapped: [],
};

export function checkProfile(path: string): CheckResult {
  const policiesDir = dirname(path);
  const resolved = resolveProfileFile(path);
  if (!resolved.profile) {
    return { ok: false, profileId: null, errors: resolved.issues, coverage: EMPTY_COVERAGE, profile: null };
  }
  const profile = resolved.profile;
  const errors = [...resolved.issues, ...checkReferences(profile, resolved.chain, policiesDir)];
  let coverage = EMPTY_COVERAGE;
  try {
    const catalog = loadCatalog(profile.own_catalog, policiesDir);
    const mapping = loadMapping(profile.own_catalog, policiesDir);
    errors.push(...mapping.issues, ...checkMappingEntries(mapping, catalog, profile));
    coverage = computeCoverage(catalog, mapping.entries);
  } catch (error) {
    errors.push({ file: path, line: 1, path: "own_catalog", message: (error as Error).message });
  }
  const ok = errors.length === 0 && coverage.unmapped.length === 0;
  return { ok, profileId: profile.id, errors, coverage, profile };
}

export function formatCheckReport(result: CheckResult): string {
  const lines: string[] = [];
  for (const error of result.errors) lines.push(`error: ${formatIssue(error)}`);
  const { total, byKind, unmapped } = result.coverage;
  lines.push(`profile ${result.profileId ?? "(invalid)"}: ${result.errors.length} error(s)`);
  lines.push(`obligations: ${total}`);
  for (const kind of MAPPING_KINDS) lines.push(`  ${kind.padEnd(13)} ${byKind[kind]}`);
  lines.push(`  ${"unmapped".padEnd(13)} ${unmapped.length}`);
  for (const id of unmapped.slice(0, 50)) lines.push(`    ${id}`);
  if (unmapped.length > 50) lines.push(`    … and ${unmapped.length - 50} more`);
  lines.push(result.ok ? "OK" : "FAILED");
  return lines.join("\n");
}
