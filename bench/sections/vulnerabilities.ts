/**
 * Vulnerabilities (issue 19): a year of NVD (40,000 CVEs) and JVN iPedia (15,000 entries) imported
 * through importFeedFiles from generated feed files; matching them all against 30,000
 * installations (runMatching, the job's own code) beside a naive nested loop (every criterion of
 * every advisory against every installation, no index) measured on a slice of the advisories in
 * the same run and scaled to all of them; an owner's task list (listTasks) p95.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Actor } from "../../server/http/context";
import { importFeedFiles } from "../../server/modules/software/commands/import-feeds";
import { runMatching } from "../../server/modules/software/commands/match";
import { matchCriterion } from "../../server/modules/software/domain/configuration";
import { parseFormattedString } from "../../server/modules/software/domain/cpe/formatted-string";
import { parseUri } from "../../server/modules/software/domain/cpe/uri";
import { matchJvnAffected } from "../../server/modules/software/domain/jvn-version";
import { linkProblems, parseFeed } from "../../server/modules/software/feeds/parse";
import { listTasks } from "../../server/modules/software/queries";
import { softwareInstallations, softwareProducts } from "../../server/modules/software/tables";
import { loadProfile } from "../../server/profile";
import { Rng } from "../prng";
import type { BenchSection, Figure } from "../types";

const enc = new TextEncoder();
export const version = (r: Rng) =>
  `${1 + Math.floor(r.next() * 12)}.${Math.floor(r.next() * 20)}.${Math.floor(r.next() * 30)}`;

export function nvdPage(r: Rng, from: number, count: number, universe: Array<[string, string]>) {
  const vulnerabilities = [];
  for (let i = from; i < from + count; i++) {
    const cpeMatch = [];
    for (let k = 0, n = 1 + Math.floor(r.next() * 3); k < n; k++) {
      const [v, p] = universe[Math.floor(r.next() * universe.length)];
      const end = version(r);
      cpeMatch.push(
        r.next() < 0.7
          ? {
              vulnerable: true,
              criteria: `cpe:2.3:a:${v}:${p}:*:*:*:*:*:*:*:*`,
              versionEndExcluding: end,
              matchCriteriaId: randomUUID(),
            }
          : {
              vulnerable: true,
              criteria: `cpe:2.3:a:${v}:${p}:${end}:*:*:*:*:*:*:*`,
              matchCriteriaId: randomUUID(),
            },
      );
    }
    const score = Math.round(r.next() * 100) / 10;
    vulnerabilities.push({
      cve: {
        id: `CVE-2025-${String(10000 + i)}`,
        published: "2025-06-01T10:15:09.143",
        lastModified: "2025-07-01T10:15:09.143",
        descriptions: [{ lang: "en", value: `Generated advisory ${i}` }],
        metrics: {
          cvssMetricV31: [
            {
              source: "nvd@nist.gov",
              type: "Primary",
              cvssData: {
                version: "3.1",
                vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                baseScore: score,
              },
            },
          ],
        },
        ...(i % 97 === 0
          ? {
              cisaExploitAdd: "2025-06-02",
              cisaActionDue: "2025-06-23",
              cisaRequiredAction: "Apply updates",
              cisaVulnerabilityName: `KEV ${i}`,
            }
          : {}),
        configurations: [{ nodes: [{ operator: "OR", negate: false, cpeMatch }] }],
        references: [],
      },
    });
  }
  return enc.encode(
    JSON.stringify({
      format: "NVD_CVE",
      version: "2.0",
      resultsPerPage: count,
      startIndex: from,
      totalResults: count,
      timestamp: "2025-07-01T00:00:00.000",
      vulnerabilities,
    }),
  );
}

export function jvnPage(r: Rng, from: number, count: number, universe: Array<[string, string]>) {
  const items = [];
  for (let i = from; i < from + count; i++) {
    const [v, p] = universe[Math.floor(r.next() * universe.length)];
    const text =
      r.next() < 0.5
        ? `${version(r)} およびそれ以前`
        : r.next() < 0.5
          ? `${version(r)} から ${version(r)} まで`
          : `v${1 + Math.floor(r.next() * 9)} R${Math.floor(r.next() * 9)} およびそれ以前`;
    const id = `JVNDB-2025-${String(100000 + i).padStart(6, "0")}`;
    items.push(
      `<Vulinfo><VulinfoID>${id}</VulinfoID><VulinfoData><Title>生成された脆弱性 ${i}</Title><VulinfoDescription><Overview>概要</Overview></VulinfoDescription><Affected><AffectedItem><Name>${v}</Name><ProductName>${p}</ProductName><Cpe version="2.2">cpe:/a:${v}:${p}</Cpe><VersionNumber>${text}</VersionNumber></AffectedItem></Affected><Impact><Cvss version="3.0"><Severity type="Base">Medium</Severity><Base>5.3</Base><Vector>CVSS:3.0/AV:N</Vector></Cvss></Impact><Related>${i % 3 === 0 ? `<RelatedItem type="advisory"><Name>CVE</Name><VulinfoID>CVE-2025-${10000 + (i % 40000)}</VulinfoID><URL>https://www.cve.org/</URL></RelatedItem>` : ""}</Related><DateFirstPublished>2025-06-01T12:00:00+09:00</DateFirstPublished><DateLastUpdated>2025-06-02T12:00:00+09:00</DateLastUpdated></VulinfoData></Vulinfo>`,
    );
  }
  return enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><VULDEF-Document version="3.2" xmlns="http://jvn.jp/vuldef/" xmlns:status="http://jvndb.jvn.jp/myjvn/Status">${items.join("")}<status:Status version="3.3" retCd="0" errCd="" errMsg=""/></VULDEF-Document>`,
  );
}

function p95(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

export const vulnerabilitiesSection: BenchSection = {
  id: "vulnerabilities",
  title: "Vulnerabilities: advisory import, matching, an owner's tasks",
  needs: [],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    if (!database) throw new Error("vulnerabilities section needs the database");
    const db = database.db;
    const r = new Rng(`${ctx.seed}-vuln`);
    const nNvd = Math.round(40_000 / ctx.divisor);
    const nJvn = Math.round(15_000 / ctx.divisor);
    const nInst = Math.round(30_000 / ctx.divisor);
    // 20,000 vendor/product pairs named by advisories; the organization runs 1,500 of them.
    const universe: Array<[string, string]> = Array.from({ length: 20_000 }, (_, i) => [
      `vendor${i % 3000}`,
      `product${i}`,
    ]);
    const installed = Array.from({ length: 1500 }, () => universe[Math.floor(r.next() * universe.length)]);

    const files = [];
    for (let i = 0; i < nNvd; i += 2000)
      files.push({ name: `nvd-${i}.json`, bytes: nvdPage(r, i, Math.min(2000, nNvd - i), universe) });
    for (let i = 0; i < nJvn; i += 1000)
      files.push({ name: `jvn-${i}.xml`, bytes: jvnPage(r, i, Math.min(1000, nJvn - i), universe) });
    ctx.log(`vulnerabilities: importing ${nNvd} NVD + ${nJvn} JVN advisories in ${files.length} files`);
    // Baseline: the same files parsed and linked only (no database), in this run.
    const tp = performance.now();
    for (const f of files) linkProblems(parseFeed(f.name, f.bytes));
    const parseOnlyS = (performance.now() - tp) / 1000;
    const t0 = performance.now();
    const imported = await importFeedFiles(db, null, files, new Date());
    const importS = (performance.now() - t0) / 1000;
    const failed = imported.results.filter((x) => x.status === "failed");
    if (failed.length) throw new Error(`generated feed failed: ${JSON.stringify(failed[0].error)}`);

    // Products (one per installed pair and version) and installations on 6-per-host systems.
    const ownerA = randomUUID();
    const dept = randomUUID();
    const productRows = installed.map(([v, p]) => {
      const ver = version(r);
      return {
        vendor: v,
        product: p,
        version: ver,
        cpe: `cpe:2.3:a:${v}:${p}:${ver}:*:*:*:*:*:*:*`,
        cpeVendor: v,
        cpeProduct: p,
      };
    });
    const uniqueProducts = [
      ...new Map(productRows.map((x) => [`${x.vendor}/${x.product}/${x.version}`, x])).values(),
    ];
    const products = await db
      .insert(softwareProducts)
      .values(uniqueProducts)
      .returning({ id: softwareProducts.id });
    const instRows = Array.from({ length: nInst }, (_, i) => ({
      productId: products[Math.floor(r.next() * products.length)].id,
      assetId: `00000000-0000-4000-8000-${String(Math.floor(i / 6)).padStart(12, "0")}`,
      departmentId: dept,
      ownerPersonId: i < 60 ? ownerA : randomUUID(),
    }));
    for (let i = 0; i < instRows.length; i += 2000)
      await db.insert(softwareInstallations).values(instRows.slice(i, i + 2000));

    const profile = loadProfile("nishihara");
    const t1 = performance.now();
    const run = await runMatching(db, null, profile, new Date(), {});
    const matchS = (performance.now() - t1) / 1000;

    // Naive baseline: every criterion / JVN item of a slice of advisories against every installation.
    const total = (
      (await db.execute(sql`select count(*)::int as n from vuln_advisories`)) as unknown as {
        rows: Array<{ n: number }>;
      }
    ).rows[0].n;
    const slice = (await db.execute(
      sql`select configurations, jvn_affected from vuln_advisories order by key limit ${Math.max(50, Math.round(1000 / ctx.divisor))}`,
    )) as unknown as {
      rows: Array<{
        configurations: Array<{
          nodes: Array<{ cpeMatch: Array<{ criteria: string; range?: Record<string, string> }> }>;
        }>;
        jvn_affected: Array<{ items: Array<{ cpe?: string; versionText: string | null }> }>;
      }>;
    };
    const productById = new Map(products.map((p, i) => [p.id, uniqueProducts[i]]));
    const parsed = new Map(uniqueProducts.map((p) => [p.cpe, parseFormattedString(p.cpe)]));
    const insts = instRows.map((x) => {
      const p = productById.get(x.productId) as (typeof uniqueProducts)[number];
      return { wfn: parsed.get(p.cpe) as ReturnType<typeof parseFormattedString>, version: p.version };
    });
    const t2 = performance.now();
    let naiveHits = 0;
    for (const a of slice.rows) {
      const criteria = a.configurations
        .flatMap((c) => c.nodes.flatMap((n) => n.cpeMatch))
        .map((m) => ({
          vulnerable: true,
          criteria: parseFormattedString(m.criteria),
          text: m.criteria,
          range: m.range,
        }));
      const items = a.jvn_affected
        .flatMap((e) => e.items)
        .map((x) => ({ cpe: x.cpe ? parseUri(x.cpe) : undefined, versionText: x.versionText }));
      for (const inst of insts) {
        for (const c of criteria) if (matchCriterion(c, inst.wfn).verdict !== "no") naiveHits++;
        for (const it of items)
          if (matchJvnAffected(it, { wfn: inst.wfn, version: inst.version }).verdict !== "no") naiveHits++;
      }
    }
    const naivePerAdvisory = (performance.now() - t2) / 1000 / slice.rows.length;
    const naiveS = naivePerAdvisory * Number(total);

    // An owner's task list (60 installations), 200 times.
    const actor = {
      userId: "u",
      personId: ownerA,
      loginId: "bench",
      name: "bench",
      departmentId: null,
      bureauId: null,
      grants: [],
      sessionId: "s",
    } as Actor;
    const times: number[] = [];
    let tasks = 0;
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      tasks = (await listTasks(db, actor, 200)).length;
      times.push(performance.now() - s);
    }
    const figures: Figure[] = [
      {
        key: "vulnerabilities.import_advisories_per_s",
        label: `import ${nNvd + nJvn} advisories (${files.length} files; parse ${Math.round(imported.ms.parse)} ms, write ${Math.round(imported.ms.write)} ms)`,
        value: Math.round((nNvd + nJvn) / importS),
        unit: "advisories/s",
        baseline: {
          label: "the same files parsed and linked only, no database",
          value: Math.round((nNvd + nJvn) / parseOnlyS),
          unit: "advisories/s",
        },
        target: { op: ">=", value: 2000, unit: "advisories/s" },
      },
      {
        key: "vulnerabilities.match_all_s",
        label: `match ${total} advisories × ${nInst} installations (${run.results.length} matches; load ${Math.round(run.ms.load)} ms, match ${Math.round(run.ms.match)} ms, write ${Math.round(run.ms.write)} ms)`,
        value: Math.round(matchS * 100) / 100,
        unit: "s",
        baseline: {
          label: `naive nested loop (measured on ${slice.rows.length} advisories, scaled)`,
          value: Math.round(naiveS * 10) / 10,
          unit: "s",
        },
        target: { op: "<=", value: 30, unit: "s" },
        note: `naive slice hits ${naiveHits}`,
      },
      {
        key: "vulnerabilities.owner_tasks_p95_ms",
        label: `an owner's task list (${tasks} tasks), 200 calls`,
        value: Math.round(p95(times) * 10) / 10,
        unit: "ms",
        target: { op: "<=", value: 50, unit: "ms" },
      },
    ];
    return figures;
  },
};
