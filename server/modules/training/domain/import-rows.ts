/**
 * The rows of an attendance sheet (.xlsx/.csv, header row 1): 職員番号 (required), 氏名
 * (for the reader only), 受講日 (optional: the session's day when empty). Pure: a missing
 * column, an empty 職員番号 or a date that is not a date is an error at its row and column.
 */
import { parseSheetDate, type SheetRow } from "../../../http/sheet-read";

export interface ImportError {
  row: number;
  column: string;
  message_ja: string;
  message_en: string;
}

export function parseAttendanceRows(sheet: { headers: string[]; rows: SheetRow[] }): {
  rows: Array<{ row: number; employeeNumber: string; completedOn?: string }>;
  errors: ImportError[];
} {
  const errors: ImportError[] = [];
  if (!sheet.headers.includes("職員番号"))
    return {
      rows: [],
      errors: [
        {
          row: 1,
          column: "職員番号",
          message_ja: "見出し行に「職員番号」の列がありません。",
          message_en: "The header row has no 職員番号 (employee number) column.",
        },
      ],
    };
  const rows: Array<{ row: number; employeeNumber: string; completedOn?: string }> = [];
  for (const r of sheet.rows) {
    const employeeNumber = (r.cells["職員番号"] ?? "").normalize("NFKC").trim();
    if (!employeeNumber) {
      errors.push({
        row: r.row,
        column: "職員番号",
        message_ja: "職員番号が空です。",
        message_en: "The employee number is empty.",
      });
      continue;
    }
    const dateText = r.cells["受講日"] ?? "";
    const completedOn = dateText ? parseSheetDate(dateText) : null;
    if (dateText && !completedOn) {
      errors.push({
        row: r.row,
        column: "受講日",
        message_ja: `「${dateText}」は日付として読めません（例: 2026/4/1、令和8年4月1日）。`,
        message_en: `"${dateText}" is not a date (e.g. 2026/4/1).`,
      });
      continue;
    }
    rows.push({ row: r.row, employeeNumber, ...(completedOn ? { completedOn } : {}) });
  }
  return { rows, errors };
}
