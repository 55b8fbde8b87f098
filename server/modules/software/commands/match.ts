/**
 * The matching job: advisories against installations. Candidates come from the product index
 * (vendor/product keys, MyJVN product ids) so work grows with real overlaps, not with
 * advisories × installations; each candidate advisory is then evaluated per host with everything
 * installed on it (NVD "running on" configurations need the platform). Results are upserted into
 * vuln_matches without touching a decision: state, reason and evidence survive re-import and
 * re-matching; a pair that no longer matches is marked stale.
 * A correction of a product (its CPE, version or JVN product ids) re-matches the hosts running it
 * inside the correcting transaction (`runMatchingIn`), so the catalog and the matches never disagree.
 */

import { and, inArray, isNull, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { jstDateSql, rowsOf, uuidListSql } from "../../../db/sql";
import { type UnnestType, unnestInsert } from "../../../db/unnest";
import type { RequestContext } from "../../../http/context";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { compareAttribute } from "../domain/cpe/compare";
import { parseFormattedString } from "../domain/cpe/formatted-string";
import { parseUri } from "../domain/cpe/uri";
import { str, type Wfn } from "../domain/cpe/wfn";
import { addDays, deadlineDays } from "../domain/deadline";
import type { JvnAffected } from "../domain/jvn-version";
import {
  type AdvisoryForMatching,
  type HostInstallation,
  matchOnHost,
  productKeyOf,
} from "../domain/match-installation";
import { loadConfigurations, type StoredAdvisory } from "../feeds/merge";
import { softwareInstallations, softwareProducts, vulnAdvisories, vulnAdvisoryProducts } from "../tables";

defineKindTexts("software", {
  task_new: { ja: "担当の機器に該当する脆弱性があります", en: "Vulnerabilities found on what you own" },
});

interface Inst extends HostInstallation {
  assetId: string;
  departmentId: string;
  ownerPersonId: string | null;
}

const MATCH_COLUMNS: Array<{ name: string; key: string; type: UnnestType }> = [
  { name: "advisory_id", key: "advisoryId", type: "uuid" },
  { name: "installation_id", key: "installationId", type: "uuid" },
  { name: "department_id", key: "departmentId", type: "uuid" },
  { name: "owner_person_id", key: "ownerPersonId", type: "uuid" },
  { name: "verdict", key: "verdict", type: "text" },
  { name: "reason", key: "reason", type: "jsonb" },
  { name: "severity", key: "severity", type: "text" },
  { name: "kev", key: "kev", type: "bool" },
  { name: "due_on", key: "dueOn", type: "date" },
  { name: "first_matched_at", key: "firstMatchedAt", type: "timestamptz" },
  { name: "last_matched_at", key: "lastMatchedAt", type: "timestamptz" },
];

export interface MatchResult {
  advisoryId: string;
  installationId: string;
  verdict: "affected" | "confirm";
  reason: { ja: string; en: string } | null;
}

async function loadInstallations(db: DbOrTx, installationIds?: readonly string[]): Promise<Inst[]> {
  const rows = await db
    .select({
      id: softwareInstallations.id,
      assetId: softwareInstallations.assetId,
      departmentId: softwareInstallations.departmentId,
      ownerPersonId: softwareInstallations.ownerPersonId,
      cpe: softwareProducts.cpe,
      version: softwareProducts.version,
      jvnProductIds: softwareProducts.jvnProductIds,
    })
    .from(softwareInstallations)
    .innerJoin(softwareProducts, sql`${softwareProducts.id} = ${softwareInstallations.productId}`)
    .where(
      and(
        isNull(softwareInstallations.removedAt),
        installationIds
          ? sql`${softwareInstallations.assetId} in (select asset_id from software_installations where id in (${uuidListSql(installationIds)}))`
          : undefined,
      ),
    );
  // One parse per distinct CPE string (many installations share a product).
  const parsed = new Map<string, Wfn | null>();
  return rows.map((r) => {
    let wfn: Wfn | null = null;
    if (r.cpe) {
      if (!parsed.has(r.cpe)) parsed.set(r.cpe, parseFormattedString(r.cpe));
      wfn = parsed.get(r.cpe) ?? null;
    }
    return {
      id: r.id,
      assetId: r.assetId,
      departmentId: r.departmentId,
      ownerPersonId: r.ownerPersonId,
      wfn,
      version: r.version,
      jvnProductIds: r.jvnProductIds,
    };
  });
}

/** Pure part of the job: candidates from the index, then per-host evaluation. */
export function matchAll(
  installations: readonly Inst[],
  index: ReadonlyArray<{
    advisoryId: string;
    vendor: string;
    product: string;
    pattern: boolean;
    jvnProductId: string | null;
  }>,
  advisories: ReadonlyMap<string, AdvisoryForMatching>,
): MatchResult[] {
  const byKey = new Map<string, Inst[]>();
  const byJvnId = new Map<string, Inst[]>();
  const byAsset = new Map<string, Inst[]>();
  for (const i of installations) {
    const k = productKeyOf(i.wfn);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), i]);
    for (const id of i.jvnProductIds) byJvnId.set(id, [...(byJvnId.get(id) ?? []), i]);
    byAsset.set(i.assetId, [...(byAsset.get(i.assetId) ?? []), i]);
  }
  const distinctKeys = [...byKey.keys()].map((k) => k.split("\u0000") as [string, string]);
  // advisory → assets with a candidate installation
  const candidates = new Map<string, Set<string>>();
  const add = (advisoryId: string, list: Inst[] | undefined) => {
    if (!list?.length) return;
    let set = candidates.get(advisoryId);
    if (!set) {
      set = new Set();
      candidates.set(advisoryId, set);
    }
    for (const i of list) set.add(i.assetId);
  };
  for (const row of index) {
    if (row.jvnProductId) add(row.advisoryId, byJvnId.get(row.jvnProductId));
    else if (!row.pattern && row.vendor !== "*" && row.product !== "*")
      add(row.advisoryId, byKey.get(`${row.vendor}\u0000${row.product}`));
    else {
      // ANY or a wildcard pattern in vendor/product: compared with each distinct installed key.
      const v = row.vendor === "*" ? null : row.vendor;
      const p = row.product === "*" ? null : row.product;
      for (const [kv, kp] of distinctKeys) {
        const ok = (pat: string | null, val: string) =>
          pat === null || ["EQUAL", "SUPERSET"].includes(compareAttribute(str(pat), str(val)));
        if (ok(v, kv) && ok(p, kp)) add(row.advisoryId, byKey.get(`${kv}\u0000${kp}`));
      }
    }
  }
  const out: MatchResult[] = [];
  for (const [advisoryId, assets] of candidates) {
    const advisory = advisories.get(advisoryId);
    if (!advisory) continue;
    for (const assetId of assets) {
      for (const [installationId, o] of matchOnHost(advisory, byAsset.get(assetId) ?? [])) {
        out.push({
          advisoryId,
          installationId,
          verdict: o.verdict === "yes" ? "affected" : "confirm",
          reason: o.reason ?? null,
        });
      }
    }
  }
  return out;
}

function forMatching(a: Pick<StoredAdvisory, "configurations" | "jvnAffected">): AdvisoryForMatching {
  const configurations = loadConfigurations(a.configurations);
  const nvdProducts = new Set<string>();
  for (const c of configurations)
    for (const n of c.nodes)
      for (const m of n.cpeMatch) {
        const k = m.vulnerable ? productKeyOf(m.criteria) : null;
        if (k) nvdProducts.add(k);
      }
  const jvn: JvnAffected[] = a.jvnAffected.flatMap((e) =>
    e.items.map((item) => ({
      cpe: item.cpe ? parseUri(item.cpe) : undefined,
      productIds: item.productIds,
      versionText: item.versionText,
    })),
  );
  return { configurations, nvdProducts, jvn };
}

export interface MatchRun {
  results: MatchResult[];
  inserted: number;
  stale: number;
  ms: { load: number; match: number; write: number };
}

/** What a run covers: everything, advisories (after an import), installations (after
 * registration: their hosts are re-evaluated whole) or products (after a correction of what
 * matching reads: every host running the product is re-evaluated whole). */
export interface MatchScope {
  advisoryIds?: readonly string[];
  installationIds?: readonly string[];
  productIds?: readonly string[];
}

/** Runs the job in a transaction of its own (an import, a registration, the scheduled run). */
export async function runMatching(
  db: Db,
  ctx: RequestContext | null,
  profile: Profile,
  now: Date,
  scope: MatchScope = {},
): Promise<MatchRun> {
  return db.transaction((tx) => runMatchingIn(tx, ctx, profile, now, scope));
}

/**
 * Runs the job inside the caller's transaction, so a change and the matches it causes (with the
 * run's audit event) are written together or not at all.
 */
export async function runMatchingIn(
  tx: DbOrTx,
  ctx: RequestContext | null,
  profile: Profile,
  now: Date,
  given: MatchScope = {},
): Promise<MatchRun> {
  const t0 = performance.now();
  let scope: { advisoryIds?: readonly string[]; installationIds?: readonly string[] } = given;
  if (given.productIds) {
    const ids = rowsOf<{ id: string }>(
      await tx.execute(
        sql`select id from software_installations where removed_at is null and product_id in (${uuidListSql(given.productIds)})`,
      ),
    ).map((r) => r.id);
    // No installation ever ran the product: nothing to match, nothing to mark stale.
    if (!ids.length) return { results: [], inserted: 0, stale: 0, ms: { load: 0, match: 0, write: 0 } };
    scope = { installationIds: ids };
  }
  const installations = await loadInstallations(tx, scope.installationIds);
  const index = await tx
    .select()
    .from(vulnAdvisoryProducts)
    .where(
      and(
        scope.advisoryIds ? inArray(vulnAdvisoryProducts.advisoryId, [...scope.advisoryIds]) : undefined,
        sql`${vulnAdvisoryProducts.advisoryId} in (select id from vuln_advisories where superseded_by is null)`,
      ),
    );
  // Only advisories with a candidate are loaded whole.
  const keys = new Set(installations.map((i) => productKeyOf(i.wfn)).filter(Boolean));
  const jvnIds = new Set(installations.flatMap((i) => i.jvnProductIds));
  const wanted = [
    ...new Set(
      index
        .filter(
          (r) =>
            r.pattern ||
            r.vendor === "*" ||
            r.product === "*" ||
            keys.has(`${r.vendor}\u0000${r.product}`) ||
            (r.jvnProductId && jvnIds.has(r.jvnProductId)),
        )
        .map((r) => r.advisoryId),
    ),
  ];
  const advisories = new Map<string, AdvisoryForMatching>();
  const meta = new Map<string, { severity: string | null; kev: boolean }>();
  for (let i = 0; i < wanted.length; i += 1000) {
    const rows = await tx
      .select({
        id: vulnAdvisories.id,
        configurations: vulnAdvisories.configurations,
        jvnAffected: vulnAdvisories.jvnAffected,
        severity: vulnAdvisories.severity,
        kev: vulnAdvisories.kev,
      })
      .from(vulnAdvisories)
      .where(inArray(vulnAdvisories.id, wanted.slice(i, i + 1000)));
    for (const r of rows) {
      advisories.set(r.id, forMatching(r as unknown as StoredAdvisory));
      meta.set(r.id, { severity: r.severity, kev: r.kev != null });
    }
  }
  const t1 = performance.now();
  const results = matchAll(installations, index, advisories);
  const t2 = performance.now();
  const written = await writeMatches(tx, ctx, profile, now, scope, given, installations, results, meta);
  const t3 = performance.now();
  return { results, ...written, ms: { load: t1 - t0, match: t2 - t1, write: t3 - t2 } };
}

async function writeMatches(
  tx: DbOrTx,
  ctx: RequestContext | null,
  profile: Profile,
  now: Date,
  scope: { advisoryIds?: readonly string[]; installationIds?: readonly string[] },
  given: MatchScope,
  installations: readonly Inst[],
  results: readonly MatchResult[],
  meta: ReadonlyMap<string, { severity: string | null; kev: boolean }>,
) {
  const today = todayJst(now);
  const rule = profile.software?.vulnerabilities ?? null;
  const byId = new Map(installations.map((i) => [i.id, i]));
  const runId = `${now.getTime()}-${Math.random().toString(36).slice(2)}`;
  let inserted = 0;
  const newByOwner = new Map<string, number>();
  // One INSERT … SELECT FROM unnest per 5,000 pairs (one array parameter per column), upserted on
  // the pair; RETURNING says which rows are new (xmax = 0) and whose they are.
  for (let i = 0; i < results.length; i += 5000) {
    const values = results.slice(i, i + 5000).map((r) => {
      const inst = byId.get(r.installationId) as Inst;
      const m = meta.get(r.advisoryId) ?? { severity: null, kev: false };
      return {
        advisoryId: r.advisoryId,
        installationId: r.installationId,
        departmentId: inst.departmentId,
        ownerPersonId: inst.ownerPersonId,
        verdict: r.verdict,
        reason: r.reason,
        severity: m.severity,
        kev: m.kev,
        dueOn: rule ? addDays(today, deadlineDays(rule, m.severity, m.kev)) : null,
        firstMatchedAt: now,
        lastMatchedAt: now,
      };
    });
    // The decision (state, reasons, evidence, acceptance) is never touched here.
    const tail = sql`on conflict (advisory_id, installation_id) do update set
        verdict = excluded.verdict, reason = excluded.reason, severity = excluded.severity,
        kev = excluded.kev, department_id = excluded.department_id,
        owner_person_id = excluded.owner_person_id,
        due_on = case when excluded.due_on is null then null
                 else ${jstDateSql(sql`vuln_matches.first_matched_at`)} + (excluded.due_on - ${today}::date) end,
        last_matched_at = excluded.last_matched_at, stale = false
      returning (xmax = 0) as fresh, owner_person_id as owner`;
    const rows = rowsOf<{ fresh: boolean; owner: string | null }>(
      await tx.execute(unnestInsert("vuln_matches", MATCH_COLUMNS, values, tail)),
    );
    for (const r of rows.filter((x) => x.fresh)) {
      inserted++;
      if (r.owner) newByOwner.set(r.owner, (newByOwner.get(r.owner) ?? 0) + 1);
    }
  }
  // Each new match is a task of the host's owner (#19 item 5): one notice per owner and run, in
  // this transaction; a person who chose the daily digest gets it there. Owners with the same
  // count share one notify call (its statements take the recipients in slices), so a first run
  // over thousands of owners costs a few statements, not three per owner.
  const ownersByCount = new Map<number, string[]>();
  for (const [owner, n] of newByOwner) ownersByCount.set(n, [...(ownersByCount.get(n) ?? []), owner]);
  for (const [n, owners] of ownersByCount)
    await notify(tx, {
      to: owners,
      module: "software",
      kind: "task_new",
      link: "/vulnerabilities",
      now,
      message: {
        ja: `担当の機器・システムに該当する脆弱性が ${n} 件見つかりました。対応を記録してください。`,
        en: `${n} vulnerabilities were found on systems or devices you own. Record what you do.`,
      },
    });
  // Pairs of this scope not found this time: stale (kept with their history).
  const scopeSql = scope.advisoryIds
    ? sql`advisory_id in (${uuidListSql(scope.advisoryIds)})`
    : scope.installationIds
      ? sql`installation_id in (select id from software_installations where asset_id in (select asset_id from software_installations where id in (${uuidListSql(scope.installationIds)})))`
      : sql`true`;
  // By the pairs found, not by time: two runs within one clock tick must not keep a lost pair.
  const found = (k: "advisoryId" | "installationId") => `{${results.map((r) => r[k]).join(",")}}`;
  const staleRows = await tx.execute(
    sql`update vuln_matches m set stale = true where ${scopeSql} and not m.stale
          and not exists (select 1 from unnest(${found("advisoryId")}::uuid[], ${found("installationId")}::uuid[]) f(a, i)
                           where f.a = m.advisory_id and f.i = m.installation_id)`,
  );
  const stale = Number(
    (staleRows as { affectedRows?: number; rowCount?: number }).affectedRows ??
      (staleRows as { rowCount?: number }).rowCount ??
      0,
  );
  await recordEvent(
    tx,
    ctx,
    {
      type: "vulnerability.matched",
      targetType: "vuln_match_run",
      targetId: runId,
      data: {
        matches: results.length,
        inserted,
        stale,
        scope: given.productIds
          ? "products"
          : scope.advisoryIds
            ? "advisories"
            : scope.installationIds
              ? "installations"
              : "all",
        ...(given.productIds ? { productIds: given.productIds } : {}),
      },
    },
    now,
  );
  return { inserted, stale };
}
