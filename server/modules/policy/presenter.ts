import type { Profile } from "../../profile";
import { exclusionApplied } from "../../profile/check";
import { loadCatalog } from "../../profile/clauses/catalog";
import { type I18nLabel, moduleLabel, registeredModules, ruleConsumers } from "../../profile/consumers";
import { type Coverage, computeCoverage, loadMapping, type MappingEntry } from "../../profile/mapping";
import { POLICIES_DIR } from "../../profile/paths";

export type CoverageView = Coverage & { modules: { key: string; label: I18nLabel | null }[] };

// Catalogs and mappings only change with a release: read once per folder and catalog.
const sourceCache = new Map<string, { catalog: ReturnType<typeof loadCatalog>; entries: MappingEntry[] }>();

/**
 * How the obligations of the profile's own clause catalog are met (`sekimori profile check`'s
 * numbers): total, by kind, and the ids of unmapped obligations. Null when the catalog is missing.
 * `askedInOpenCampaigns` (the assurance module's `clausesInActiveCampaigns`) counts a
 * self-inspection obligation as met only while an open campaign asks it; the others are listed in
 * `notInCampaign`. Computed per call (a few hundred clauses), since campaigns open and close.
 */
export function profileCoverage(
  profile: Profile,
  dir: string = POLICIES_DIR,
  askedInOpenCampaigns?: ReadonlySet<string>,
): CoverageView | null {
  const key = `${dir}|${profile.own_catalog}`;
  try {
    let source = sourceCache.get(key);
    if (!source) {
      source = {
        catalog: loadCatalog(profile.own_catalog, dir),
        entries: loadMapping(profile.own_catalog, dir).entries,
      };
      sourceCache.set(key, source);
    }
    return {
      // The registry is read each time: tests load modules late, and a via: must exist now.
      ...computeCoverage(source.catalog, source.entries, askedInOpenCampaigns),
      modules: registeredModules().map((key) => ({ key, label: moduleLabel(key) })),
    };
  } catch {
    return null;
  }
}

/** snake_case profile keys → camelCase for the API (values, such as level keys, stay as they are). */
function camelize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelize);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = camelize(v);
  return out;
}

/** The active profile as the web app reads it: `{id, name, classification, zones, roles, requestKinds, …}`. */
export function presentProfile(
  profile: Profile,
  opts: { dir?: string; askedInOpenCampaigns?: ReadonlySet<string> } = {},
) {
  const c = profile.classification;
  const adopted = c.adopt_confidentiality_option
    ? c.confidentiality_options.find((o) => o.key === c.adopt_confidentiality_option)
    : undefined;
  const confidentiality = adopted
    ? { title: adopted.title, levels: adopted.levels, clause: adopted.clause }
    : c.confidentiality;
  const scheme = (s: {
    title: unknown;
    levels: Profile["classification"]["integrity"]["levels"];
    clause: string;
  }) => ({
    title: s.title,
    clause: s.clause,
    levels: [...s.levels].sort((a, b) => b.rank - a.rank).map((l) => camelize(l)),
  });
  return {
    id: profile.id,
    name: profile.organization.name,
    nameEn: profile.organization.name_en,
    title: profile.title,
    extends: profile.extends ?? null,
    ownCatalog: profile.own_catalog,
    organization: camelize(profile.organization) as Record<string, unknown>,
    classification: {
      confidentiality: scheme(confidentiality),
      integrity: scheme(c.integrity),
      availability: scheme(c.availability),
      confidentialityOptions: camelize(c.confidentiality_options) as unknown[],
      adoptedConfidentialityOption: c.adopt_confidentiality_option ?? null,
    },
    zones: camelize(profile.zones) as unknown[],
    roles: camelize(profile.roles) as unknown[],
    // Each follow-up says whether code acts on it (a reminder, a confirmation) or it is shown only.
    requestKinds: profile.request_kinds.map((k) => ({
      ...(camelize(k) as Record<string, unknown>),
      followUps: k.follow_ups.map((f) => {
        const path = `request_kinds.${k.key}.follow_ups.${f.key}`;
        return {
          ...(camelize(f) as Record<string, unknown>),
          acted: ruleConsumers(path).length > 0,
          dueActed: f.due_days === undefined || ruleConsumers(`${path}.due_days`).length > 0,
        };
      }),
    })) as unknown[],
    separationOfDuties: camelize(profile.separation_of_duties) as unknown[],
    incidents: camelize(profile.incidents) as Record<string, unknown>,
    cycles: camelize(profile.cycles) as unknown[],
    contractClauses: camelize(profile.contract_clauses) as unknown[],
    contactPoint: camelize(profile.contact_point) as Record<string, unknown>,
    auth: camelize(profile.auth) as Record<string, unknown>,
    coverage: profileCoverage(profile, opts.dir, opts.askedInOpenCampaigns),
    /** 適用除外: each with whether code applies it (the register refuses what it excludes) or shows it only. */
    exclusions: profile.organization.exclusions.map((e) => ({
      key: e.key,
      text: e.text,
      clause: e.clause,
      assets: e.assets ?? null,
      applied: exclusionApplied(e),
    })),
  };
}
