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
import {
  moduleExists,
  registerExists,
  registeredRegisters,
  ruleConsumers,
  SELF_INSPECTION_MODULE,
} from "./consumers";
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
    /** The module that will meet it, not built yet: the entry counts as planned. */
    planned: z.string().optional(),
    /**
     * Set once a planned entry has been reviewed against its module after the module landed: what
     * the module still lacks for this clause. Without it, `profile check` lists the entry for review.
     */
    pending: z.string().min(1).optional(),
    reason: z.string().optional(),
    note: z.string().optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === "enforced" && !entry.rule && !entry.planned)
      ctx.addIssue({ code: "custom", message: "enforced needs rule: (or planned:)" });
    if (entry.kind === "out_of_scope" && !entry.reason)
      ctx.addIssue({ code: "custom", message: "out_of_scope needs reason:" });
    if ((entry.kind === "workflow" || entry.kind === "register") && !entry.via && !entry.planned)
      ctx.addIssue({ code: "custom", message: `${entry.kind} needs via: (or planned:)` });
    if (entry.via && entry.planned)
      ctx.addIssue({ code: "custom", message: "via: names what exists, planned: what does not; not both" });
    if (entry.pending && !entry.planned)
      ctx.addIssue({
        code: "custom",
        message: "pending: says what a planned: module still lacks; it needs planned:",
      });
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

/**
 * How an obligation is met, as the code stands: enforced by code that reads the rule, handled by
 * a module or register that exists, a self-inspection item (only once self-inspection exists),
 * planned (the module is not built), or out of scope. Where the open campaigns are known (the
 * server), a self-inspection item that no open campaign asks is `not_in_campaign`: nobody is
 * checking it, so it is not met.
 */
export const COVERAGE_STATUSES = [
  "enforced",
  "module",
  "self_inspection",
  "not_in_campaign",
  "planned",
  "out_of_scope",
] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface Coverage {
  total: number;
  byKind: Record<MappingKind, number>;
  byStatus: Record<CoverageStatus, number>;
  /** Planned obligations per module that will meet them. */
  plannedBy: Record<string, number>;
  /** Obligations whose mapping claims what the code does not do (a `profile check` error each). */
  dishonest: number;
  unmapped: string[];
  /** Self-inspection obligations that no open campaign asks (empty when campaigns are not known). */
  notInCampaign: string[];
}

export function emptyCoverage(): Coverage {
  return {
    total: 0,
    byKind: { enforced: 0, workflow: 0, register: 0, checklist: 0, out_of_scope: 0 },
    byStatus: {
      enforced: 0,
      module: 0,
      self_inspection: 0,
      not_in_campaign: 0,
      planned: 0,
      out_of_scope: 0,
    },
    plannedBy: {},
    dishonest: 0,
    unmapped: [],
    notInCampaign: [],
  };
}

/** What is wrong with an entry's claim against the code registry, or null when it is honest. */
export function dishonesty(entry: MappingEntry): string | null {
  if (entry.planned) return null;
  if (entry.kind === "workflow" && entry.via && !moduleExists(entry.via) && !registerExists(entry.via))
    return `via "${entry.via}": no such module (write planned: ${entry.via} until it exists)`;
  if (entry.kind === "register" && entry.via && !registerExists(entry.via))
    return `via "${entry.via}": no such register (registers: ${registeredRegisters().join(", ")})`;
  if (entry.kind === "enforced" && entry.rule && ruleConsumers(entry.rule).length === 0)
    return `rule "${entry.rule}": no code reads it (map it as planned: <module>, or make the code apply it)`;
  return null;
}

export function statusOf(entry: MappingEntry): { status: CoverageStatus; plannedBy?: string } {
  if (entry.planned) return { status: "planned", plannedBy: entry.planned };
  switch (entry.kind) {
    case "enforced":
      return { status: "enforced" };
    case "workflow":
    case "register":
      return { status: "module" };
    case "checklist":
      return moduleExists(SELF_INSPECTION_MODULE)
        ? { status: "self_inspection" }
        : { status: "planned", plannedBy: SELF_INSPECTION_MODULE };
    case "out_of_scope":
      return { status: "out_of_scope" };
  }
}

/**
 * The coverage of a catalog by its mapping. `askedInOpenCampaigns` (the clause ids an open
 * self-inspection campaign asks) makes a self-inspection obligation count as met only when it is
 * asked; without it (the CLI, which has no database) every self-inspection item counts as one.
 */
export function computeCoverage(
  catalog: ClauseCatalog,
  entries: MappingEntry[],
  askedInOpenCampaigns?: ReadonlySet<string>,
): Coverage {
  const byId = new Map(catalog.clauses.map((c) => [c.id, c]));
  const index = mappingIndex(entries);
  const coverage = emptyCoverage();
  for (const clause of catalog.clauses) {
    if (!clause.obligation) continue;
    coverage.total++;
    const entry = mappingFor(clause, byId, index);
    if (!entry) {
      coverage.unmapped.push(clause.id);
      continue;
    }
    coverage.byKind[entry.kind]++;
    if (dishonesty(entry)) {
      coverage.dishonest++;
      continue;
    }
    const { status: mapped, plannedBy } = statusOf(entry);
    const status =
      mapped === "self_inspection" && askedInOpenCampaigns && !askedInOpenCampaigns.has(clause.id)
        ? "not_in_campaign"
        : mapped;
    if (status === "not_in_campaign") coverage.notInCampaign.push(clause.id);
    coverage.byStatus[status]++;
    if (plannedBy) coverage.plannedBy[plannedBy] = (coverage.plannedBy[plannedBy] ?? 0) + 1;
  }
  return coverage;
}

/** Entries whose claim the code does not back (see `dishonesty`), with their lines. */
export function checkMappingHonesty(mapping: LoadedMapping): ProfileIssue[] {
  if (mapping.entries.length === 0) return [];
  const parsed = parseYamlFile(mapping.file, readFileSync(mapping.file, "utf8"));
  const issues: ProfileIssue[] = [];
  mapping.entries.forEach((entry, i) => {
    const wrong = dishonesty(entry);
    if (!wrong) return;
    const field = wrong.startsWith("via") ? "via" : "rule";
    const { line } = locateInYaml(parsed, ["entries", i, field]);
    issues.push({ file: mapping.file, line, path: `entries[${i}].${field}`, message: wrong });
  });
  return issues;
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

/**
 * Planned entries whose module now exists and that nobody has reviewed since (no `pending:`):
 * each must be read against the module and either mapped to what acts or given `pending:`.
 */
export function plannedAwaitingReview(entries: MappingEntry[]): { module: string; clause: string }[] {
  return entries
    .filter((e) => e.planned && !e.pending && moduleExists(e.planned))
    .map((e) => ({ module: e.planned as string, clause: e.clause }));
}
