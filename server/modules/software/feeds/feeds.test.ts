import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { evaluateOnHost } from "../domain/configuration";
import { parseFormattedString } from "../domain/cpe/formatted-string";
import { FeedError, topSeverity } from "./advisory";
import { linkProblems, parseFeed } from "./parse";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name));
const text = (name: string) => fixture(name).toString("utf8");
const bytes = (s: string) => new TextEncoder().encode(s);

function feedError(file: string, content: string | Uint8Array): FeedError {
  try {
    parseFeed(file, typeof content === "string" ? bytes(content) : content);
  } catch (e) {
    if (e instanceof FeedError) return e;
    throw e;
  }
  throw new Error("expected a FeedError");
}

describe("NVD CVE JSON 2.0", () => {
  const all = parseFeed("nvd-sample.json", fixture("nvd-sample.json"));
  it("reads ids, dates (UTC), CVSS v3.1 and v4.0, KEV and configurations", () => {
    expect(all.map((a) => a.sourceId)).toEqual(["CVE-2021-44228", "CVE-2023-20198", "CVE-2024-21626"]);
    const log4j = all[0];
    expect(log4j.published).toBe("2021-12-10T10:15:09.143Z");
    expect(log4j.kev).toMatchObject({ dateAdded: "2021-12-10", dueDate: "2021-12-24" });
    expect(log4j.cvss).toEqual([
      expect.objectContaining({ version: "3.1", baseScore: 10, severity: "critical" }),
    ]);
    expect(log4j.configurations[0].nodes[0].cpeMatch).toHaveLength(4);
    expect(log4j.configurations[0].nodes[0].cpeMatch[0].range).toMatchObject({
      startIncluding: "2.0.1",
      endExcluding: "2.3.1",
    });
    const cisco = all[1];
    expect(cisco.cvss.map((c) => c.version)).toEqual(["4.0", "3.1"]);
    expect(topSeverity(cisco.cvss)).toBe("critical");
    expect(cisco.kev).toBeNull();
    expect(all[2].configurations).toEqual([]);
    expect(topSeverity(all[2].cvss)).toBeNull();
  });
  it("its configurations evaluate against installed CPEs", () => {
    const host = [{ id: "x", wfn: parseFormattedString("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*") }];
    expect(evaluateOnHost(all[0].configurations, host).get("x")?.verdict).toBe("yes");
    const ios = [
      { id: "fw", wfn: parseFormattedString("cpe:2.3:o:cisco:ios_xe:17.9.4:*:*:*:*:*:*:*") },
      { id: "hw", wfn: parseFormattedString("cpe:2.3:h:cisco:catalyst_9300:-:*:*:*:*:*:*:*") },
    ];
    // 17.9.4 < 17.9.4a: still affected
    expect(evaluateOnHost(all[1].configurations, ios).get("fw")?.verdict).toBe("yes");
  });
  it("reads a gzip feed file", () => {
    expect(parseFeed("nvdcve-2.0-2021.json.gz", gzipSync(fixture("nvd-sample.json")))).toHaveLength(3);
  });
  it("refuses a truncated file with the line and column", () => {
    const full = text("nvd-sample.json");
    const e = feedError("cut.json", full.slice(0, 1500));
    expect(e.ja).toContain("途中で切れている");
    expect(e.location).toMatch(/行|end/);
  });
  it("refuses an unknown schema version", () => {
    const e = feedError(
      "old.json",
      JSON.stringify({
        CVE_data_type: "CVE",
        CVE_data_format: "MITRE",
        CVE_data_version: "4.0",
        CVE_Items: [],
      }),
    );
    expect(e.en).toContain("NVD CVE JSON 2.0");
    const v = feedError(
      "v3.json",
      JSON.stringify({ format: "NVD_CVE", version: "3.0", vulnerabilities: [] }),
    );
    expect(v.ja).toContain("version「3.0」");
  });
  it("refuses a CPE that does not parse, naming where it is", () => {
    const doc = JSON.parse(text("nvd-sample.json"));
    doc.vulnerabilities[0].cve.configurations[0].nodes[0].cpeMatch[2].criteria =
      "cpe:2.3:a:apache:log4j:2 .0:*:*:*:*:*:*:*";
    const e = feedError("bad-cpe.json", JSON.stringify(doc));
    expect(e.location).toBe("vulnerabilities[0].cve.configurations[0].nodes[0].cpeMatch[2].criteria");
    expect(e.en).toContain("not allowed");
  });
  it("refuses a missing or mistyped field, naming it", () => {
    const doc = JSON.parse(text("nvd-sample.json"));
    doc.vulnerabilities[1].cve.metrics.cvssMetricV31[0].cvssData.baseScore = "ten";
    const e = feedError("bad-score.json", JSON.stringify(doc));
    expect(e.location).toBe("vulnerabilities[1].cve.metrics.cvssMetricV31[0].cvssData.baseScore");
  });
  it("refuses a file that is neither", () => {
    expect(feedError("notes.txt", "CVE-2021-44228 log4j").en).toContain("neither");
  });
});

describe("MyJVN HND XML", () => {
  it("VULDEF: products, version texts, CVSS, the CVEs the entry names, JST dates", () => {
    const [garoon, nec] = parseFeed("jvn-detail.xml", fixture("jvn-detail.xml"));
    expect(garoon.sourceId).toBe("JVNDB-2024-000101");
    expect(garoon.cveIds).toEqual(["CVE-2024-22011", "CVE-2024-21626"]);
    expect(garoon.jvnAffected).toEqual([
      {
        vendorName: "サイボウズ株式会社",
        productName: "サイボウズ Garoon",
        cpe: "cpe:/a:cybozu:garoon",
        versionText: "5.0.0 から 5.15.2 まで",
        productIds: [],
      },
    ]);
    expect(garoon.cvss[0]).toMatchObject({
      version: "3.0",
      baseScore: 6.5,
      severity: "medium",
      source: "IPA",
    });
    expect(garoon.published).toBe("2024-02-13T04:54:00.000Z");
    expect(nec.cveIds).toEqual([]);
    expect(nec.jvnAffected.map((a) => a.versionText)).toEqual([
      "v6 R4 およびそれ以前",
      "1.5.1 およびそれ以前",
    ]);
  });
  it("overview RSS: products without versions (null: always a question)", () => {
    const items = parseFeed("jvn-overview.xml", fixture("jvn-overview.xml"));
    expect(items.map((i) => i.sourceId)).toEqual(["JVNDB-2024-000101", "JVNDB-2024-000103"]);
    expect(items[0].cveIds).toEqual(["CVE-2024-22011"]);
    expect(items[1].jvnAffected[0]).toMatchObject({
      cpe: "cpe:/o:yamaha:rtx1210_firmware",
      versionText: null,
      productName: "RTX1210",
    });
  });
  it("refuses truncated XML with line and column", () => {
    const e = feedError("cut.xml", text("jvn-detail.xml").slice(0, 900));
    expect(e.location).toMatch(/^\d+行\d+列/);
    expect(e.ja).toContain("XML");
  });
  it("refuses a 和暦 date, naming the element and the entry", () => {
    const e = feedError(
      "wareki.xml",
      text("jvn-detail.xml").replace(
        "<DateFirstPublished>2024-02-13T13:54:00+09:00",
        "<DateFirstPublished>令和6年2月13日",
      ),
    );
    expect(e.location).toBe("VULDEF-Document/Vulinfo[1]/VulinfoData/DateFirstPublished (JVNDB-2024-000101)");
    expect(e.ja).toContain("和暦");
  });
  it("refuses an unknown VULDEF version or root, a bad CPE, an API error", () => {
    expect(
      feedError("v9.xml", text("jvn-detail.xml").replace('version="3.2"', 'version="9.0"')).ja,
    ).toContain("VULDEF の版");
    expect(feedError("root.xml", "<?xml version='1.0'?><feed><entry/></feed>").en).toContain(
      'root element "feed"',
    );
    const cpe = feedError(
      "cpe.xml",
      text("jvn-detail.xml").replace("cpe:/h:nec:univerge_ix2105", "cpe:/h:nec:univerge ix2105"),
    );
    expect(cpe.location).toContain("Vulinfo[2]/VulinfoData/Affected/AffectedItem[1]/Cpe");
    const api = feedError(
      "err.xml",
      text("jvn-overview.xml").replace('retCd="0"', 'retCd="1"').replace('errCd=""', 'errCd="E1234"'),
    );
    expect(api.en).toContain("E1234");
  });
});

describe("MyJVN OKA JSON (getVulnOverviewList&feed=oka)", () => {
  it("reads entries like the overview RSS: products without versions, CPE 2.3 bound to 2.2, CVEs from references", () => {
    const items = parseFeed("oka.json", fixture("jvn-oka.json"));
    expect(items.map((i) => i.sourceId)).toEqual(["JVNDB-2024-000101", "JVNDB-2024-000103"]);
    const [garoon, yamaha] = items;
    expect(garoon.source).toBe("jvn");
    expect(garoon.cveIds).toEqual(["CVE-2024-22011"]);
    expect(garoon.jvnAffected).toEqual([
      {
        vendorName: "サイボウズ株式会社",
        productName: "サイボウズ Garoon",
        cpe: "cpe:/a:cybozu:garoon",
        versionText: null,
        productIds: ["jvnpid:1.0::cybozu:garoon"],
      },
    ]);
    expect(garoon.published).toBe("2024-02-13T04:54:00.000Z");
    expect(garoon.cvss[0]).toMatchObject({
      version: "3.0",
      baseScore: 6.5,
      severity: "medium",
      source: "IPA",
    });
    // product_ids as an array (the field list's form) reads the same; v4 and v3 both kept.
    expect(yamaha.jvnAffected[0]).toMatchObject({ cpe: "cpe:/o:yamaha:rtx1210_firmware", versionText: null });
    expect(yamaha.cvss.map((c) => c.version)).toEqual(["4.0", "3.0"]);
    expect(yamaha.cveIds).toEqual([]);
  });
  it("meets the HND entries and NVD: the same JVNDB id and CVE make one problem", () => {
    const nvd = parseFeed("nvd-sample.json", fixture("nvd-sample.json"));
    const oka = parseFeed("oka.json", fixture("jvn-oka.json"));
    const detail = parseFeed("d.xml", fixture("jvn-detail.xml"));
    const p = linkProblems([...nvd, ...oka, ...detail]).find((x) => x.key === "CVE-2024-22011");
    expect(p?.jvn.map((j) => j.sourceId)).toEqual(["JVNDB-2024-000101"]);
    // the later VULDEF (with versions) replaced the OKA overview entry
    expect(p?.jvn[0].jvnAffected[0].versionText).toBe("5.0.0 から 5.15.2 まで");
  });
  it("refuses an API error, an unknown version, a bad id, score or CPE, and a 和暦 date, located", () => {
    const base = () => JSON.parse(text("jvn-oka.json"));
    const withError = base();
    withError.feed["status:Status"].retCd = "1";
    withError.feed["status:Status"].errCd = "E2001";
    expect(feedError("e.json", JSON.stringify(withError)).en).toContain("E2001");
    const v9 = base();
    v9.feed["status:Status"].version = "9.0.0";
    expect(feedError("v.json", JSON.stringify(v9)).location).toBe("feed.status:Status.version");
    const id = base();
    id.feed.entry[1].id = "JVN#12345";
    expect(feedError("i.json", JSON.stringify(id)).location).toBe("feed.entry[1].id");
    const sc = base();
    sc.feed.entry[0].scores.cvss_v3[0].baseScore = "高";
    expect(feedError("s.json", JSON.stringify(sc)).location).toBe(
      "feed.entry[0].scores.cvss_v3[0].baseScore",
    );
    const cpe = base();
    cpe.feed.entry[0].products[0].product_ids.cpe = "cpe:2.3:a:cybozu garoon";
    expect(feedError("c.json", JSON.stringify(cpe)).location).toBe(
      "feed.entry[0].products[0].product_ids.cpe",
    );
    const wareki = base();
    wareki.feed.entry[0].published = "令和6年2月13日";
    const w = feedError("w.json", JSON.stringify(wareki));
    expect(w.location).toBe("feed.entry[0].published (JVNDB-2024-000101)");
    expect(w.ja).toContain("和暦");
    const missing = base();
    delete missing.feed.entry[0].id;
    expect(feedError("m.json", JSON.stringify(missing)).location).toBe("feed.entry[0].id");
    expect(feedError("cut.json", text("jvn-oka.json").slice(0, 700)).ja).toContain("途中で切れている");
  });
});

describe("linking JVNDB to CVE: one problem, one advisory", () => {
  it("NVD and JVN entries naming the same CVE meet; a JVN entry without CVE stands alone", () => {
    const nvd = parseFeed("nvd-sample.json", fixture("nvd-sample.json"));
    const jvn = parseFeed("jvn-detail.xml", fixture("jvn-detail.xml"));
    const problems = linkProblems([...nvd, ...jvn]);
    const runc = problems.find((p) => p.key === "CVE-2024-21626");
    expect(runc?.nvd?.sourceId).toBe("CVE-2024-21626");
    expect(runc?.jvn.map((j) => j.sourceId)).toEqual(["JVNDB-2024-000101"]);
    const garoonOnly = problems.find((p) => p.key === "CVE-2024-22011");
    expect(garoonOnly?.nvd).toBeNull();
    expect(garoonOnly?.cveId).toBe("CVE-2024-22011");
    const nec = problems.find((p) => p.key === "JVNDB-2024-000102");
    expect(nec?.cveId).toBeNull();
    expect(problems).toHaveLength(5);
  });
  it("the same JVN entry twice (overview then detail) is kept once, the later one", () => {
    const overview = parseFeed("o.xml", fixture("jvn-overview.xml"));
    const detail = parseFeed("d.xml", fixture("jvn-detail.xml"));
    const p = linkProblems([...overview, ...detail]).find((x) => x.key === "CVE-2024-22011");
    expect(p?.jvn).toHaveLength(1);
    expect(p?.jvn[0].jvnAffected[0].versionText).toBe("5.0.0 から 5.15.2 まで");
  });
});
