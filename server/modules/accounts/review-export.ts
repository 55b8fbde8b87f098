import { formatDateJa, formatDateTimeJa } from "../../../common/calendar";
import {
  ACCOUNT_FINDING_LABELS,
  ACCOUNT_HOLDER_KIND_LABELS,
  ACCOUNT_REVIEW_DECISION_LABELS,
  ACCOUNT_SINCE_LAST_LABELS,
  ACCOUNT_STATE_LABELS,
  labelOf,
} from "../../../common/labels";
import { type ExportMarking, markingLines } from "../../http/export-marking";
import { csvRecords } from "../../http/sheet";
import { markedSheet, newWorkbook, putRow, setWidths, workbookBuffer } from "../../http/workbook";
import type { ReviewItemListRow } from "./queries-reviews";

export const REVIEW_EXPORT_HEADERS = [
  "システム",
  "所管課",
  "ログイン名",
  "種別",
  "職員",
  "特権",
  "権限",
  "最終利用日",
  "現在の状態",
  "突合の指摘",
  "前回との差分",
  "判断",
  "理由",
  "判断者",
  "判断日時",
  "措置期限",
  "措置完了",
  "措置の記録",
] as const;

export interface ExportItem extends ReviewItemListRow {
  systemName: string | null;
  departmentName: string | null;
  personName: string | null;
  decidedByName: string | null;
}

const day = (d: string | null) => (d ? formatDateJa(d) : "");
const at = (d: string | Date | null) => (d ? formatDateTimeJa(d) : "");
const label = (labels: Parameters<typeof labelOf>[0], code: string | null) =>
  code ? labelOf(labels, code).ja : "";

/** One row per ID, every cell a display value (no raw code). */
export function reviewExportRows(items: readonly ExportItem[]): string[][] {
  return items.map((i) => [
    i.systemName ?? "",
    i.departmentName ?? "",
    i.loginName,
    label(ACCOUNT_HOLDER_KIND_LABELS, i.holderKind),
    i.personName ?? "",
    i.privileged ? "はい" : "いいえ",
    i.role ?? "",
    day(i.lastUsedOn),
    i.currentState ? label(ACCOUNT_STATE_LABELS, i.currentState) : "削除済み（台帳になし）",
    i.findings.map((f) => labelOf(ACCOUNT_FINDING_LABELS, f).ja).join("、"),
    label(ACCOUNT_SINCE_LAST_LABELS, i.sinceLast),
    i.decision ? label(ACCOUNT_REVIEW_DECISION_LABELS, i.decision) : "未判断",
    i.reason ?? "",
    i.decidedByName ?? "",
    at(i.decidedAt),
    day(i.taskDueOn),
    at(i.taskDoneAt),
    i.taskNote ?? "",
  ]);
}

/** UTF-8 with a BOM, so Excel opens the Japanese text as such; the marking lines first. */
export function reviewCsv(rows: readonly string[][], marking: ExportMarking): Uint8Array {
  const text = csvRecords([...markingLines(marking).map((l) => [l]), REVIEW_EXPORT_HEADERS, ...rows]);
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
}

export async function reviewXlsx(
  title: string,
  lines: string[],
  rows: readonly string[][],
  marking: ExportMarking,
): Promise<Uint8Array> {
  const wb = await newWorkbook();
  const ws = markedSheet(wb, "ID棚卸し", marking, title);
  putRow(ws, [title], "title");
  for (const line of lines) putRow(ws, [line]);
  putRow(ws, []);
  putRow(ws, [...REVIEW_EXPORT_HEADERS], "bold");
  ws.views = [{ state: "frozen", ySplit: markingLines(marking).length + lines.length + 3 }];
  for (const r of rows) putRow(ws, r);
  setWidths(ws, (i) => (i === 9 || i === 12 || i === 17 ? 32 : 16));
  return new Uint8Array(await workbookBuffer(wb));
}
