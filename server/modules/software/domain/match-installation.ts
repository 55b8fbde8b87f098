/**
 * One advisory against the installations of one host (a system or device), combining its NVD and
 * JVN parts: where NVD's configurations name the installation's product, NVD's structured verdict
 * decides; otherwise JVN's affected items (product id or CPE 2.2, version text) do. "maybe" becomes
 * a match to confirm — never dropped, never counted as affected.
 */
import { type Configuration, evaluateOnHost, type Outcome } from "./configuration";
import { literalKey, type Wfn } from "./cpe/wfn";
import { type JvnAffected, matchJvnAffected } from "./jvn-version";

export interface HostInstallation {
  id: string;
  wfn: Wfn | null;
  version: string;
  jvnProductIds: readonly string[];
}

export interface AdvisoryForMatching {
  configurations: readonly Configuration[];
  /** Vendor\0product keys NVD's vulnerable criteria name (literal, lower case). */
  nvdProducts: ReadonlySet<string>;
  jvn: readonly JvnAffected[];
}

export const productKeyOf = (w: Wfn | null): string | null => {
  if (!w) return null;
  const v = literalKey(w.vendor);
  const p = literalKey(w.product);
  return v && p ? `${v}\u0000${p}` : null;
};

const rank = { no: 0, maybe: 1, yes: 2 } as const;

export function matchOnHost(
  advisory: AdvisoryForMatching,
  host: readonly HostInstallation[],
): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  if (advisory.configurations.length) {
    const cpes = host.filter((h) => h.wfn).map((h) => ({ id: h.id, wfn: h.wfn as Wfn }));
    for (const [id, o] of evaluateOnHost(advisory.configurations, cpes)) out.set(id, o);
  }
  if (!advisory.jvn.length) return out;
  for (const h of host) {
    const key = productKeyOf(h.wfn);
    if (key && advisory.nvdProducts.has(key)) continue; // NVD has spoken for this product
    let best: Outcome = { verdict: "no" };
    for (const item of advisory.jvn) {
      const o = matchJvnAffected(item, {
        wfn: h.wfn ?? undefined,
        jvnProductIds: h.jvnProductIds,
        version: h.version,
      });
      if (rank[o.verdict] > rank[best.verdict]) best = o;
      if (best.verdict === "yes") break;
    }
    if (best.verdict !== "no") out.set(h.id, best);
  }
  return out;
}
