/**
 * How Sekimori meets each obligation of a source text (`policies/mappings/<catalog>.yaml`).
 * An entry maps a clause and its whole subtree; the nearest mapped ancestor wins, so a section
 * can be mapped once and single clauses inside it overridden.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { ClauseCatalog } from "./clauses/catalog";
import type { Clause } from "./clauses/parse";
import type { ProfileIssue } from "./issues";
import { POLICIES_DIR } from "./paths";
import type { Profile } from "./schema";
import { formatPath, locateInYaml, parseYamlFile } from "./yaml-location";

export const MAPPING_KINDS = ["enforced", "workflow", "register", "checklist", "out_of_scope"] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

export const MappingEntry = z
  .strictObject({
    clause: z.string().min(1),
    kind: z.enum(MAPPING_KINDS),
    /** enforced: path of the profile rule, e.g. `request_kinds.carry_out` or `auth.lockout`. */
    rule: z.string().optional(),
    /** workflow / register: the module or register, e.g. `incidents`, `disposal_log`. */
    via: z.string().optional(),
    reason: z.string().optional(),
    note: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === "enforced" && !entry.rule)
      ctx.addIssue({ code: "custom", message: "enforced needs rule:" });
    if (entry.kind === "out_of_scope" && !entry.reason)
      ctx.addIssue({ code: "custom", message: "out_of_scope needs reason:" });
    if ((entry.kind === "workflow" || entry.kind === "register") && !entry.via)
      ctx.addIssue({ code: "custom", message: `${entry.kind} needs via:` });
  });

export const MappingFile = z.strictObject({ catalog: z.string(), entries: z.array(MappingEntry) });
export type MappingEntry = z.infer<typeof MappingEntry>;

export interface LoadedMapping {
  file: string;
  entries: MappingEntry[];
  issues: ProfileIssue[];
}

export function mappingPath(catalogId: string, policiesDir = POLICIES_DIR): string {
  return join(policiesDir, "mappings", `${catalogId}.yaml`);
}

export function loadMapping(catalogId: string, policiesDir = POLICIES_DIR): LoadedMapping {
  const file = mappingPath(catalogId, policiesDir);
  if (!existsSync(file)) return { file, entries: [], issues: [] };
  const parsed = parseYamlFile(file, readFileSync(file, "utf8"));
  const issues: ProfileIssue[] = parsed.doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? 1,
    path: "",
    message: `YAML: ${e.message.split("\n")[0]}`,
  }));
  const result = MappingFile.safeParse(parsed.doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { line } = locateInYaml(parsed, issue.path as (string | number)[]);
      issues.push({ file, line, path: formatPath(issue.path), message: issue.message });
    }
    return { file, entries: [], issues };
  }
  return { file, entries: result.data.entries, issues };
}

/** Resolves a `rule:` path (`request_kinds.carry_out`, `auth.lockout`) inside a profile. */
export function ruleExists(profile: Profile, rule: string): boolean {
  let current: unknown = profile;
  for (const segment of rule.split(".")) {
    if (Array.isArray(current)) current = current.find((item) => item?.key === segment);
    else if (current && typeof current === "object") current = (current as Record<string, unknown>)[segment];
    else return false;
    if (current === undefined) return false;
  }
  return true;
}

export function mappingIndex(entries: MappingEntry[]): Map<string, MappingEntry> {
  return new Map(entries.map((e) => [e.clause, e]));
}

/** The entry that covers a clause: its own, or the nearest ancestor's. */
export function mappingFor(
  clause: Clause,
  byId: Map<string, Clause>,
  index: Map<string, MappingEntry>,
): MappingEntry | undefined {
  let current: Clause | undefined = clause;
  while (current) {
    const entry = index.get(current.id);
    if (entry) return entry;
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return undefined;
}

export interface Coverage {
  total: number;
  byKind: Record<MappingKind, number>;
  unmapped: string[];
}

export function computeCoverage(catalog: ClauseCatalog, entries: MappingEntry[]): Coverage {
  const byId = new Map(catalog.clauses.map((c) => [c.id, c]));
  const index = mappingIndex(entries);
  const coverage: Coverage = {
    total: 0,
    byKind: { enforced: 0, workflow: 0, register: 0, checklist: 0, out_of_scope: 0 },
    unmapped: [],
  };
  for (const clause of catalog.clauses) {
    if (!clause.obligation) continue;
    coverage.total++;
    const entry = mappingFor(clause, byId, index);
    if (entry) coverage.byKind[entry.kind]++;
    else coverage.unmapped.push(clause.id);
  }
  return coverage;
}

/** Entries must name clauses that exist and rules the profile has. */
export function checkMappingEntries(
  mapping: LoadedMapping,
  catalog: ClauseCatalog,
  profile: Profile,
  policiesDir = POLICIES_DIR,
): ProfileIssue[] {
  if (mapping.entries.length === 0) return [];
  const parsed = parseYamlFile(mapping.file, readFileSync(mapping.file, "utf8"));
  const ids = new Set(catalog.clauses.map((c) => c.id));
  const issues: ProfileIssue[] = [];
  const seen = new Set<string>();
  void policiesDir;
  mapping.entries.forEach((entry, i) => {
    const at = (field: string, message: string) => {
      const { line } = locateInYaml(parsed, ["entries", i, field]);
      issues.push({ file: mapping.file, line, path: `entries[${i}].${field}`, message });
    };
    if (!ids.has(entry.clause)) at("clause", `clause "${entry.clause}" not found in catalog "${catalog.id}"`);
    if (seen.has(entry.clause)) at("clause", `clause "${entry.clause}" is mapped twice`);
    seen.add(entry.clause);
    if (entry.rule && !ruleExists(profile, entry.rule))
      at("rule", `rule "${entry.rule}" not found in profile "${profile.id}"`);
  });
  return issues;
}
