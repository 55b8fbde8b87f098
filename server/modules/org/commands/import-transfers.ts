import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { departments, people } from "../../../directory/tables";
import { parseSheetDate, readSheet } from "../sheet";

/** Japanese headers of a 人事異動 sheet. */
export const TRANSFER_HEADERS = {
  employeeNumber: "職員番号",
  name: "氏名",
  toDepartment: "異動先所属",
  newTitle: "新職名",
  effectiveDate: "発令日",
} as const;
const REQUIRED = [TRANSFER_HEADERS.employeeNumber, TRANSFER_HEADERS.toDepartment] as const;

export interface RowError {
  row: number;
  column: string | null;
  message_ja: string;
  message_en: string;
}

export interface ResolvedRow {
  row: number;
  personId: string;
  personName: string;
  toDepartmentId: string;
  toDepartmentName: string;
  newTitle: string | null;
  effectiveDate: string;
}

const norm = (s: string) => s.normalize("NFKC").replace(/[\s\u3000]/g, "");

/**
 * Reads a 人事異動 sheet and resolves every row against the people and departments, collecting
 * every error with its Excel row number. Writes nothing.
 * The batch has one effective date: `defaultDate` (the form's) or the first row's 発令日; a row
 * with a different 発令日 is an error (upload one sheet per 発令日).
 */
export async function resolveTransferSheet(
  db: Db,
  bytes: Uint8Array,
  defaultDate: string | null,
): Promise<{ rows: number; items: ResolvedRow[]; errors: RowError[]; effectiveDate: string | null }> {
  const sheet = await readSheet(bytes, [TRANSFER_HEADERS.effectiveDate]);
  const errors: RowError[] = [];
  const missing = REQUIRED.filter((h) => !sheet.headers.includes(h));
  if (missing.length) {
    errors.push({
      row: 1,
      column: missing.join(", "),
      message_ja: `見出し行に「${missing.join("」「")}」の列がありません。`,
      message_en: `The header row lacks the column(s) ${missing.join(", ")}.`,
    });
    return { rows: sheet.rows.length, items: [], errors, effectiveDate: defaultDate };
  }
  const numbers = [
    ...new Set(sheet.rows.map((r) => norm(r.cells[TRANSFER_HEADERS.employeeNumber] ?? "")).filter(Boolean)),
  ];
  const found = numbers.length
    ? await db.select().from(people).where(inArray(people.employeeNumber, numbers))
    : [];
  const byNumber = new Map(found.map((p) => [p.employeeNumber as string, p]));
  const units = await db.select().from(departments);
  const byCode = new Map(units.map((u) => [norm(u.code), u]));
  const byName = new Map<string, typeof units>();
  for (const u of units) {
    const key = norm(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u]);
  }

  let effectiveDate = defaultDate;
  const seen = new Map<string, number>();
  const items: ResolvedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const rowErrors: RowError[] = [];
    const err = (column: string | null, ja: string, en: string) =>
      rowErrors.push({ row, column, message_ja: ja, message_en: en });

    const number = norm(cells[TRANSFER_HEADERS.employeeNumber] ?? "");
    const person = number ? byNumber.get(number) : undefined;
    if (!number) err(TRANSFER_HEADERS.employeeNumber, "職員番号が空です。", "Employee number is empty.");
    else if (!person)
      err(
        TRANSFER_HEADERS.employeeNumber,
        `職員番号「${number}」の職員が見つかりません。`,
        `No person has employee number "${number}".`,
      );
    else if (!person.active)
      err(
        TRANSFER_HEADERS.employeeNumber,
        `職員番号「${number}」の職員は無効です。`,
        `Person "${number}" is inactive.`,
      );
    else if (seen.has(person.id))
      err(
        TRANSFER_HEADERS.employeeNumber,
        `職員番号「${number}」は${seen.get(person.id)}行目にもあります。`,
        `Employee number "${number}" also appears in row ${seen.get(person.id)}.`,
      );
    const name = cells[TRANSFER_HEADERS.name] ?? "";
    if (person && name && norm(name) !== norm(person.name))
      err(
        TRANSFER_HEADERS.name,
        `氏名「${name}」が職員番号「${number}」の職員（${person.name}）と一致しません。`,
        `Name "${name}" does not match employee ${number} (${person.name}).`,
      );

    const target = cells[TRANSFER_HEADERS.toDepartment] ?? "";
    let unit = target ? byCode.get(norm(target)) : undefined;
    if (!unit && target) {
      const named = byName.get(norm(target)) ?? [];
      const active = named.filter((u) => u.active);
      if (active.length > 1)
        err(
          TRANSFER_HEADERS.toDepartment,
          `異動先「${target}」に該当する組織が複数あります。組織コードで指定してください。`,
          `"${target}" matches several units; use the unit code.`,
        );
      unit = active.length === 1 ? active[0] : named[0];
    }
    if (!target) err(TRANSFER_HEADERS.toDepartment, "異動先所属が空です。", "Target department is empty.");
    else if (!unit && !rowErrors.some((e) => e.column === TRANSFER_HEADERS.toDepartment))
      err(
        TRANSFER_HEADERS.toDepartment,
        `異動先「${target}」はコードまたは名称の一致する組織がありません。`,
        `No unit has the code or name "${target}".`,
      );
    else if (unit && !unit.active)
      err(
        TRANSFER_HEADERS.toDepartment,
        `異動先「${target}」は廃止されています。`,
        `Unit "${target}" is inactive.`,
      );

    const dateText = cells[TRANSFER_HEADERS.effectiveDate] ?? "";
    let date: string | null = null;
    if (dateText) {
      date = parseSheetDate(dateText);
      if (!date)
        err(
          TRANSFER_HEADERS.effectiveDate,
          `発令日「${dateText}」を日付として読み取れません（例: 2026/4/1、令和8年4月1日）。`,
          `Effective date "${dateText}" is not a date (e.g. 2026/4/1).`,
        );
    } else if (!effectiveDate) {
      err(TRANSFER_HEADERS.effectiveDate, "発令日が空です。", "Effective date is empty.");
    }
    if (date) {
      effectiveDate ??= date;
      if (date !== effectiveDate)
        err(
          TRANSFER_HEADERS.effectiveDate,
          `発令日（${date}）が他の行（${effectiveDate}）と異なります。発令日ごとにファイルを分けてください。`,
          `Effective date ${date} differs from the batch's (${effectiveDate}); upload one file per date.`,
        );
    }
    const newTitle = (cells[TRANSFER_HEADERS.newTitle] ?? "").trim();
    if (newTitle.length > 100)
      err(
        TRANSFER_HEADERS.newTitle,
        "新職名は100文字以内にしてください。",
        "New title must be at most 100 characters.",
      );

    if (person) seen.set(person.id, seen.get(person.id) ?? row);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    items.push({
      row,
      personId: (person as (typeof found)[number]).id,
      personName: (person as (typeof found)[number]).name,
      toDepartmentId: (unit as (typeof units)[number]).id,
      toDepartmentName: (unit as (typeof units)[number]).name,
      newTitle: newTitle || null,
      effectiveDate: (date ?? effectiveDate) as string,
    });
  }
  if (sheet.rows.length === 0)
    errors.push({
      row: 2,
      column: null,
      message_ja: "データ行がありません。",
      message_en: "The sheet has no data rows.",
    });
  return { rows: sheet.rows.length, items, errors, effectiveDate };
}
