/**
 * The import file of the bench (`import` section): an asset register sheet in the format the
 * import reads (server/modules/assets/import/fields.ts headers: the Japanese headers the export
 * writes), written with exceljs's streaming writer, and the same rows as database values for the
 * raw baseline. Deterministic for a seed; asset numbers `IMP-0000001…` do not collide with the
 * generated register.
 */

import ExcelJS from "exceljs";
import { addDays } from "../common/calendar";
import { retentionEnd } from "../server/modules/assets/domain/lifecycle";
import { searchFields } from "../server/modules/assets/search";
import type { ColumnType } from "./db";
import type { OrgDataset } from "./generate";
import { ASSET_SUBJECTS } from "./generate-assets";
import { Rng } from "./prng";

/** The data's "today" (年度 2026 begins). */
const BASE_DAY = "2026-04-01";

const HEADERS = [
  "資産番号",
  "資産名",
  "種別",
  "所管課コード",
  "管理者職員番号",
  "機密性",
  "完全性",
  "可用性",
  "ネットワーク区分",
  "保管場所",
  "保存期間",
  "取得日",
  "個人情報の有無",
  "状態",
  "備考",
];
const KINDS: Array<[string, string]> = [
  ["information", "情報"],
  ["document", "文書"],
  ["system", "情報システム"],
  ["device", "機器"],
  ["medium", "電磁的記録媒体"],
];
const LEVELS: Array<[string, string]> = [
  ["I", "区分Ⅰ"],
  ["II", "区分Ⅱ"],
  ["III", "区分Ⅲ"],
];
const ZONES: Array<[string, string]> = [
  ["mynumber", "マイナンバー利用事務系"],
  ["lgwan", "LGWAN接続系"],
  ["internet", "インターネット接続系"],
];
const PLACES = ["本庁舎3階 書庫", "第2庁舎 サーバ室", "執務室 施錠キャビネット", "区役所 倉庫", "保管庫A"];

export interface ImportRow {
  number: string;
  name: string;
  kind: [string, string];
  dept: { id: string; code: string };
  custodian: { id: string; employeeNumber: string } | null;
  c: [string, string];
  i: [string, string];
  a: [string, string];
  zone: [string, string] | null;
  place: string;
  years: number;
  acquired: string;
  personal: boolean;
  notes: string | null;
}

/** The rows of the file, one at a time (the same sequence for the sheet and the raw insert). */
export function* importRows(org: OrgDataset, count: number, seed = "kawasaki"): Generator<ImportRow> {
  const rng = new Rng(`${seed}:import`);
  const deptById = new Map(org.departments.map((d) => [d.id, d]));
  for (let n = 0; n < count; n++) {
    const pi = rng.int(0, org.personIds.length - 1);
    const dept = deptById.get(org.personDept[pi]) ?? org.departments[0];
    const subject = rng.pick(ASSET_SUBJECTS);
    const kind = rng.pick(KINDS);
    yield {
      number: `IMP-${String(n + 1).padStart(7, "0")}`,
      name: `${subject}${kind[0] === "device" ? "用端末" : "データ"} 第${n + 1}号`,
      kind,
      dept: { id: dept.id, code: dept.code },
      // Employee numbers are 100001 + the person's index (bench/generate.ts).
      custodian: rng.next() < 0.7 ? { id: org.personIds[pi], employeeNumber: String(100001 + pi) } : null,
      c: rng.pick(LEVELS),
      i: rng.pick(LEVELS),
      a: rng.pick(LEVELS),
      zone: rng.next() < 0.2 ? null : rng.pick(ZONES),
      place: rng.pick(PLACES),
      years: rng.pick([1, 3, 5, 10]),
      acquired: addDays(BASE_DAY, -rng.int(0, 3000)),
      personal: /台帳|個人番号|保険|手当/.test(subject),
      notes: rng.next() < 0.2 ? `${subject}の控え` : null,
    };
  }
}

/** Writes the sheet with exceljs's streaming writer (rows committed one by one). */
export async function writeImportXlsx(path: string, rows: Iterable<ImportRow>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet("情報資産台帳");
  ws.addRow(HEADERS).commit();
  let n = 0;
  for (const r of rows) {
    ws.addRow([
      r.number,
      r.name,
      r.kind[1],
      r.dept.code,
      r.custodian?.employeeNumber ?? "",
      r.c[1],
      r.i[1],
      r.a[1],
      r.zone?.[1] ?? "",
      r.place,
      `${r.years}年`,
      r.acquired,
      r.personal ? "有" : "無",
      "利用中",
      r.notes ?? "",
    ]).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}

/** Columns of the raw insert: what the import writes for such a row (derived columns included). */
export const RAW_COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
  ["asset_number", "text"],
  ["name", "text"],
  ["kind", "text"],
  ["department_id", "uuid"],
  ["custodian_person_id", "uuid"],
  ["confidentiality", "text"],
  ["integrity", "text"],
  ["availability", "text"],
  ["effective_confidentiality", "text"],
  ["effective_integrity", "text"],
  ["effective_availability", "text"],
  ["zone", "text"],
  ["storage_place", "text"],
  ["retention_years", "int"],
  ["retention_until", "date"],
  ["disposal_due_date", "date"],
  ["acquired_on", "date"],
  ["has_personal_info", "bool"],
  ["status", "text"],
  ["notes", "text"],
  ["search_text", "text"],
  ["search_grams", "text[]"],
];

/** One row as database values in RAW_COLUMNS order (search columns by the module's searchFields). */
export function rawValues(r: ImportRow, numberPrefix = ""): unknown[] {
  const number = `${numberPrefix}${r.number}`;
  const s = searchFields(number, r.name, r.place, r.notes);
  const until = retentionEnd(r.acquired, r.years);
  return [
    number,
    r.name,
    r.kind[0],
    r.dept.id,
    r.custodian?.id ?? null,
    r.c[0],
    r.i[0],
    r.a[0],
    r.c[0],
    r.i[0],
    r.a[0],
    r.zone?.[0] ?? null,
    r.place,
    r.years,
    until,
    until,
    r.acquired,
    r.personal,
    "in_use",
    r.notes,
    s?.searchText ?? "",
    `{${(s?.searchGrams ?? []).map((g) => `"${g.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`,
  ];
}
