import { stringify } from "csv-stringify/sync";

/**
 * The one writing path for every CSV and Excel export (assets, registers, audit, and whatever is
 * added later): a cell that a spreadsheet would read as a formula — text beginning with `=`,
 * `+`, `-`, `@`, a tab or a carriage return — is defused the way OWASP recommends (CSV
 * injection): a leading apostrophe makes it text. The same rule applies to .xlsx cells, since a
 * user who edits such a cell in Excel turns it into a live formula. Numbers, dates and booleans
 * are values, not text, and stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseCell<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

export function defuseRow(values: readonly unknown[]): unknown[] {
  return values.map(defuseCell);
}

/** One or more CSV records (CRLF), every text cell defused, quoted by csv-stringify as needed. */
export function csvRecords(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
    { record_delimiter: "\r\n", escape_formulas: true, cast: { boolean: (b) => (b ? "true" : "false") } },
  );
}

export function csvLine(values: readonly unknown[]): string {
  return csvRecords([values]);
}
