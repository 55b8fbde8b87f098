/**
 * `sekimori vuln import FILE…` and the upload screen: each file is parsed completely before
 * anything is written, then written in one transaction with its import record and audit event.
 * A file that fails imports nothing; its located error is kept on a failed import record.
 */

import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { arrayLiteral, type UnnestType, unnestInsert } from "../../../db/unnest";
import { attachmentName } from "../../../http/attachment-name";
import type { RequestContext } from "../../../http/context";
import { type FeedAdvisory, FeedError } from "../feeds/advisory";
import { mergeProblem, productKeys, type StoredAdvisory } from "../feeds/merge";
import { linkProblems, type ProblemDraft, parseFeed } from "../feeds/parse";
import { vulnAdvisories, vulnAdvisoryProducts, vulnImports } from "../tables";

export interface FeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileResult {
  file: string;
  importId: string;
  status: "imported" | "failed";
  advisories: number;
  error?: { location: string; ja: string; en: string };
}

const BATCH = 500;

type Row = typeof vulnAdvisories.$inferSelect;
const toStored = (r: Row): StoredAdvisory => ({
  key: r.key,
  cveId: r.cveId,
  jvndbIds: r.jvndbIds,
  title: r.title,
  titleJa: r.titleJa,
  description: r.description,
  descriptionJa: r.descriptionJa,
  severity: r.severity,
  score: r.score,
  cvss: r.cvss as StoredAdvisory["cvss"],
  kev: r.kev as StoredAdvisory["kev"],
  configurations: r.configurations as StoredAdvisory["configurations"],
  jvnAffected: r.jvnAffected as StoredAdvisory["jvnAffected"],
  references: r.references as string[],
  published: r.published?.toISOString() ?? null,
  modified: r.modified?.toISOString() ?? null,
});

/**
 * Writes one batch of problems. A JVNDB-only advisory whose entry now names a CVE becomes that
 * CVE's advisory (its matches and decisions stay), unless the CVE is already known — then it is
 * marked superseded by it.
 */
async function upsertBatch(tx: DbOrTx, drafts: ProblemDraft[], now: Date): Promise<string[]> {
  const keys = drafts.map((d) => d.key);
  const jvnIds = [...new Set(drafts.filter((d) => d.cveId).flatMap((d) => d.jvn.map((j) => j.sourceId)))];
  const existing = await tx
    .select()
    .from(vulnAdvisories)
    .where(
      jvnIds.length
        ? sql`${inArray(vulnAdvisories.key, keys)} or ${vulnAdvisories.key} in (${sql.join(
            jvnIds.map((j) => sql`${j}`),
            sql`, `,
          )})`
        : inArray(vulnAdvisories.key, keys),
    );
  const byKey = new Map(existing.map((r) => [r.key, r]));
  const rekeyed = new Set<string>();
  const rekeyedIds = new Set<string>();
  const values: Array<typeof vulnAdvisories.$inferInsert> = [];
  const superseded: Array<{ jvnKey: string; cveKey: string }> = [];
  for (const d of drafts) {
    let current = byKey.get(d.key) ?? null;
    for (const j of d.cveId ? d.jvn : []) {
      const jvnOnly = byKey.get(j.sourceId);
      if (!jvnOnly || jvnOnly.cveId) continue;
      if (!current && !rekeyed.has(j.sourceId)) {
        current = jvnOnly; // the JVNDB-only advisory becomes this CVE's (same id, same matches)
        rekeyed.add(j.sourceId);
        rekeyedIds.add(jvnOnly.id);
      } else if (current?.id !== jvnOnly.id) superseded.push({ jvnKey: j.sourceId, cveKey: d.key });
    }
    const merged = mergeProblem(current ? toStored(current) : null, d);
    values.push({
      ...(current ? { id: current.id } : {}),
      key: merged.key,
      cveId: merged.cveId,
      jvndbIds: merged.jvndbIds,
      title: merged.title,
      titleJa: merged.titleJa,
      description: merged.description,
      descriptionJa: merged.descriptionJa,
      severity: merged.severity,
      score: merged.score,
      cvss: merged.cvss,
      kev: merged.kev,
      configurations: merged.configurations,
      jvnAffected: merged.jvnAffected,
      references: merged.references,
      published: merged.published ? new Date(merged.published) : null,
      modified: merged.modified ? new Date(merged.modified) : null,
      importedAt: now,
    });
  }
  // Re-keyed rows are updated by id (their key changes); the rest, new or not, are upserted by key
  // in one statement per batch.
  const byId = values.filter((v) => v.id && rekeyedIds.has(v.id));
  const byKeyRows = values.filter((v) => !(v.id && rekeyedIds.has(v.id)));
  const idByKey = new Map<string, string>();
  for (const v of byId) {
    await tx.update(vulnAdvisories).set(v).where(sql`${vulnAdvisories.id} = ${v.id}`);
    idByKey.set(v.key, v.id as string);
  }
  if (byKeyRows.length) {
    const upserted = rowsOf<{ id: string; key: string }>(
      await tx.execute(
        unnestInsert(
          "vuln_advisories",
          ADVISORY_COLUMNS,
          byKeyRows.map((v) => ({ ...v, jvndbIds: arrayLiteral(v.jvndbIds ?? []) })),
          ADVISORY_UPSERT,
        ),
      ),
    );
    for (const r of upserted) idByKey.set(r.key, r.id);
  }
  for (const s of superseded) {
    await tx.execute(
      sql`update vuln_advisories set superseded_by = (select id from vuln_advisories where key = ${s.cveKey}) where key = ${s.jvnKey}`,
    );
  }
  const ids = [...idByKey.values()];
  await tx.delete(vulnAdvisoryProducts).where(inArray(vulnAdvisoryProducts.advisoryId, ids));
  // The product index, rebuilt for the written advisories.
  const rows = values.flatMap((v) =>
    productKeys(mergeProblemView(v)).map((k) => ({ advisoryId: idByKey.get(v.key) as string, ...k })),
  );
  for (let i = 0; i < rows.length; i += 5000)
    await tx.execute(unnestInsert("vuln_advisory_products", PRODUCT_COLUMNS, rows.slice(i, i + 5000)));
  return ids;
}

type Col = { name: string; key: string; type: UnnestType };
const ADVISORY_COLUMNS: Col[] = [
  { name: "key", key: "key", type: "text" },
  { name: "cve_id", key: "cveId", type: "text" },
  { name: "jvndb_ids", key: "jvndbIds", type: "text[]" },
  { name: "title", key: "title", type: "text" },
  { name: "title_ja", key: "titleJa", type: "text" },
  { name: "description", key: "description", type: "text" },
  { name: "description_ja", key: "descriptionJa", type: "text" },
  { name: "severity", key: "severity", type: "text" },
  { name: "score", key: "score", type: "text" },
  { name: "cvss", key: "cvss", type: "jsonb" },
  { name: "kev", key: "kev", type: "jsonb" },
  { name: "configurations", key: "configurations", type: "jsonb" },
  { name: "jvn_affected", key: "jvnAffected", type: "jsonb" },
  { name: "references", key: "references", type: "jsonb" },
  { name: "published", key: "published", type: "timestamptz" },
  { name: "modified", key: "modified", type: "timestamptz" },
  { name: "imported_at", key: "importedAt", type: "timestamptz" },
];
const ADVISORY_UPSERT = sql.raw(
  `ON CONFLICT ("key") DO UPDATE SET ${ADVISORY_COLUMNS.filter((c) => c.name !== "key")
    .map((c) => `"${c.name}" = excluded."${c.name}"`)
    .join(", ")} RETURNING id, key`,
);
const PRODUCT_COLUMNS: Col[] = [
  { name: "advisory_id", key: "advisoryId", type: "uuid" },
  { name: "vendor", key: "vendor", type: "text" },
  { name: "product", key: "product", type: "text" },
  { name: "pattern", key: "pattern", type: "bool" },
  { name: "jvn_product_id", key: "jvnProductId", type: "text" },
];

const mergeProblemView = (v: typeof vulnAdvisories.$inferInsert) =>
  ({ configurations: v.configurations, jvnAffected: v.jvnAffected }) as StoredAdvisory;

/**
 * The name a feed file is kept and shown under: the sender's name cleaned like an attachment's
 * (no path, no bidi override), with the extension of what the bytes are (gzip, XML or JSON).
 */
export function feedFileName(name: string, bytes: Uint8Array): string {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  const type =
    bytes[0] === 0x1f && bytes[1] === 0x8b
      ? "application/gzip"
      : bytes[i] === 0x3c
        ? "application/xml"
        : "application/json";
  return attachmentName(name, type);
}

async function recordImport(
  tx: DbOrTx,
  ctx: RequestContext | null,
  file: FeedFile,
  sha256: string,
  outcome: { advisories: FeedAdvisory[]; error?: FeedError },
  now: Date,
) {
  const format = outcome.advisories[0]?.source ?? null;
  const error = outcome.error
    ? { location: outcome.error.location, ja: outcome.error.ja, en: outcome.error.en }
    : null;
  const [row] = await tx
    .insert(vulnImports)
    .values({
      fileName: feedFileName(file.name, file.bytes),
      sha256,
      format,
      status: error ? "failed" : "imported",
      advisoryCount: error ? 0 : outcome.advisories.length,
      error,
      importedByPersonId: ctx?.actor?.personId ?? null,
      importedAt: now,
    })
    .returning({ id: vulnImports.id });
  await recordEvent(
    tx,
    ctx,
    {
      type: error ? "vulnerability.import_failed" : "vulnerability.imported",
      targetType: "vuln_import",
      targetId: row.id,
      data: {
        file: feedFileName(file.name, file.bytes),
        sha256,
        format,
        advisories: error ? 0 : outcome.advisories.length,
        error,
      },
    },
    now,
  );
  return row.id;
}

/** Advisories written before the statistics are looked at (see `refreshStatistics`). */
const ANALYZE_AFTER = 2000;

/**
 * Re-reads the planner's statistics of the advisory tables once an import has added as many
 * advisories as the statistics know of. PGlite runs no autovacuum, so without this the tables
 * keep the statistics of their creation (none): the per-batch delete of product index rows
 * then seq-scans vuln_advisory_products, and each batch costs more the bigger the table is
 * (at 50,000 advisories, a 400 ms seq scan for 961 rows). Doubling keeps it to a few ANALYZEs
 * a year's import; PostgreSQL's autovacuum would do the same, and an extra ANALYZE is harmless.
 */
async function refreshStatistics(db: DbOrTx, grown: number): Promise<boolean> {
  const [known] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'vuln_advisories'::regclass`,
    ),
  );
  if (grown < Number(known?.n ?? 0)) return false;
  await db.execute(sql`analyze vuln_advisories, vuln_advisory_products`);
  return true;
}

/**
 * Imports files one by one; returns each file's result and the ids of advisories written. Given
 * the database, each file is a transaction of its own; given a transaction (the fetch job's),
 * each file is a savepoint in it — all or nothing per file either way, and no second connection
 * is asked for (PGlite has one).
 */
export async function importFeedFiles(
  db: DbOrTx,
  ctx: RequestContext | null,
  files: readonly FeedFile[],
  now: Date,
): Promise<{ results: FileResult[]; advisoryIds: string[]; ms: { parse: number; write: number } }> {
  const results: FileResult[] = [];
  const advisoryIds: string[] = [];
  const ms = { parse: 0, write: 0 };
  let grown = 0;
  for (const file of files) {
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    let advisories: FeedAdvisory[];
    const t0 = performance.now();
    try {
      advisories = parseFeed(file.name, file.bytes);
    } catch (e) {
      if (!(e instanceof FeedError)) throw e;
      const importId = await db.transaction((tx) =>
        recordImport(tx, ctx, file, sha256, { advisories: [], error: e }, now),
      );
      results.push({
        file: feedFileName(file.name, file.bytes),
        importId,
        status: "failed",
        advisories: 0,
        error: { location: e.location, ja: e.ja, en: e.en },
      });
      continue;
    }
    const drafts = linkProblems(advisories);
    const t1 = performance.now();
    ms.parse += t1 - t0;
    const written = await db.transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < drafts.length; i += BATCH)
        ids.push(...(await upsertBatch(tx, drafts.slice(i, i + BATCH), now)));
      const importId = await recordImport(tx, ctx, file, sha256, { advisories }, now);
      return { ids, importId };
    });
    grown += written.ids.length;
    if (grown >= ANALYZE_AFTER) grown = (await refreshStatistics(db, grown)) ? 0 : grown;
    ms.write += performance.now() - t1;
    advisoryIds.push(...written.ids);
    results.push({
      file: feedFileName(file.name, file.bytes),
      importId: written.importId,
      status: "imported",
      advisories: advisories.length,
    });
  }
  return { results, advisoryIds: [...new Set(advisoryIds)], ms };
}
