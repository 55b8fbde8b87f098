/**
 * MyJVN / JVN iPedia HND XML: `getVulnOverviewList` (RSS 1.0 with the sec: module) and
 * `getVulnDetailInfo` (VULDEF-Document). Overview items name products but no versions, so their
 * matches always need confirmation; VULDEF gives each product's version text. JVNDB ids link to the
 * CVE ids the entry names. One error fails the file, located by line/column or element path.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseUri } from "../domain/cpe/uri";
import { CpeParseError } from "../domain/cpe/wfn";
import {
  type CvssScore,
  type FeedAdvisory,
  FeedError,
  feedDate,
  type JvnAffectedItem,
  type Severity,
  severityOf,
} from "./advisory";

const ARRAYS = new Set([
  "item",
  "sec:references",
  "sec:cpe",
  "sec:cvss",
  "Vulinfo",
  "AffectedItem",
  "Cvss",
  "RelatedItem",
  "ProductIdentifier",
  "Cpe",
  "VersionNumber",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const text = (v: unknown): string => {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return String((v as Node)["#text"] ?? "").trim();
  return String(v).trim();
};
const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const attr = (v: unknown, name: string): string =>
  v && typeof v === "object" ? String((v as Node)[`@_${name}`] ?? "") : "";

const CVE = /^CVE-\d{4}-\d{4,}$/;
const JVNDB = /^JVNDB-\d{4}-\d{6}$/;
const SUPPORTED_VULDEF = new Set(["3.0", "3.1", "3.2"]);
const SEC_NS = "http://jvn.jp/rss/mod_sec/3.0/";

function severity(word: string, score: number): Severity {
  const w = word.toLowerCase();
  return (["critical", "high", "medium", "low", "none"] as const).find((s) => s === w) ?? severityOf(score);
}

function cpeChecked(file: string, where: string, raw: string): string | undefined {
  if (raw === "") return undefined;
  try {
    parseUri(raw);
    return raw;
  } catch (e) {
    if (e instanceof CpeParseError) throw new FeedError(file, where, e.ja, e.en);
    throw e;
  }
}

function checkStatus(file: string, root: Node) {
  const status = root["status:Status"];
  if (status && attr(status, "retCd") !== "" && attr(status, "retCd") !== "0") {
    throw new FeedError(
      file,
      "status:Status",
      `MyJVN API がエラーを返しています（${attr(status, "errCd")} ${attr(status, "errMsg")}）`,
      `the MyJVN API answered an error (${attr(status, "errCd")} ${attr(status, "errMsg")})`,
    );
  }
}

function overview(file: string, rdf: Node): FeedAdvisory[] {
  if (attr(rdf, "xmlns:sec") !== SEC_NS) {
    throw new FeedError(
      file,
      "rdf:RDF",
      `対応していない形式です（sec 名前空間「${attr(rdf, "xmlns:sec")}」、対応は ${SEC_NS}）`,
      `unsupported schema (sec namespace "${attr(rdf, "xmlns:sec")}"; ${SEC_NS} is supported)`,
    );
  }
  checkStatus(file, rdf);
  return arr(rdf.item).map((item, i) => {
    const at = `rdf:RDF/item[${i + 1}]`;
    const id = text(item["sec:identifier"]);
    if (!JVNDB.test(id))
      throw new FeedError(
        file,
        `${at}/sec:identifier`,
        `JVNDB番号が正しくありません（「${id}」）`,
        `not a JVNDB id ("${id}")`,
      );
    const refs = arr(item["sec:references"]);
    const cveIds = refs.map((r) => attr(r, "id") || text(r)).filter((x) => CVE.test(x));
    const cvss: CvssScore[] = arr(item["sec:cvss"]).map((c) => {
      const score = Number(attr(c, "score"));
      return {
        version: attr(c, "version"),
        baseScore: score,
        severity: severity(attr(c, "severity"), score),
        vector: attr(c, "vector"),
        source: "IPA",
      };
    });
    const affected: JvnAffectedItem[] = arr(item["sec:cpe"]).map((c, k) => ({
      vendorName: attr(c, "vendor"),
      productName: attr(c, "product"),
      cpe: cpeChecked(file, `${at}/sec:cpe[${k + 1}]`, text(c)),
      versionText: null,
      productIds: [],
    }));
    return {
      source: "jvn" as const,
      sourceId: id,
      cveIds: [...new Set(cveIds)],
      jvndbIds: [id],
      title: text(item.title),
      description: text(item.description),
      published: feedDate(file, `${at}/dcterms:issued (${id})`, text(item["dcterms:issued"]), "+09:00"),
      modified: feedDate(file, `${at}/dcterms:modified (${id})`, text(item["dcterms:modified"]), "+09:00"),
      cvss,
      kev: null,
      configurations: [],
      jvnAffected: affected,
      references: refs.map((r) => text(r)).filter(Boolean),
    };
  });
}

function detail(file: string, doc: Node): FeedAdvisory[] {
  const version = attr(doc, "version");
  if (!SUPPORTED_VULDEF.has(version)) {
    throw new FeedError(
      file,
      "VULDEF-Document@version",
      `対応していない VULDEF の版です（「${version}」、対応は 3.0〜3.2）`,
      `unsupported VULDEF version ("${version}"; 3.0–3.2 are supported)`,
    );
  }
  checkStatus(file, doc);
  return arr(doc.Vulinfo).map((v, i) => {
    const id = text(v.VulinfoID);
    const at = `VULDEF-Document/Vulinfo[${i + 1}]`;
    if (!JVNDB.test(id))
      throw new FeedError(
        file,
        `${at}/VulinfoID`,
        `JVNDB番号が正しくありません（「${id}」）`,
        `not a JVNDB id ("${id}")`,
      );
    const data = (v.VulinfoData ?? {}) as Node;
    const d = `${at}/VulinfoData`;
    const affected: JvnAffectedItem[] = arr((data.Affected as Node | undefined)?.AffectedItem).flatMap(
      (a, k) => {
        const cpes = arr(a.Cpe).map((c) => text(c));
        const versions = arr(a.VersionNumber).map((n) => text(n));
        const base = {
          vendorName: text(a.Name),
          productName: text(a.ProductName),
          productIds: arr(a.ProductIdentifier)
            .map((p) => text(p))
            .filter(Boolean),
        };
        const cpe = cpeChecked(file, `${d}/Affected/AffectedItem[${k + 1}]/Cpe (${id})`, cpes[0] ?? "");
        // Each VersionNumber is its own statement; none at all is "not stated", kept as such.
        return (versions.length ? versions : [""]).map((versionText) => ({ ...base, cpe, versionText }));
      },
    );
    const impact = (data.Impact ?? {}) as Node;
    const cvss: CvssScore[] = arr(impact.Cvss).map((c) => {
      const score = Number(text(c.Base));
      const sev = arr(c.Severity).map((s) => text(s))[0] ?? text(c.Severity);
      return {
        version: attr(c, "version"),
        baseScore: score,
        severity: severity(sev, score),
        vector: text(c.Vector),
        source: "IPA",
      };
    });
    const related = arr((data.Related as Node | undefined)?.RelatedItem);
    const cveIds = related.map((r) => text(r.VulinfoID)).filter((x) => CVE.test(x));
    const description = text((data.VulinfoDescription as Node | undefined)?.Overview);
    return {
      source: "jvn" as const,
      sourceId: id,
      cveIds: [...new Set(cveIds)],
      jvndbIds: [id],
      title: text(data.Title),
      description,
      published: feedDate(file, `${d}/DateFirstPublished (${id})`, text(data.DateFirstPublished), "+09:00"),
      modified: feedDate(file, `${d}/DateLastUpdated (${id})`, text(data.DateLastUpdated), "+09:00"),
      cvss,
      kev: null,
      configurations: [],
      jvnAffected: affected,
      references: related.map((r) => text(r.URL)).filter(Boolean),
    };
  });
}

/** Parses one MyJVN XML file's text (overview RSS or VULDEF). */
export function parseJvn(file: string, xml: string): FeedAdvisory[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new FeedError(
      file,
      `${line}行${col}列 (line ${line}, column ${col})`,
      `XMLとして読めません（途中で切れているか壊れています: ${msg}）`,
      `not well-formed XML (truncated or damaged: ${msg})`,
    );
  }
  const root = parser.parse(xml) as Node;
  if (root["rdf:RDF"]) return overview(file, root["rdf:RDF"] as Node);
  if (root["VULDEF-Document"]) return detail(file, root["VULDEF-Document"] as Node);
  const name = Object.keys(root).find((k) => k !== "?xml") ?? "(none)";
  throw new FeedError(
    file,
    name,
    `対応していない文書です（ルート要素「${name}」、対応は rdf:RDF と VULDEF-Document）`,
    `unsupported document (root element "${name}"; rdf:RDF and VULDEF-Document are supported)`,
  );
}
