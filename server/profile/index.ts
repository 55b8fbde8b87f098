/**
 * Public API of the profile core: load, list, look up clauses and duties. Pure after load;
 * loaded profiles are cached in memory per directory and id.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Duty } from "../../common/duties";
import { checkProfile } from "./check";
import { catalogIdOf, loadCatalog } from "./clauses/catalog";
import { ProfileError } from "./issues";
import { loadMapping, type MappingEntry, mappingFor, mappingIndex } from "./mapping";
import { POLICIES_DIR } from "./paths";
import { profileFile } from "./resolve";
import type { Profile, Role } from "./schema";

export { checkProfile, formatCheckReport } from "./check";
export {
  compareLevels,
  findLevel,
  highestLevel,
  isAtLeast,
  isTopLevel,
  levelsByRank,
  maxByRank,
} from "./classification";
export { importText } from "./import-text";
export { ProfileError, type ProfileIssue } from "./issues";
export {
  type ApprovalDecision,
  type AssetFacts,
  evaluateApproval,
  evaluateEncryption,
  evaluatePredicate,
} from "./rules";
export type { Level, Predicate, Profile, RequestKind, Role, Scheme, SchemeKey } from "./schema";

const cache = new Map<string, Profile>();

/**
 * Loads `<dir>/<id>.yaml`, resolving `extends:`, validating the schema and every reference.
 * Throws ProfileError naming file, line and field. Uncovered obligations do not stop loading
 * (that is `profile check`'s business); invalid rules do.
 */
export function loadProfile(id: string, opts: { dir?: string } = {}): Profile {
  const dir = opts.dir ?? POLICIES_DIR;
  const file = profileFile(dir, id);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    throw new ProfileError([{ file, line: 1, path: "", message: `profile "${id}" not found` }], id);
  }
  const result = checkProfile(file);
  if (!result.profile || result.errors.length > 0) throw new ProfileError(result.errors, id);
  cache.set(file, result.profile);
  return result.profile;
}

/** Forgets cached profiles (after an administrator edits a file, and in tests). */
export function clearProfileCache(): void {
  cache.clear();
}

export function listProfiles(opts: { dir?: string } = {}): { id: string; name: string; name_en: string }[] {
  const dir = opts.dir ?? POLICIES_DIR;
  const result: { id: string; name: string; name_en: string }[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith(".yaml")) continue;
    const id = entry.replace(/\.yaml$/, "");
    // Names only: a quick read that does not validate, so a broken profile still shows in the list.
    const own = (parseYaml(readFileSync(join(dir, entry), "utf8")) ?? {}) as {
      organization?: { name?: string; name_en?: string };
      extends?: string;
    };
    let organization = own.organization;
    if ((!organization?.name || !organization?.name_en) && own.extends) {
      const base = parseYaml(readFileSync(profileFile(dir, own.extends), "utf8")) as typeof own;
      organization = { ...base.organization, ...organization };
    }
    result.push({ id, name: organization?.name ?? id, name_en: organization?.name_en ?? id });
  }
  return result;
}

export interface ClauseView {
  id: string;
  title: string | null;
  text: string;
  obligation: boolean;
  mapping: MappingEntry | null;
}

/** A clause of any catalog the profile cites, with how Sekimori meets it. */
export function getClause(
  profileId: string,
  clauseId: string,
  opts: { dir?: string } = {},
): ClauseView | null {
  const dir = opts.dir ?? POLICIES_DIR;
  loadProfile(profileId, opts);
  const catalogId = catalogIdOf(clauseId);
  let catalog: ReturnType<typeof loadCatalog>;
  try {
    catalog = loadCatalog(catalogId, dir);
  } catch {
    return null;
  }
  const byId = new Map(catalog.clauses.map((c) => [c.id, c]));
  const clause = byId.get(clauseId);
  if (!clause) return null;
  const mapping = mappingFor(clause, byId, mappingIndex(loadMapping(catalogId, dir).entries)) ?? null;
  return { id: clause.id, title: clause.title, text: clause.text, obligation: clause.obligation, mapping };
}

export function dutiesOfRole(profile: Profile, roleKey: string): Duty[] {
  return profile.roles.find((r) => r.key === roleKey)?.duties ?? [];
}

export function rolesWithDuty(profile: Profile, duty: Duty): Role[] {
  return profile.roles.filter((r) => r.duties.includes(duty));
}

/** Whether a user holding these duties must sign in with a second factor. */
export function mfaRequiredForDuties(profile: Profile, duties: readonly Duty[]): boolean {
  const required = profile.auth.mfa_required_for;
  return required === "all" || duties.some((d) => required.includes(d));
}
