/**
 * Applicability of an advisory to one host (a system or device and the software on it):
 * NVD configurations (AND/OR nodes of cpeMatch criteria with version ranges, negation) evaluated
 * in three-valued logic. "maybe" is never rounded: it is what a person must confirm — the
 * installation's CPE is less specific than the criterion, a version has no order, or a platform
 * the configuration requires is not recorded for the host.
 */
import { compareAttribute, compareNames } from "./cpe/compare";
import { type CpeAttribute, unquote, type Wfn } from "./cpe/wfn";
import { hasBounds, inRange, type VersionRange } from "./version";

export type Verdict = "yes" | "maybe" | "no";

export interface CpeMatchCriterion {
  vulnerable: boolean;
  criteria: Wfn;
  /** The criterion as written in the advisory, for display. */
  text: string;
  range?: VersionRange;
}
export interface ConfigNode {
  operator: "AND" | "OR";
  negate: boolean;
  cpeMatch: CpeMatchCriterion[];
}
export interface Configuration {
  operator: "AND" | "OR";
  negate: boolean;
  nodes: ConfigNode[];
}

export interface Outcome {
  verdict: Verdict;
  /** Why "maybe" (or why "yes" when it came through a range), Japanese / English. */
  reason?: { ja: string; en: string };
}

const NO: Outcome = { verdict: "no" };
const YES: Outcome = { verdict: "yes" };
const maybe = (ja: string, en: string): Outcome => ({ verdict: "maybe", reason: { ja, en } });
const SKIP_VERSION: ReadonlySet<CpeAttribute> = new Set(["version"]);

/** One criterion against one concrete CPE (an installation's). */
export function matchCriterion(c: CpeMatchCriterion, target: Wfn): Outcome {
  const ranged = hasBounds(c.range);
  const relation = compareNames(c.criteria, target, ranged ? SKIP_VERSION : undefined);
  if (relation === "DISJOINT") return NO;
  if (relation === "SUBSET" || relation === "UNDEFINED") {
    return maybe(
      "登録されたCPEが公表情報の条件より大まか（版・更新などが未記録）です",
      "the recorded CPE is less specific than the advisory's criterion (version, update … not recorded)",
    );
  }
  if (!ranged) return YES;
  // The criterion's own version attribute must also admit the target's (normally it is "*").
  const own = compareAttribute(c.criteria.version, target.version);
  if (own === "DISJOINT") return NO;
  const v = target.version;
  if (v.t === "na") return NO;
  if (v.t === "any") return maybe("バージョンが記録されていません", "no version is recorded");
  const inside = inRange(unquote(v.s), c.range as VersionRange);
  if (inside === null) {
    return maybe(
      `バージョン「${unquote(v.s)}」の大小を判定できません`,
      `version "${unquote(v.s)}" cannot be ordered against the range`,
    );
  }
  return inside ? YES : NO;
}

const rank: Record<Verdict, number> = { no: 0, maybe: 1, yes: 2 };
const best = (a: Outcome, b: Outcome) => (rank[b.verdict] > rank[a.verdict] ? b : a);
const negate = (o: Outcome): Outcome => (o.verdict === "yes" ? NO : o.verdict === "no" ? YES : o);

export interface HostCpe {
  id: string;
  wfn: Wfn;
}

/** A criterion against a host: the best outcome over its CPEs, and which of them gave it. */
function criterionOnHost(
  c: CpeMatchCriterion,
  host: readonly HostCpe[],
): { outcome: Outcome; hits: Map<string, Outcome> } {
  const hits = new Map<string, Outcome>();
  let outcome = NO;
  for (const h of host) {
    const o = matchCriterion(c, h.wfn);
    if (o.verdict !== "no") hits.set(h.id, o);
    outcome = best(outcome, o);
  }
  if (outcome.verdict === "no" && !c.vulnerable) {
    // A platform criterion ("running on"): if nothing of that kind is recorded for the host,
    // the host's platform is unknown, not absent.
    const part = c.criteria.part;
    const recorded = host.some((h) => part.t !== "str" || compareAttribute(part, h.wfn.part) === "EQUAL");
    if (!recorded) {
      outcome = maybe(
        `前提となるプラットフォーム（${c.text}）が台帳に記録されていません`,
        `the required platform (${c.text}) is not recorded for this host`,
      );
    }
  }
  return { outcome, hits };
}

function combine(operator: "AND" | "OR", parts: Outcome[]): Outcome {
  if (operator === "OR") return parts.reduce(best, NO);
  if (parts.some((p) => p.verdict === "no")) return NO;
  return parts.find((p) => p.verdict === "maybe") ?? YES;
}

/**
 * Evaluates an advisory's configurations on one host and names the affected CPEs of the host:
 * those that meet a vulnerable criterion of a configuration that holds (yes) or may hold (maybe).
 */
export function evaluateOnHost(
  configurations: readonly Configuration[],
  host: readonly HostCpe[],
): Map<string, Outcome> {
  const affected = new Map<string, Outcome>();
  for (const config of configurations) {
    const vulnerableHits = new Map<string, Outcome>();
    const nodeOutcomes = config.nodes.map((node) => {
      const results = node.cpeMatch.map((c) => {
        const r = criterionOnHost(c, host);
        if (c.vulnerable && !node.negate)
          for (const [id, o] of r.hits) vulnerableHits.set(id, best(vulnerableHits.get(id) ?? NO, o));
        return r.outcome;
      });
      const o = combine(node.operator, results);
      return node.negate ? negate(o) : o;
    });
    let whole = combine(config.operator, nodeOutcomes);
    if (config.negate) whole = negate(whole);
    if (whole.verdict === "no") continue;
    for (const [id, o] of vulnerableHits) {
      // A host-level "maybe" (e.g. an unrecorded platform) caps a per-CPE "yes".
      const capped = whole.verdict === "maybe" && o.verdict === "yes" ? whole : o;
      affected.set(id, best(affected.get(id) ?? NO, capped));
    }
  }
  return affected;
}
