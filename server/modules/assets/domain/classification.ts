/**
 * Pure rules of the asset register (no I/O). Levels are compared by rank only, never by label or
 * key: 川崎市's 区分Ⅰ is its highest level, 西原村's 機密性3 is its highest.
 */
import type { Level, Profile, Scheme, SchemeKey } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import type { AssetRuleT } from "../../../profile/schema";

// Levels, ranks, handling restrictions and the register rules (container highest, copies …).
consumesRule("classification.**", "assets");
consumesRule("assets.rules.**", "assets");

export const SCHEMES: readonly SchemeKey[] = ["confidentiality", "integrity", "availability"];

export type Levels = Record<SchemeKey, string | null>;

/** A rule of the register with its clause (from the profile's `assets.rules`). */
export interface RuleRef {
  text: { ja: string; en: string };
  clause: string;
  also: string[];
}

export type AssetRuleKey =
  | "container_highest"
  | "copy_inherits"
  | "received_takes_source"
  | "unknown_classification"
  | "reclassification"
  | "top_level_named_only"
  | "specific_personal_info_zone";

/** The profile's rule, or (for a profile without an `assets` section) the classification clause. */
export function assetRule(profile: Profile, key: AssetRuleKey): RuleRef & { zone?: string } {
  const rule = profile.assets?.rules[key] as (AssetRuleT & { zone?: string }) | undefined;
  if (rule) return rule;
  return {
    text: { ja: "情報資産の分類", en: "Classification of information assets" },
    clause: profile.classification.confidentiality.clause,
    also: [],
    ...(key === "specific_personal_info_zone" ? { zone: "mynumber" } : {}),
  };
}

export function levelOf(scheme: Scheme, key: string | null | undefined): Level | undefined {
  if (key == null) return undefined;
  return scheme.levels.find((l) => l.key === key);
}

/** Rank of a stored key; an unknown key fails closed (treated as above every level). */
export function rankOf(scheme: Scheme, key: string | null | undefined): number | null {
  if (key == null) return null;
  const level = levelOf(scheme, key);
  return level ? level.rank : Number.POSITIVE_INFINITY;
}

export function topRank(scheme: Scheme): number {
  return Math.max(...scheme.levels.map((l) => l.rank));
}

/** Keys of the levels at the profile's top rank (usually one). */
export function topKeys(scheme: Scheme): string[] {
  const top = topRank(scheme);
  return scheme.levels.filter((l) => l.rank === top).map((l) => l.key);
}

/** The profile's rule (unknown keys count as top: fail closed), re-exported for the module. */
export { isTopLevel } from "../../../profile";

/** Keys of levels with rank ≥ the given level's rank (for `confidentialityAtLeast` in SQL). */
export function keysAtLeast(scheme: Scheme, key: string): string[] {
  const threshold = levelOf(scheme, key);
  if (!threshold) return [];
  return scheme.levels.filter((l) => l.rank >= threshold.rank).map((l) => l.key);
}

/** The highest by rank of several stored keys (nulls ignored); undefined when none is set. */
export function highestKey(scheme: Scheme, keys: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  let bestRank = Number.NEGATIVE_INFINITY;
  for (const key of keys) {
    const rank = rankOf(scheme, key);
    if (key == null || rank == null) continue;
    if (rank > bestRank) {
      best = key;
      bestRank = rank;
    }
  }
  return best;
}

// ── containment graph ─────────────────────────────────────────────────────────

export type RelationType = "contains" | "copy_of" | "runs_on" | "stored_in";

export interface RelationEdge {
  fromAssetId: string;
  toAssetId: string;
  type: RelationType;
}

/**
 * Containment as container → contained: `A contains B` (A holds B), `B stored_in A` and
 * `B runs_on A` (a medium, area or device holds what is stored on or runs on it). `copy_of` is
 * not containment.
 */
export function containerEdge(rel: RelationEdge): { container: string; child: string } | null {
  switch (rel.type) {
    case "contains":
      return { container: rel.fromAssetId, child: rel.toAssetId };
    case "stored_in":
    case "runs_on":
      return { container: rel.toAssetId, child: rel.fromAssetId };
    default:
      return null;
  }
}

export type ChildrenMap = Map<string, string[]>;

export function childrenMap(relations: readonly RelationEdge[]): ChildrenMap {
  const map: ChildrenMap = new Map();
  for (const rel of relations) {
    const edge = containerEdge(rel);
    if (!edge) continue;
    const list = map.get(edge.container);
    if (list) list.push(edge.child);
    else map.set(edge.container, [edge.child]);
  }
  return map;
}

/** Everything `id` holds, directly or through what it holds (itself excluded). Safe on cycles. */
export function containedClosure(children: ChildrenMap, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    for (const c of children.get(next) ?? []) stack.push(c);
  }
  return seen;
}

/** Would putting `child` inside `container` make a cycle (including an asset holding itself)? */
export function wouldCreateCycle(children: ChildrenMap, container: string, child: string): boolean {
  if (container === child) return true;
  return containedClosure(children, child).has(container);
}

/**
 * Effective levels of an asset: for each scheme, the highest by rank of its own level and the
 * levels of everything it contains, recursively (対策基準 3.(2)⑤(ウ); 川崎市 第4章1(5)ウ, (7)エ).
 */
export function effectiveLevels(
  profile: Profile,
  own: (id: string) => Levels | undefined,
  children: ChildrenMap,
  id: string,
): Levels {
  const ids = [id, ...containedClosure(children, id)];
  const out = {} as Levels;
  for (const scheme of SCHEMES) {
    out[scheme] = highestKey(
      profile.classification[scheme],
      ids.map((x) => own(x)?.[scheme] ?? null),
    );
  }
  return out;
}

// ── copies, received assets, reclassification ─────────────────────────────────

export interface LevelViolation {
  scheme: SchemeKey;
  from: string | null;
  to: string | null;
}

/**
 * A copy keeps its source's classification and may only be raised (3.(2)①(イ)): the schemes
 * where the proposed level is below the source's.
 */
export function loweredBelowSource(profile: Profile, source: Levels, proposed: Levels): LevelViolation[] {
  const out: LevelViolation[] = [];
  for (const scheme of SCHEMES) {
    const s = rankOf(profile.classification[scheme], source[scheme]);
    if (s == null) continue;
    const p = rankOf(profile.classification[scheme], proposed[scheme]);
    if (p == null || p < s) out.push({ scheme, from: source[scheme], to: proposed[scheme] });
  }
  return out;
}

/** Levels of a copy: the source's, raised where the request asks for more. */
export function copyLevels(profile: Profile, source: Levels, requested: Partial<Levels>): Levels {
  const out = {} as Levels;
  for (const scheme of SCHEMES) {
    out[scheme] = highestKey(profile.classification[scheme], [source[scheme], requested[scheme] ?? null]);
  }
  return out;
}

export type Origin = "created" | "received_internal" | "received_external";

export interface ClassificationDecision {
  levels: Levels;
  /** 分類未確定: the department's manager decides (3.(2)④(ウ)). */
  pending: boolean;
  rule: AssetRuleKey | null;
}

const complete = (l: Partial<Levels>) => SCHEMES.every((s) => l[s] != null);

/**
 * The classification a new asset starts with. A copy inherits its source's (raised if asked);
 * an asset received from inside takes its source's classification; one received from outside is
 * classified by the receiver; whatever remains unknown is pending for the manager to decide.
 */
export function initialClassification(
  profile: Profile,
  input: {
    origin: Origin;
    requested: Partial<Levels>;
    sourceClassification?: Partial<Levels> | null;
    copyOf?: Levels | null;
  },
): ClassificationDecision {
  if (input.copyOf) {
    return {
      levels: copyLevels(profile, input.copyOf, input.requested),
      pending: false,
      rule: "copy_inherits",
    };
  }
  if (input.origin === "received_internal") {
    const source = input.sourceClassification ?? {};
    if (complete(source)) {
      const levels = copyLevels(profile, source as Levels, input.requested);
      return { levels, pending: false, rule: "received_takes_source" };
    }
    if (complete(input.requested)) return { levels: input.requested as Levels, pending: false, rule: null };
    return {
      levels: { confidentiality: null, integrity: null, availability: null },
      pending: true,
      rule: "unknown_classification",
    };
  }
  if (complete(input.requested)) return { levels: input.requested as Levels, pending: false, rule: null };
  return {
    levels: { confidentiality: null, integrity: null, availability: null },
    pending: true,
    rule: "unknown_classification",
  };
}

// ── handling restrictions and flags ───────────────────────────────────────────

export interface HandlingRestriction {
  code: string;
  text: { ja: string; en: string };
  clause: string;
  scheme: SchemeKey;
  level: string;
}

/**
 * Restrictions of the profile at the effective levels: exactly what the profile lists for each
 * effective level, never inherited by rank (川崎市 区分Ⅰ forbids internet mail where 区分Ⅱ only asks
 * for encryption; a level lists everything the text gives it, with its clause). Deduplicated by
 * code across the three schemes.
 */
export function handlingRestrictions(profile: Profile, effective: Levels): HandlingRestriction[] {
  const out: HandlingRestriction[] = [];
  const seen = new Set<string>();
  for (const scheme of SCHEMES) {
    const sch = profile.classification[scheme];
    const rank = rankOf(sch, effective[scheme]);
    if (rank == null) continue;
    const applicable = sch.levels.filter((l) => l.rank === rank);
    for (const level of applicable)
      for (const h of level.handling) {
        if (seen.has(h.code)) continue;
        seen.add(h.code);
        out.push({ code: h.code, text: h.text, clause: h.clause, scheme, level: level.key });
      }
  }
  return out;
}

export interface AssetFlag {
  code: string;
  text: { ja: string; en: string };
  clause: string;
}

/** 特定個人情報 outside the マイナンバー利用事務系 zone, unless a recorded exception covers it. */
export function assetFlags(
  profile: Profile,
  asset: {
    specificPersonalInfo: boolean;
    zone: string | null;
    exceptionRef: string | null;
    classificationPending: boolean;
  },
): AssetFlag[] {
  const flags: AssetFlag[] = [];
  const rule = assetRule(profile, "specific_personal_info_zone");
  const zone = rule.zone ?? "mynumber";
  if (asset.specificPersonalInfo && asset.zone !== zone && !asset.exceptionRef?.trim()) {
    flags.push({
      code: "specific_personal_info_outside_mynumber",
      text: {
        ja: `特定個人情報がマイナンバー利用事務系の外にあります（${rule.text.ja}）`,
        en: `Specific personal information outside the My Number zone (${rule.text.en})`,
      },
      clause: rule.clause,
    });
  }
  if (asset.classificationPending) {
    const r = assetRule(profile, "unknown_classification");
    flags.push({
      code: "classification_pending",
      text: { ja: `分類未確定（${r.text.ja}）`, en: `Classification pending (${r.text.en})` },
      clause: r.clause,
    });
  }
  return flags;
}

/** Every scheme of the profile, including the confidentiality options it may adopt. */
export function allSchemes(profile: Profile): Scheme[] {
  return [
    profile.classification.confidentiality,
    profile.classification.integrity,
    profile.classification.availability,
    ...profile.classification.confidentiality_options.map((o) => ({
      title: o.title,
      levels: o.levels,
      clause: o.clause,
    })),
  ];
}
