/**
 * MyJVN API ver. OKA, `getVulnOverviewList&feed=oka` — the JSON successor of the HND overview RSS
 * ({feed: {entry: [...], "status:Status": {...}}}). Like the RSS, an entry names products (CPE 2.3
 * and JVN product ids) but no affected versions, so its matches always go to confirmation. CPEs
 * are stored in the 2.2 URI binding, the form every JVN affected item carries (the matcher reads
 * one form). CVE ids come from the references (JVN names the CVE record there). One error fails
 * the file, located by its JSON path.
 */
import { z } from "zod";
import { parseFormattedString } from "../domain/cpe/formatted-string";
import { bindUri, parseUri } from "../domain/cpe/uri";
import { CpeParseError } from "../domain/cpe/wfn";
import {
  type CvssScore,
  type FeedAdvisory,
  FeedError,
  feedDate,
  type JvnAffectedItem,
  severityOf,
} from "./advisory";

const CVE = /CVE-\d{4}-\d{4,}/g;
const JVNDB = /^JVNDB-\d{4}-\d{6}$/;
const SUPPORTED = /^4\./;
const SEVERITIES = new Set(["critical", "high", "medium", "low", "none"]);

const score = z.object({
  version: z.string().default(""),
  vectorString: z.string().default(""),
  baseScore: z.union([z.string(), z.number()]),
  baseSeverity: z.string().default(""),
});
// product_ids is an object in the documented sample and an array in its field list: both read.
const productIds = z.object({ jvnpid: z.string().optional(), cpe: z.string().optional() });
const product = z.object({
  vendor: z.string().default(""),
  product: z.string().default(""),
  product_ids: z.union([productIds, z.array(productIds)]).optional(),
});
const entry = z.object({
  title: z.string().default(""),
  id: z.string(),
  summary: z.string().default(""),
  link: z.string().optional(),
  update: z.string().optional(),
  published: z.string().optional(),
  references: z.array(z.object({ url: z.string().default(""), summary: z.string().default("") })).default([]),
  products: z.array(product).default([]),
  scores: z
    .object({
      cvss_v2: z.array(score).optional(),
      cvss_v3: z.array(score).optional(),
      cvss_v4: z.array(score).optional(),
    })
    .default({}),
});
const status = z.object({
  version: z.string().default(""),
  method: z.string().default(""),
  retCd: z.union([z.string(), z.number()]).optional(),
  errCd: z.string().optional(),
  errMsg: z.string().optional(),
});

const pathOf = (base: string, path: ReadonlyArray<PropertyKey>) =>
  [base, ...path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))].join("");

/** A CPE 2.3 (or already 2.2) product id as the 2.2 URI; undefined when absent. */
function cpeUri(file: string, where: string, raw: string | undefined): string | undefined {
  const s = (raw ?? "").trim();
  if (!s) return undefined;
  try {
    return s.startsWith("cpe:2.3:") ? bindUri(parseFormattedString(s)) : bindUri(parseUri(s));
  } catch (e) {
    if (e instanceof CpeParseError) throw new FeedError(file, where, e.ja, e.en);
    throw e;
  }
}

/** True when the parsed JSON is an OKA document (the `feed` object), not NVD. */
export function isOkaDocument(json: unknown): boolean {
  return !!json && typeof json === "object" && "feed" in json && !("vulnerabilities" in json);
}

export function parseOka(file: string, json: unknown): FeedAdvisory[] {
  const feed = (json as { feed: Record<string, unknown> }).feed ?? {};
  const st = status.safeParse(feed["status:Status"] ?? {});
  if (!st.success)
    throw new FeedError(file, "feed.status:Status", "Status が読めません", "unreadable status:Status");
  if (st.data.retCd !== undefined && String(st.data.retCd) !== "0")
    throw new FeedError(
      file,
      "feed.status:Status",
      `MyJVN API がエラーを返しています（${st.data.errCd ?? ""} ${st.data.errMsg ?? ""}）`,
      `the MyJVN API answered an error (${st.data.errCd ?? ""} ${st.data.errMsg ?? ""})`,
    );
  if (st.data.method && st.data.method !== "getVulnOverviewList")
    throw new FeedError(
      file,
      "feed.status:Status.method",
      `対応していない API の応答です（「${st.data.method}」、対応は getVulnOverviewList）`,
      `unsupported API response ("${st.data.method}"; getVulnOverviewList is supported)`,
    );
  if (st.data.version && !SUPPORTED.test(st.data.version))
    throw new FeedError(
      file,
      "feed.status:Status.version",
      `対応していない版です（「${st.data.version}」、対応は 4.x）`,
      `unsupported version ("${st.data.version}"; 4.x is supported)`,
    );
  const entries = feed.entry ?? [];
  if (!Array.isArray(entries))
    throw new FeedError(file, "feed.entry", "entry が配列ではありません", "feed.entry is not an array");
  // "$comment" placeholders of the documented sample are not entries.
  return entries.flatMap((raw, i) => {
    if (raw && typeof raw === "object" && "$comment" in raw && !("id" in raw)) return [];
    const at = `feed.entry[${i}]`;
    const parsed = entry.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FeedError(
        file,
        pathOf(at, issue.path),
        `項目が正しくありません（${issue.message}）`,
        `invalid field (${issue.message})`,
      );
    }
    const e = parsed.data;
    if (!JVNDB.test(e.id))
      throw new FeedError(
        file,
        `${at}.id`,
        `JVNDB番号が正しくありません（「${e.id}」）`,
        `not a JVNDB id ("${e.id}")`,
      );
    const cvss: CvssScore[] = [];
    for (const [k, list] of [
      ["cvss_v4", e.scores.cvss_v4],
      ["cvss_v3", e.scores.cvss_v3],
      ["cvss_v2", e.scores.cvss_v2],
    ] as const) {
      (list ?? []).forEach((s, j) => {
        const n = Number(s.baseScore);
        if (!Number.isFinite(n) || n < 0 || n > 10)
          throw new FeedError(
            file,
            `${at}.scores.${k}[${j}].baseScore`,
            `基本値が数値ではありません（「${s.baseScore}」）`,
            `base score is not a number ("${s.baseScore}")`,
          );
        const named = s.baseSeverity.toLowerCase();
        cvss.push({
          version: s.version,
          baseScore: n,
          severity: SEVERITIES.has(named) ? (named as CvssScore["severity"]) : severityOf(n),
          vector: s.vectorString,
          source: "IPA",
        });
      });
    }
    const affected: JvnAffectedItem[] = e.products
      .filter((p) => p.vendor || p.product || p.product_ids)
      .map((p, k) => {
        const ids = Array.isArray(p.product_ids) ? p.product_ids : p.product_ids ? [p.product_ids] : [];
        const cpe = ids.map((x) => x.cpe).find((x) => x?.trim());
        return {
          vendorName: p.vendor,
          productName: p.product,
          cpe: cpeUri(file, `${at}.products[${k}].product_ids.cpe`, cpe),
          versionText: null,
          productIds: ids.map((x) => x.jvnpid ?? "").filter(Boolean),
        };
      });
    const cveIds = new Set<string>();
    for (const r of e.references) for (const m of `${r.url} ${r.summary}`.matchAll(CVE)) cveIds.add(m[0]);
    return [
      {
        source: "jvn" as const,
        sourceId: e.id,
        cveIds: [...cveIds],
        jvndbIds: [e.id],
        title: e.title,
        description: e.summary,
        published: feedDate(file, `${at}.published (${e.id})`, e.published, "+09:00"),
        modified: feedDate(file, `${at}.update (${e.id})`, e.update, "+09:00"),
        cvss,
        kev: null,
        configurations: [],
        jvnAffected: affected,
        references: e.references.map((r) => r.url).filter(Boolean),
      },
    ];
  });
}
