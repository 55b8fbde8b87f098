/**
 * CPE 2.3 names suggested when a product is registered (issue 19 item 1). The dictionary is what
 * the organization already holds on its closed network: the vendor/product names of the imported
 * NVD and JVN advisories (the names matching will compare against) and the CPEs of products
 * already registered. Ranked by trigram similarity (as pg_trgm computes it) of the typed vendor and
 * product to the CPE's; the part (a/o/h) comes from an advisory naming it. The suggestion is only offered —
 * the form keeps the CPE editable and validates it on save.
 */
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { bindFormattedString, parseFormattedString } from "./domain/cpe/formatted-string";
import { parseUri } from "./domain/cpe/uri";
import { type CpeValue, literalKey, quote, wfn } from "./domain/cpe/wfn";

export interface CpeSuggestion {
  cpe: string;
  part: "a" | "o" | "h";
  vendor: string;
  product: string;
  /** Advisories naming this vendor/product (0 for a name known only from the catalog). */
  advisories: number;
  source: "advisories" | "catalog";
}

/** "Apache Software Foundation" → "apache_software_foundation": how CPE names are spelled. */
export function cpeWord(typed: string): string {
  return typed.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "_");
}

/** The part of `vendor:product` in an advisory's criteria or JVN items (first found). */
function partIn(
  vendor: string,
  product: string,
  configurations: unknown,
  jvnAffected: unknown,
): "a" | "o" | "h" | null {
  const same = (v: CpeValue, p: CpeValue) => literalKey(v) === vendor && literalKey(p) === product;
  const partOf = (x: CpeValue) => {
    const k = literalKey(x);
    return k === "a" || k === "o" || k === "h" ? k : null;
  };
  for (const c of (configurations ?? []) as Array<{
    nodes: Array<{ cpeMatch: Array<{ criteria: string }> }>;
  }>)
    for (const n of c.nodes)
      for (const m of n.cpeMatch) {
        const w = parseFormattedString(m.criteria);
        if (same(w.vendor, w.product)) return partOf(w.part);
      }
  for (const e of (jvnAffected ?? []) as Array<{ items: Array<{ cpe?: string }> }>)
    for (const item of e.items)
      if (item.cpe) {
        const w = parseUri(item.cpe);
        if (same(w.vendor, w.product)) return partOf(w.part);
      }
  return null;
}

/** The words of a typed name worth searching for (letters and digits, two or more). */
const words = (w: string, min: number) => [
  ...new Set(w.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= min)),
];

/** pg_trgm's similarity (shared trigrams over all trigrams of the padded words), computed here. */
export function trigramSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Set<string>();
    for (const w of s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)) {
      const padded = `  ${w} `;
      for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
    }
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

export async function cpeSuggestions(
  db: DbOrTx,
  q: { vendor: string; product: string; version: string; limit: number },
): Promise<CpeSuggestion[]> {
  const v = cpeWord(q.vendor);
  const p = cpeWord(q.product);
  // Candidates: names containing a word of the typed product (or, with 3+ letters, of the vendor);
  // ranked below as pg_trgm would rank them (the extension is not required of the database).
  const patterns = (ws: string[]) => ws.map((w) => `%${w}%`);
  const productLike = patterns(words(p, 2));
  const vendorLike = patterns(words(v, 3));
  if (!productLike.length && !vendorLike.length) return [];
  const arr = (xs: string[]) =>
    sql`array[${sql.join(
      xs.map((x) => sql`${x}`),
      sql`, `,
    )}]::text[]`;
  const like = (vendorCol: SQL, productCol: SQL) =>
    sql`(${productLike.length ? sql`${productCol} like any(${arr(productLike)})` : sql`false`}
      or ${vendorLike.length ? sql`${vendorCol} like any(${arr(vendorLike)})` : sql`false`})`;
  const candidates = rowsOf<{
    vendor: string;
    product: string;
    advisories: number;
    source: "advisories" | "catalog";
    sample: string | null;
    cpe: string | null;
  }>(
    await db.execute(sql`
      with names as (
        select vendor, product, count(distinct advisory_id)::int as advisories, 'advisories'::text as source,
               (array_agg(advisory_id::text))[1] as sample, null::text as cpe
          from vuln_advisory_products
         where not pattern and vendor not in ('', '*', '-') and product not in ('', '*', '-')
           and ${like(sql`vendor`, sql`product`)}
         group by vendor, product
        union all
        select distinct on (cpe_vendor, cpe_product) cpe_vendor, cpe_product, 0, 'catalog'::text, null, cpe
          from software_products
         where cpe_vendor is not null and cpe_product is not null
           and ${like(sql`cpe_vendor`, sql`cpe_product`)}
      )
      select * from names order by advisories desc limit 2000`),
  );
  // Product similarity weighs double: vendors are spelled many ways (株式会社, Inc.), products less.
  const rows = candidates
    .map((r) => ({ ...r, sv: trigramSimilarity(r.vendor, v), sp: trigramSimilarity(r.product, p) }))
    .filter((r) => r.sp > 0.2 || (v !== "" && r.sv > 0.3 && r.sp > 0.1))
    .sort(
      (a, b) =>
        b.sv + 2 * b.sp - (a.sv + 2 * a.sp) ||
        b.advisories - a.advisories ||
        a.vendor.localeCompare(b.vendor) ||
        a.product.localeCompare(b.product),
    );
  // One suggestion per vendor:product (an advisory name wins over the same name in the catalog).
  const seen = new Set<string>();
  const picked = rows.filter((r) => {
    const k = `${r.vendor}:${r.product}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const top = picked.slice(0, q.limit);
  const samples = top.map((r) => r.sample).filter((x): x is string => !!x);
  const advisories = new Map(
    samples.length
      ? rowsOf<{ id: string; configurations: unknown; jvn_affected: unknown }>(
          await db.execute(
            sql`select id::text as id, configurations, jvn_affected from vuln_advisories where id in (${sql.join(
              samples.map((s) => sql`${s}::uuid`),
              sql`, `,
            )})`,
          ),
        ).map((a) => [a.id, a])
      : [],
  );
  const version = q.version.trim();
  return top.map((r) => {
    const a = r.sample ? advisories.get(r.sample) : undefined;
    const fromCatalog = r.cpe ? literalKey(parseFormattedString(r.cpe).part) : null;
    const part = ((a ? partIn(r.vendor, r.product, a.configurations, a.jvn_affected) : fromCatalog) ?? "a") as
      | "a"
      | "o"
      | "h";
    const cpe = bindFormattedString(
      wfn({
        part: { t: "str", s: part },
        vendor: { t: "str", s: quote(r.vendor) },
        product: { t: "str", s: quote(r.product) },
        ...(version ? { version: { t: "str", s: quote(version.toLowerCase()) } } : {}),
      }),
    );
    return { cpe, part, vendor: r.vendor, product: r.product, advisories: r.advisories, source: r.source };
  });
}
