/**
 * The per-clause review of a profile's own catalog (issue #13 item 2): for every obligation whose
 * mapping says `enforced`, `workflow` or `register`, what meets it in the code and which tests
 * cite it. Built from the same loaders as `profile check` (catalog, mapping, code registry), so
 * the review cannot say more than the code and the tests do.
 *
 * A test cites an obligation when a title of its chain (its describes and its own) cites the
 * obligation's clause or a clause inside it; citing only an ancestor (`9.2` for `9.2(2)⑥`) does
 * not count — the section is not the item.
 */
import { join, relative } from "node:path";
import { type ClauseCatalog, loadCatalog } from "../../server/profile/clauses/catalog";
import type { Clause } from "../../server/profile/clauses/parse";
import {
  moduleExists,
  registerModuleOf,
  registrationFile,
  ruleConsumerSites,
} from "../../server/profile/consumers";
import { loadMapping, type MappingEntry, mappingFor, mappingIndex } from "../../server/profile/mapping";
import { POLICIES_DIR } from "../../server/profile/paths";
import { resolveProfileFile } from "../../server/profile/resolve";
import { citationsIn } from "./citations";
import type { TestTitle } from "./titles";

export const REVIEWED_PROFILES = ["nishihara", "kawasaki"] as const;
const REVIEWED_KINDS = new Set(["enforced", "workflow", "register"]);

export interface CodeSite {
  /** The module, or the register and its module. */
  by: string;
  /** Repository-relative file that registered it, when known. */
  file: string | null;
}

export interface ReviewRow {
  clause: Clause;
  entry: MappingEntry;
  /** Where it points: the rule path, or the module / register. */
  target: string;
  code: CodeSite[];
  tests: TestTitle[];
}

export interface ProfileReview {
  profileId: string;
  name: string;
  catalog: ClauseCatalog;
  rows: ReviewRow[];
  /** Obligations mapped enforced/workflow/register whose module is not built (`planned:`). */
  planned: { clause: Clause; entry: MappingEntry }[];
}

function repoPath(root: string, file: string | null): string | null {
  return file ? relative(root, file).split("\\").join("/") : null;
}

function codeOf(root: string, entry: MappingEntry): CodeSite[] {
  if (entry.kind === "enforced" && entry.rule)
    return ruleConsumerSites(entry.rule).map((s) => ({ by: s.by, file: repoPath(root, s.file) }));
  const via = entry.via as string;
  const keeper = registerModuleOf(via);
  if (keeper) return [{ by: `${via} (${keeper})`, file: repoPath(root, registrationFile("register", via)) }];
  if (moduleExists(via)) return [{ by: via, file: repoPath(root, registrationFile("module", via)) }];
  return [];
}

/** Clause id → the tests whose chain cites it or a clause inside it. */
function citingIndex(titles: TestTitle[]): Map<string, TestTitle[]> {
  const index = new Map<string, TestTitle[]>();
  for (const t of titles)
    for (const c of citationsIn(t.chain)) {
      const list = index.get(c.id) ?? [];
      list.push(t);
      index.set(c.id, list);
    }
  return index;
}

function testsCiting(clause: Clause, index: Map<string, TestTitle[]>): TestTitle[] {
  const found: TestTitle[] = [];
  for (const [id, tests] of index)
    if (id === clause.id || id.startsWith(`${clause.id}/`)) found.push(...tests);
  // A describe that cites the clause stands for its tests: keep the outermost citing title.
  const key = (t: TestTitle) => `${t.file}\u0000${t.chain.join("\u0000")}`;
  const keys = new Set(found.map(key));
  const outermost = found.filter((t) => {
    for (let n = 1; n < t.chain.length; n++)
      if (keys.has(`${t.file}\u0000${t.chain.slice(0, n).join("\u0000")}`)) return false;
    return true;
  });
  return [...new Map(outermost.map((t) => [key(t), t])).values()].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}

export function reviewProfile(profileId: string, titles: TestTitle[], root: string): ProfileReview {
  const resolved = resolveProfileFile(join(POLICIES_DIR, `${profileId}.yaml`));
  if (!resolved.profile) throw new Error(`profile ${profileId} does not load`);
  const catalog = loadCatalog(resolved.profile.own_catalog);
  const mapping = loadMapping(resolved.profile.own_catalog);
  const byId = new Map(catalog.clauses.map((c) => [c.id, c]));
  const index = mappingIndex(mapping.entries);
  const citing = citingIndex(titles);
  const rows: ReviewRow[] = [];
  const planned: ProfileReview["planned"] = [];
  for (const clause of catalog.clauses) {
    if (!clause.obligation) continue;
    const entry = mappingFor(clause, byId, index);
    if (!entry || !REVIEWED_KINDS.has(entry.kind)) continue;
    if (entry.planned) {
      planned.push({ clause, entry });
      continue;
    }
    rows.push({
      clause,
      entry,
      target: entry.rule ?? entry.via ?? "",
      code: codeOf(root, entry),
      tests: testsCiting(clause, citing),
    });
  }
  return { profileId, name: resolved.profile.organization.name, catalog, rows, planned };
}

export function counts(review: ProfileReview): { total: number; cited: number; uncited: number } {
  const cited = review.rows.filter((r) => r.tests.length > 0).length;
  return { total: review.rows.length, cited, uncited: review.rows.length - cited };
}
