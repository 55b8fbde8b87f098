/**
 * The import itself: reads the sheet as a stream, checks every row, and (unless a dry run)
 * upserts the good rows by asset number in batches of 1,000 — all in ONE transaction, with the
 * audit events of the import in it. `all-or-nothing` rolls everything back when any row is bad;
 * `valid-rows` keeps the good rows.
 */

import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { can } from "../../../access";
import { type AuditContext, recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { allPeople, allUnits } from "../../../directory";
import { attachmentName } from "../../../http/attachment-name";
import type { Actor } from "../../../http/context";
import type { Profile } from "../../../profile";
import { type AssetRef, canSeeAsset } from "../access";
import { assetRule, initialClassification, isTopLevel, type Levels, SCHEMES } from "../domain/classification";
import { retentionEnd } from "../domain/lifecycle";
import { recomputeEffective } from "../effective";
import { holdersOver } from "../queries";
import { searchFields } from "../search";
import { type AssetExtra, assetNamedPeople, assetNumberCounters, assets, assetTasks } from "../tables";
import "./access";
import { FIELD_BY_KEY } from "./fields";
import {
  type AssetRowValues,
  buildLookups,
  convertRow,
  type DepartmentRef,
  type HeaderInfo,
  isEmptyRow,
  mapHeaders,
  type RowError,
  recognisedHeaders,
  zoneChoices,
} from "./rows";
import { openSheet, type SheetRowData } from "./sheet";
import { columnLetters } from "./zip";

const MIME_OF = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
} as const;

export type ImportMode = "all-or-nothing" | "valid-rows";

export interface ImportOptions {
  dryRun: boolean;
  mode: ImportMode;
  /** {columnHeader: fieldKey}; "" skips a column. */
  mapping?: Record<string, string>;
  fileName?: string;
  /** Identifies the import in its audit events and progress. */
  importId: string;
}

export interface ImportResult {
  importId: string;
  dryRun: boolean;
  mode: ImportMode;
  /** Did the import write anything? */
  committed: boolean;
  format: "xlsx" | "csv";
  encoding: string | null;
  sheetName: string | null;
  headerRow: number | null;
  /** Data rows (empty rows are skipped and not counted). */
  rows: number;
  valid: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  /** Errors in all; `errors` holds at most MAX_ERRORS of them. */
  errorCount: number;
  mapping: Record<string, string>;
  unmapped: string[];
}

export interface ImportEnv {
  db: Db;
  profile: Profile;
  now: Date;
  ctx: AuditContext;
}

export interface ProgressReport {
  phase: "reading" | "writing";
  processed: number;
  bytesRead: number;
  bytesTotal: number;
  totalRows: number | null;
}

const BATCH = 1000;
const MAX_ERRORS = 5000;
const HEADER_SEARCH_ROWS = 10;

/** The import was refused as a whole (e.g. no header); the API answers 400 with this. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

class Rollback extends Error {}

type AssetRow = typeof assets.$inferSelect;
type AssetInsert = typeof assets.$inferInsert;

interface Pending {
  row: number;
  values: AssetRowValues;
  errors: RowError[];
}

/** Columns the import writes (everything a sheet can hold, plus what follows from it). */
const WRITTEN = [
  "name",
  "kind",
  "departmentId",
  "custodianPersonId",
  "confidentiality",
  "integrity",
  "availability",
  "effectiveConfidentiality",
  "effectiveIntegrity",
  "effectiveAvailability",
  "classificationPending",
  "zone",
  "storagePlace",
  "notes",
  "retentionYears",
  "origin",
  "hasPersonalInfo",
  "specificPersonalInfo",
  "sensitivePersonalInfo",
  "personCount",
  "status",
  "acquiredOn",
  "inUseSince",
  "lastInventoriedOn",
  "disposedOn",
  "subkind",
  "classificationDecideBy",
  "retentionPermanent",
  "retentionUntil",
  "disposalDueDate",
  "extra",
] as const satisfies ReadonlyArray<keyof AssetInsert>;

const COMPARED = WRITTEN.filter((c) => !c.startsWith("effective") && c !== "classificationDecideBy");

/** Every column one import statement writes, with its SQL name and type. */
const INSERTED = (() => {
  const columns = getTableColumns(assets);
  const keys = ["assetNumber", ...WRITTEN, "searchText", "searchGrams", "createdBy", "updatedAt"] as const;
  return keys.map((key) => ({ key, name: columns[key].name, type: columns[key].getSQLType() }));
})();
const INSERT_COLUMNS = sql.raw(INSERTED.map((c) => c.name).join(", "));
/** ON CONFLICT: everything but the number and who created it. */
const UPDATE_SET = sql.raw(
  INSERTED.filter((c) => c.key !== "assetNumber" && c.key !== "createdBy")
    .map((c) => `${c.name} = excluded.${c.name}`)
    .join(", "),
);
/**
 * How each column travels: as one array parameter of its own type, except jsonb (text elements
 * cast per row) and the search grams (one space-separated text per row, split in SQL: grams
 * never hold white space, and string_to_array costs far less than parsing a text[] literal or a
 * JSON array per row).
 */
const UNNEST_SELECT = sql.raw(
  INSERTED.map((c, i) =>
    c.type === "jsonb" ? `c${i}::jsonb` : c.type === "text[]" ? `string_to_array(c${i}, ' ')` : `c${i}`,
  ).join(", "),
);
const UNNEST_ALIASES = sql.raw(INSERTED.map((_, i) => `c${i}`).join(", "));

/** One element of a PostgreSQL array literal (`NULL` or a double-quoted, escaped string). */
function arrayElement(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  const s = v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
  return `"${s.replace(/[\\"]/g, "\\$&")}"`;
}

/** The grams as one space-separated text; none when one holds a space (the trigger computes them then). */
function gramsText(grams: unknown): string {
  const list = (grams ?? []) as string[];
  return list.some((g) => g.includes(" ")) ? "" : list.join(" ");
}

/**
 * One statement per batch: `INSERT … SELECT FROM unnest($1::text[], $2::uuid[], …)`, one array
 * parameter per column (fewer bytes to send and to parse than a JSON document per row, and no
 * query-builder work per value). The database runs the same statement for 1 or 1,000 rows.
 */
async function upsertRows(db: DbOrTx, rows: Array<Record<string, unknown>>) {
  const params = INSERTED.map((c) => {
    const parts = rows.map((r) => arrayElement(c.type === "text[]" ? gramsText(r[c.key]) : r[c.key]));
    return `{${parts.join(",")}}`;
  });
  // The statement text is fixed; only the parameters change from batch to batch.
  const query = sql.join([
    sql.raw(`INSERT INTO assets (`),
    INSERT_COLUMNS,
    sql.raw(") SELECT "),
    UNNEST_SELECT,
    sql.raw(" FROM unnest("),
    sql.join(
      params.map((p, i) => sql`${p}::${sql.raw(argType(INSERTED[i].type))}[]`),
      sql.raw(", "),
    ),
    sql.raw(") AS x("),
    UNNEST_ALIASES,
    sql.raw(") ON CONFLICT (asset_number) DO UPDATE SET "),
    UPDATE_SET,
    sql.raw(" RETURNING id, asset_number"),
  ]);
  const res = await db.execute(query);
  return rowsOf<{ id: string; asset_number: string }>(res).map((r) => ({
    id: r.id,
    assetNumber: r.asset_number,
  }));
}

function argType(type: string): string {
  return type === "jsonb" || type === "text[]" ? "text" : type;
}

const toUnit = (deptById: Map<string, DepartmentRef>, departmentId: string) => ({
  departmentId,
  bureauId: deptById.get(departmentId)?.parentId ?? null,
});

function rowError(row: number, column: string, ja: string, en: string): RowError {
  return { row, column, message_ja: ja, message_en: en };
}

export async function runAssetImport(
  env: ImportEnv,
  path: string,
  options: ImportOptions,
  onProgress: (p: ProgressReport) => void = () => {},
): Promise<ImportResult> {
  const { profile } = env;
  const actor = env.ctx.actor;
  const extraFields = profile.assets?.fields ?? [];
  const today = todayJst(env.now);
  let bytesRead = 0;
  const sheet = await openSheet(path, (n) => {
    bytesRead = n;
  });

  const result: ImportResult = {
    importId: options.importId,
    dryRun: options.dryRun,
    mode: options.mode,
    committed: false,
    format: sheet.format,
    encoding: sheet.encoding,
    sheetName: sheet.sheetName,
    headerRow: null,
    rows: 0,
    valid: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    errorCount: 0,
    mapping: {},
    unmapped: [],
  };
  const addError = (e: RowError) => {
    result.errorCount++;
    if (result.errors.length < MAX_ERRORS) result.errors.push(e);
  };

  const work = async (db: DbOrTx) => {
    // The rows carry search columns computed by searchFields(): the search trigger need not
    // recompute them (migration 0013; rows without grams still go through it).
    if (!options.dryRun) await db.execute(sql`SELECT set_config('sekimori.search_supplied', 'on', true)`);
    const [deptRows, peopleRows] = await Promise.all([allUnits(db), allPeople(db)]);
    const deptById = new Map(deptRows.map((d) => [d.id, d]));
    // A row names a custodian the importer may see, as a body does (#12 item 3): anyone else is
    // "not found", exactly like a number nobody has. The CLI import acts for the organization.
    const bureauOf = (id: string | null) => {
      const parent = id ? deptById.get(deptById.get(id)?.parentId ?? "") : undefined;
      return parent?.kind === "bureau" ? parent.id : null;
    };
    const namable = actor
      ? peopleRows.filter((p) =>
          can(actor, "read", "person", {
            id: p.id,
            departmentId: p.departmentId,
            bureauId: bureauOf(p.departmentId),
          }),
        )
      : peopleRows;
    const lookups = buildLookups(deptRows, namable);
    const zones = zoneChoices(profile);
    let writing = !options.dryRun;
    const seenNumbers = new Map<string, number>();
    const managerOf = new Map<string, string | null>();
    const reclassified = new Set<string>();
    const touched: Array<{
      id: string;
      assetNumber: string;
      action: "created" | "updated";
      fields?: string[];
    }> = [];
    let batchNo = 0;

    let header: HeaderInfo | null = null;
    const preHeader: SheetRowData[] = [];
    const mergesByRow = new Map<number, string[]>();
    let pending: Pending[] = [];

    const fixHeader = (candidates: SheetRowData[]) => {
      const mapped = options.mapping ?? {};
      const hits = (r: SheetRowData) =>
        recognisedHeaders(r.cells) +
        r.cells.filter((c) => typeof c === "string" && Object.hasOwn(mapped, c.trim())).length;
      const best =
        candidates.find((r) => hits(r) >= 2) ?? candidates.find((r) => hits(r) >= 1) ?? candidates[0];
      header = mapHeaders(best.row, best.cells, mapped, extraFields);
      result.headerRow = best.row;
      result.mapping = header.mapping;
      result.unmapped = header.unmapped;
      for (const e of header.errors) addError(e);
      for (const m of sheet.merges) {
        if (m.bottom < best.row) continue;
        if (m.top <= best.row) {
          addError(
            rowError(
              best.row,
              m.ref,
              `見出し行に結合セル（${m.ref}）があります。結合を解除してください。`,
              `The header row has merged cells (${m.ref}). Unmerge them.`,
            ),
          );
          continue;
        }
        for (let r = m.top; r <= m.bottom; r++) mergesByRow.set(r, [...(mergesByRow.get(r) ?? []), m.ref]);
      }
      return candidates.filter((r) => r.row > best.row);
    };

    const report = (phase: "reading" | "writing") =>
      onProgress({
        phase,
        processed: result.rows,
        bytesRead,
        bytesTotal: sheet.bytesTotal,
        totalRows: sheet.lastRow && result.headerRow ? Math.max(0, sheet.lastRow - result.headerRow) : null,
      });

    const handleData = (r: SheetRowData) => {
      const h = header as HeaderInfo | null;
      if (!h || isEmptyRow(r.cells)) return;
      result.rows++;
      const conv = convertRow(r.row, r.cells, h, profile, lookups, zones, extraFields);
      const merged = mergesByRow.get(r.row);
      if (merged)
        conv.errors.push(
          rowError(
            r.row,
            merged.join(","),
            `結合セル（${merged.join("、")}）があります。結合を解除し、各行に値を入力してください。`,
            `Merged cells (${merged.join(", ")}). Unmerge them and fill in every row.`,
          ),
        );
      const number = conv.values.assetNumber;
      if (number) {
        const key = number.normalize("NFKC").toUpperCase();
        const first = seenNumbers.get(key);
        if (first !== undefined)
          conv.errors.push(
            rowError(
              r.row,
              columnHeader(h, "assetNumber"),
              `資産番号「${number}」が${first}行目と重複しています。`,
              `Asset number "${number}" is already used in row ${first}.`,
            ),
          );
        else seenNumbers.set(key, r.row);
      }
      pending.push(conv);
    };

    const flush = async () => {
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      await processBatch(batch);
      report(writing ? "writing" : "reading");
    };

    const processBatch = async (batch: Pending[]) => {
      const numbers = [...new Set(batch.map((p) => p.values.assetNumber).filter((n): n is string => !!n))];
      const existing = numbers.length
        ? await db.select().from(assets).where(inArray(assets.assetNumber, numbers))
        : [];
      const byNumber = new Map(existing.map((a) => [a.assetNumber, a]));
      // Top-level assets are visible only to the people named on them.
      const topIds = existing
        .filter((a) => isTopLevel(profile.classification.confidentiality, a.effectiveConfidentiality))
        .map((a) => a.id);
      const namedTop = new Set<string>();
      if (topIds.length && actor) {
        const rows = await db
          .select({ assetId: assetNamedPeople.assetId })
          .from(assetNamedPeople)
          .where(
            and(inArray(assetNamedPeople.assetId, topIds), eq(assetNamedPeople.personId, actor.personId)),
          );
        for (const r of rows) namedTop.add(r.assetId);
      }

      const writes: Array<{ p: Pending; before: AssetRow | null; next: AssetInsert }> = [];
      for (const p of batch) {
        const before = p.values.assetNumber ? (byNumber.get(p.values.assetNumber) ?? null) : null;
        const next = p.errors.length ? null : decide(p, before, actor, namedTop, deptById, reclassified);
        if (p.errors.length || !next) {
          for (const e of p.errors) addError(e);
          if (options.mode === "all-or-nothing") writing = false;
          continue;
        }
        result.valid++;
        if (before) {
          const fields = COMPARED.filter(
            (c) => JSON.stringify(before[c] ?? null) !== JSON.stringify((next as AssetRow)[c] ?? null),
          );
          if (!fields.length) {
            result.unchanged++;
            continue;
          }
          result.updated++;
          writes.push({ p, before, next });
          touched.push({ id: before.id, assetNumber: before.assetNumber, action: "updated", fields });
        } else {
          result.created++;
          writes.push({ p, before: null, next });
        }
      }
      if (!writing || !writes.length) return;

      // 分類未確定 (3.(2)④(ウ)): the department's manager decides, as for the form.
      for (const w of writes) {
        if (w.before || !w.next.classificationPending) continue;
        const deptId = w.next.departmentId;
        if (!managerOf.has(deptId))
          managerOf.set(
            deptId,
            (await holdersOver(db, profile, "classify_assets", toUnit(deptById, deptId), env.now))[0] ?? null,
          );
        w.next.classificationDecideBy = managerOf.get(deptId) ?? null;
      }

      // Numbers for new rows without one: the department code and a running number.
      const needNumber = writes.filter((w) => !w.next.assetNumber);
      if (needNumber.length)
        await assignNumbers(
          db,
          needNumber.map((w) => w.next),
          deptById,
          seenNumbers,
        );

      const now = env.now;
      const values = writes.map((w) => ({
        ...w.next,
        // Computed here rather than row by row in the trigger (skipped for them, see `work`).
        ...(searchFields(w.next.assetNumber, w.next.name, w.next.storagePlace, w.next.notes) ?? {
          searchText: "",
          searchGrams: [],
        }),
        createdBy: w.before ? w.before.createdBy : (actor?.personId ?? null),
        updatedAt: now,
      }));
      const saved = await upsertRows(db, values);
      const idByNumber = new Map(saved.map((s) => [s.assetNumber, s.id]));
      const toClassify = writes.filter((w) => !w.before && w.next.classificationPending);
      if (toClassify.length) {
        const clause = assetRule(profile, "unknown_classification").clause;
        await db.insert(assetTasks).values(
          toClassify.map((w) => ({
            kind: "classify" as const,
            assetId: idByNumber.get(w.next.assetNumber as string) as string,
            departmentId: w.next.departmentId,
            assigneePersonId: w.next.classificationDecideBy ?? null,
            note: clause,
          })),
        );
      }
      const created: Array<{ id: string; assetNumber: string }> = [];
      for (const w of writes) {
        if (w.before) continue;
        const id = idByNumber.get(w.next.assetNumber as string) as string;
        created.push({ id, assetNumber: w.next.assetNumber as string });
        touched.push({ id, assetNumber: w.next.assetNumber as string, action: "created" });
      }
      // The importer is named on the top-level assets they create, so they can still see them.
      if (actor) {
        const tops = writes
          .filter(
            (w) =>
              !w.before && isTopLevel(profile.classification.confidentiality, w.next.confidentiality ?? null),
          )
          .map((w) => idByNumber.get(w.next.assetNumber as string) as string);
        if (tops.length)
          await db
            .insert(assetNamedPeople)
            .values(tops.map((assetId) => ({ assetId, personId: actor.personId, addedBy: actor.personId })))
            .onConflictDoNothing();
      }
      // Containers above a reclassified asset take its new levels into their effective ones.
      const changedLevels = writes
        .filter((w) => w.before && reclassified.has(w.before.id))
        .map((w) => w.before?.id as string);
      if (changedLevels.length) await recomputeEffective(db, profile, changedLevels);
      batchNo++;
      const batchTouched = touched.splice(0);
      await recordEvent(
        db,
        env.ctx,
        {
          type: "asset.import_batch",
          targetType: "asset_import",
          targetId: options.importId,
          data: {
            importId: options.importId,
            batch: batchNo,
            created: batchTouched.filter((t) => t.action === "created").map((t) => [t.id, t.assetNumber]),
            updated: batchTouched
              .filter((t) => t.action === "updated")
              .map((t) => [t.id, t.assetNumber, t.fields ?? []]),
          },
        },
        now,
      );
    };

    for await (const r of sheet.rows) {
      if (!header) {
        if (isEmptyRow(r.cells)) continue;
        preHeader.push(r);
        if (preHeader.length < HEADER_SEARCH_ROWS && !(recognisedHeaders(r.cells) >= 3)) continue;
        for (const d of fixHeader(preHeader)) handleData(d);
        continue;
      }
      handleData(r);
      if (pending.length >= BATCH) await flush();
      else if (result.rows % 200 === 0) report(writing ? "writing" : "reading");
    }
    if (!header) {
      if (!preHeader.length)
        throw new ImportFileError("empty_sheet", "シートにデータがありません。", "The sheet has no data.");
      for (const d of fixHeader(preHeader)) handleData(d);
    }
    await flush();
    result.encoding = sheet.encoding;

    const h = header as HeaderInfo | null;
    if (h) {
      const present = new Set(h.fields.filter(Boolean));
      if (!present.has("assetNumber") && !present.has("name"))
        addError(
          rowError(
            h.row,
            "",
            `資産番号または資産名の列が見つかりません（${h.row}行目を見出しとして読みました）。列の対応付けを指定してください。`,
            `No asset number or name column was found (row ${h.row} was read as the header). Give a column mapping.`,
          ),
        );
    }
    if (!options.dryRun && result.errorCount > 0 && options.mode === "all-or-nothing") throw new Rollback();
    if (!options.dryRun && result.valid - result.unchanged > 0) {
      await recordEvent(
        db,
        env.ctx,
        {
          type: "asset.imported",
          targetType: "asset_import",
          targetId: options.importId,
          data: {
            importId: options.importId,
            // The sender's name, cleaned like an attachment's: the extension of what was read.
            file: options.fileName ? attachmentName(options.fileName, MIME_OF[result.format]) : null,
            format: result.format,
            mode: options.mode,
            rows: result.rows,
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
            skippedWithErrors: result.errorCount ? result.rows - result.valid : 0,
            batches: batchNo,
          },
        },
        env.now,
      );
      result.committed = true;
    }
  };

  if (options.dryRun) {
    await work(env.db);
  } else {
    try {
      await env.db.transaction(async (tx) => work(tx));
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
      result.committed = false;
      result.created = 0;
      result.updated = 0;
    }
  }
  return result;

  function decide(
    p: Pending,
    before: AssetRow | null,
    who: Actor | null,
    namedTop: Set<string>,
    deptById: Map<string, DepartmentRef>,
    reclassified: Set<string>,
  ): AssetInsert | null {
    const v = p.values;
    const fail = (field: string, ja: string, en: string) => {
      p.errors.push(rowError(p.row, columnHeaderOf(field), ja, en));
      return null;
    };
    const has = (k: keyof AssetRowValues) => Object.hasOwn(v, k);
    // Empty cells clear optional fields; required ones keep their value on update.
    const pick = <K extends keyof AssetRowValues>(k: K, current: unknown) =>
      has(k) && v[k] !== null && v[k] !== undefined ? v[k] : current;
    const opt = <K extends keyof AssetRowValues>(k: K, current: unknown) =>
      has(k) ? (v[k] ?? null) : current;

    const departmentId = (pick("departmentId", before?.departmentId ?? null) as string | null) ?? null;
    const name = pick("name", before?.name ?? null) as string | null;
    const kind = pick("kind", before?.kind ?? null) as string | null;
    if (!before) {
      const missing: string[] = [];
      if (!name) missing.push("name");
      if (!kind) missing.push("kind");
      if (!departmentId) missing.push("department");
      if (missing.length) {
        for (const m of missing) {
          const def = FIELD_BY_KEY.get(m as "name");
          fail(
            m,
            `${def?.ja}を入力してください（新しい資産には必須です）。`,
            `${def?.en} is required for a new asset.`,
          );
        }
        return null;
      }
    }
    if (!departmentId || !name || !kind) return null;

    // The register's own rules (../access.ts): create in a department, update a visible asset.
    const refOf = (a: AssetRow): AssetRef => ({
      id: a.id,
      departmentId: a.departmentId,
      bureauId: deptById.get(a.departmentId)?.parentId ?? null,
      custodianPersonId: a.custodianPersonId,
      effectiveConfidentiality: a.effectiveConfidentiality,
      namedPersonIds: who && namedTop.has(a.id) ? [who.personId] : [],
      topLevel: isTopLevel(profile.classification.confidentiality, a.effectiveConfidentiality),
    });
    if (who) {
      if (before) {
        const ref = refOf(before);
        if (!canSeeAsset(who, ref) || !can(who, "update", "asset", ref))
          return fail(
            "assetNumber",
            `資産番号「${before.assetNumber}」の資産を更新する権限がありません。`,
            `You may not update asset "${before.assetNumber}".`,
          );
      }
      if (
        (!before || before.departmentId !== departmentId) &&
        !can(who, "create", "asset_department", toUnit(deptById, departmentId))
      ) {
        const d = deptById.get(departmentId);
        return fail(
          "department",
          `所属「${d?.name ?? departmentId}」の資産を登録・更新する権限がありません。`,
          `You may not create or update assets of "${d?.name ?? departmentId}".`,
        );
      }
    }

    const requested: Partial<Levels> = {};
    for (const s of SCHEMES) requested[s] = opt(s, before?.[s] ?? null) as string | null;
    const origin = pick("origin", before?.origin ?? "created") as "created";
    let levels: Levels;
    let classificationPending: boolean;
    if (before) {
      const changed = SCHEMES.some((s) => (requested[s] ?? null) !== (before[s] ?? null));
      if (changed && who && !can(who, "reclassify", "asset", refOf(before)))
        return fail(
          "confidentiality",
          "既存の資産の分類を変更するには、所管課で分類を決定する権限（classify_assets）が必要です。",
          "Changing the classification of an existing asset needs the classify_assets duty over its department.",
        );
      if (changed) reclassified.add(before.id);
      const complete = SCHEMES.every((s) => requested[s] != null);
      levels = requested as Levels;
      classificationPending = complete ? false : before.classificationPending;
      if (!complete && !before.classificationPending)
        return fail(
          "confidentiality",
          "分類が決まっている資産の機密性・完全性・可用性は空にできません。",
          "The levels of a classified asset cannot be emptied.",
        );
    } else {
      const decision = initialClassification(profile, { origin, requested });
      levels = decision.levels;
      classificationPending = decision.pending;
    }

    const keepEffective = before != null && !reclassified.has(before.id);
    const hasPersonalInfo = pick("hasPersonalInfo", before?.hasPersonalInfo ?? false) as boolean;
    const specific = pick("specificPersonalInfo", before?.specificPersonalInfo ?? false) as boolean;
    const sensitive = pick("sensitivePersonalInfo", before?.sensitivePersonalInfo ?? false) as boolean;
    const retention = has("retentionYears")
      ? ((v.retentionYears ?? null) as number | null)
      : (before?.retentionYears ?? null);
    const permanent = has("retentionYears")
      ? v.retentionPermanent === true
      : (before?.retentionPermanent ?? false);
    const acquiredOn = opt("acquiredOn", before?.acquiredOn ?? null) as string | null;
    // Retention end and disposal due date as the form computes them (counted in 年度 from the
    // acquisition); recomputed when the retention or the acquisition date is in the file.
    let retentionUntil = before?.retentionUntil ?? null;
    let disposalDueDate = before?.disposalDueDate ?? null;
    if (!before || has("retentionYears") || has("acquiredOn")) {
      retentionUntil = !permanent && retention != null ? retentionEnd(acquiredOn ?? today, retention) : null;
      disposalDueDate = retentionUntil;
    }
    const kindNow = kind as string;
    const extra: AssetExtra = { ...(before?.extra ?? {}) };
    for (const [key, value] of Object.entries(v.extra ?? {})) {
      const def = extraFields.find((f) => f.key === key);
      if (value && def?.kinds.length && !def.kinds.includes(kindNow as never))
        return fail(
          `extra.${key}`,
          `「${def.label.ja}」はこの種別の資産には入力できません。`,
          `"${def.label.en ?? key}" does not apply to this kind of asset.`,
        );
      if (value === null) delete extra[key];
      else extra[key] = value;
    }
    for (const def of extraFields)
      if (
        def.required &&
        (!def.kinds.length || def.kinds.includes(kindNow as never)) &&
        extra[def.key] == null &&
        !before
      )
        return fail(
          `extra.${def.key}`,
          `「${def.label.ja}」を入力してください。`,
          `"${def.label.en ?? def.key}" is required.`,
        );

    return {
      assetNumber: (v.assetNumber ?? before?.assetNumber ?? undefined) as string,
      name,
      kind: kind as AssetInsert["kind"],
      departmentId,
      custodianPersonId: opt("custodianPersonId", before?.custodianPersonId ?? null) as string | null,
      confidentiality: levels.confidentiality,
      integrity: levels.integrity,
      availability: levels.availability,
      // Effective levels: kept on update unless the levels change (then recomputed after the write).
      effectiveConfidentiality: keepEffective ? before.effectiveConfidentiality : levels.confidentiality,
      effectiveIntegrity: keepEffective ? before.effectiveIntegrity : levels.integrity,
      effectiveAvailability: keepEffective ? before.effectiveAvailability : levels.availability,
      classificationPending,
      zone: opt("zone", before?.zone ?? null) as AssetInsert["zone"],
      storagePlace: opt("storagePlace", before?.storagePlace ?? null) as string | null,
      notes: opt("notes", before?.notes ?? null) as string | null,
      retentionYears: permanent ? null : retention,
      retentionPermanent: permanent,
      retentionUntil,
      disposalDueDate,
      subkind: opt("subkind", before?.subkind ?? null) as AssetInsert["subkind"],
      extra,
      classificationDecideBy: before?.classificationDecideBy ?? null,
      origin,
      hasPersonalInfo: hasPersonalInfo || specific || sensitive,
      specificPersonalInfo: specific,
      sensitivePersonalInfo: sensitive,
      personCount: opt("personCount", before?.personCount ?? null) as number | null,
      status: pick("status", before?.status ?? "in_use") as AssetInsert["status"],
      acquiredOn,
      inUseSince: opt("inUseSince", before?.inUseSince ?? null) as string | null,
      lastInventoriedOn: opt("lastInventoriedOn", before?.lastInventoriedOn ?? null) as string | null,
      disposedOn: opt("disposedOn", before?.disposedOn ?? null) as string | null,
    };
  }

  function columnHeaderOf(field: string): string {
    return result.mapping
      ? (Object.entries(result.mapping).find(([, f]) => f === field)?.[0] ?? field)
      : field;
  }
}

function columnHeader(h: HeaderInfo, field: string): string {
  const i = h.fields.indexOf(field as never);
  return i >= 0 ? h.headers[i] || columnLetters(i + 1) : field;
}

/**
 * Asset numbers for new rows: `<department code>-<6-digit running number>`, from
 * asset_number_counters (one block reserved per department and batch), skipping numbers that
 * are taken in the database or in the file.
 */
async function assignNumbers(
  db: DbOrTx,
  rows: AssetInsert[],
  deptById: Map<string, DepartmentRef>,
  seen: Map<string, number>,
) {
  const byPrefix = new Map<string, AssetInsert[]>();
  for (const r of rows) {
    const prefix = deptById.get(r.departmentId)?.code ?? "A";
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), r]);
  }
  for (const [prefix, list] of byPrefix) {
    let todo = list;
    while (todo.length) {
      const n = todo.length;
      const [counter] = await db
        .insert(assetNumberCounters)
        .values({ prefix, lastValue: n })
        .onConflictDoUpdate({
          target: assetNumberCounters.prefix,
          set: { lastValue: sql`${assetNumberCounters.lastValue} + ${n}` },
        })
        .returning({ lastValue: assetNumberCounters.lastValue });
      const first = counter.lastValue - n + 1;
      const candidates = Array.from(
        { length: n },
        (_, i) => `${prefix}-${String(first + i).padStart(6, "0")}`,
      );
      const taken = new Set(
        (
          await db
            .select({ n: assets.assetNumber })
            .from(assets)
            .where(inArray(assets.assetNumber, candidates))
        ).map((r) => r.n),
      );
      const left: AssetInsert[] = [];
      todo.forEach((r, i) => {
        const c = candidates[i];
        if (taken.has(c) || seen.has(c.toUpperCase())) left.push(r);
        else {
          r.assetNumber = c;
          seen.set(c.toUpperCase(), -1);
        }
      });
      todo = left;
    }
  }
}
