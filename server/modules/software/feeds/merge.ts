/**
 * How a problem's stored advisory absorbs a newly parsed NVD or JVN part (pure). NVD owns the
 * English text, the configurations and KEV; each JVNDB entry owns its Japanese text, its affected
 * products and its IPA score. Severity is the highest over all scores.
 */
import type { Configuration } from "../domain/configuration";
import { parseFormattedString } from "../domain/cpe/formatted-string";
import { parseUri } from "../domain/cpe/uri";
import { hasWildcards, literalKey, type Wfn } from "../domain/cpe/wfn";
import type { VersionRange } from "../domain/version";
import { type CvssScore, type JvnAffectedItem, type KevEntry, topSeverity } from "./advisory";
import type { ProblemDraft } from "./parse";

export interface StoredCriterion {
  vulnerable: boolean;
  criteria: string;
  range?: VersionRange;
}
export interface StoredConfiguration {
  operator: "AND" | "OR";
  negate: boolean;
  nodes: Array<{ operator: "AND" | "OR"; negate: boolean; cpeMatch: StoredCriterion[] }>;
}
export interface StoredJvnEntry {
  jvndbId: string;
  items: JvnAffectedItem[];
}

export interface StoredAdvisory {
  key: string;
  cveId: string | null;
  jvndbIds: string[];
  title: string;
  titleJa: string | null;
  description: string;
  descriptionJa: string | null;
  severity: string | null;
  score: string | null;
  cvss: CvssScore[];
  kev: KevEntry | null;
  configurations: StoredConfiguration[];
  jvnAffected: StoredJvnEntry[];
  references: string[];
  published: string | null;
  modified: string | null;
}

const stripRange = (r: VersionRange | undefined): VersionRange | undefined => {
  if (!r) return undefined;
  const out = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
  return Object.keys(out).length ? out : undefined;
};

export function storeConfigurations(configs: readonly Configuration[]): StoredConfiguration[] {
  return configs.map((c) => ({
    operator: c.operator,
    negate: c.negate,
    nodes: c.nodes.map((n) => ({
      operator: n.operator,
      negate: n.negate,
      cpeMatch: n.cpeMatch.map((m) => ({
        vulnerable: m.vulnerable,
        criteria: m.text,
        range: stripRange(m.range),
      })),
    })),
  }));
}

/** Back to the matcher's form (the stored criteria were validated when imported). */
export function loadConfigurations(stored: readonly StoredConfiguration[]): Configuration[] {
  return stored.map((c) => ({
    operator: c.operator,
    negate: c.negate,
    nodes: c.nodes.map((n) => ({
      operator: n.operator,
      negate: n.negate,
      cpeMatch: n.cpeMatch.map((m) => ({
        vulnerable: m.vulnerable,
        criteria: parseFormattedString(m.criteria),
        text: m.criteria,
        range: m.range,
      })),
    })),
  }));
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

export function mergeProblem(existing: StoredAdvisory | null, draft: ProblemDraft): StoredAdvisory {
  const base: StoredAdvisory = existing ?? {
    key: draft.key,
    cveId: draft.cveId,
    jvndbIds: [],
    title: draft.key,
    titleJa: null,
    description: "",
    descriptionJa: null,
    severity: null,
    score: null,
    cvss: [],
    kev: null,
    configurations: [],
    jvnAffected: [],
    references: [],
    published: null,
    modified: null,
  };
  const out: StoredAdvisory = { ...base, key: draft.key, cveId: draft.cveId ?? base.cveId };
  let cvss = out.cvss;
  let references = out.references;
  if (draft.nvd) {
    const n = draft.nvd;
    out.title = n.title;
    out.description = n.description;
    out.configurations = storeConfigurations(n.configurations);
    out.kev = n.kev;
    cvss = [...n.cvss, ...cvss.filter((s) => s.source === "IPA")];
    references = [...new Set([...n.references, ...references])];
    out.published = earlier(out.published, n.published);
    out.modified = later(out.modified, n.modified);
  }
  for (const j of draft.jvn) {
    out.titleJa = j.title;
    out.descriptionJa = j.description;
    if (!draft.nvd && !existing?.configurations.length && out.title === out.key) out.title = j.title;
    out.jvnAffected = [
      ...out.jvnAffected.filter((e) => e.jvndbId !== j.sourceId),
      { jvndbId: j.sourceId, items: j.jvnAffected },
    ];
    out.jvndbIds = [...new Set([...out.jvndbIds, j.sourceId])];
    cvss = [...cvss.filter((s) => s.source !== "IPA"), ...j.cvss];
    references = [...new Set([...references, ...j.references])];
    out.published = earlier(out.published, j.published);
    out.modified = later(out.modified, j.modified);
  }
  out.cvss = cvss;
  out.references = references;
  out.severity = topSeverity(cvss);
  out.score = cvss.length ? String(Math.max(...cvss.map((s) => s.baseScore))) : null;
  return out;
}

export interface ProductKey {
  vendor: string;
  product: string;
  pattern: boolean;
  jvnProductId: string | null;
}

function keyOf(w: Wfn): ProductKey {
  const lit = (v: Wfn["vendor"]) => literalKey(v) ?? "*";
  const pattern = [w.vendor, w.product].some((v) => v.t === "str" && hasWildcards(v.s));
  return { vendor: lit(w.vendor), product: lit(w.product), pattern, jvnProductId: null };
}

/** The products an advisory names, for the matching index (vulnerable criteria and JVN items). */
export function productKeys(a: StoredAdvisory): ProductKey[] {
  const out = new Map<string, ProductKey>();
  const add = (k: ProductKey) =>
    out.set(`${k.vendor}\u0000${k.product}\u0000${k.pattern}\u0000${k.jvnProductId}`, k);
  for (const c of a.configurations)
    for (const n of c.nodes)
      for (const m of n.cpeMatch) if (m.vulnerable) add(keyOf(parseFormattedString(m.criteria)));
  for (const e of a.jvnAffected)
    for (const item of e.items) {
      if (item.cpe) add(keyOf(parseUri(item.cpe)));
      for (const id of item.productIds) add({ vendor: "", product: "", pattern: false, jvnProductId: id });
    }
  return [...out.values()];
}
