/**
 * The registers (記録簿) and the fields of their entries (pure). Each register lists the entry
 * types it accepts and a strict schema for each; the clause says which obligation it records.
 */
import { z } from "zod";
import type { RegisterKey } from "../tables";

const Text = (max = 500) => z.string().trim().min(1).max(max);
const Opt = (max = 500) => z.string().trim().max(max).optional();
const Uuid = z.string().uuid();
const IsoDateTime = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/);

export interface ColumnSpec {
  key: string;
  label: { ja: string; en: string };
}

export interface EntryTypeSpec {
  schema: z.ZodType<Record<string, unknown>>;
  /** The entry names an earlier entry it ends (exit, return, confirmation). */
  closes?: string;
  /** A person is required (担当者, the one entering, the borrower). */
  personRequired: boolean;
  assetRequired?: boolean;
}

export interface RegisterSpec {
  key: RegisterKey;
  title: { ja: string; en: string };
  clause: { nishihara?: string; kawasaki?: string };
  entryTypes: Record<string, EntryTypeSpec>;
  columns: ColumnSpec[];
}

const col = (key: string, ja: string, en: string): ColumnSpec => ({ key, label: { ja, en } });

export const REGISTERS: Record<RegisterKey, RegisterSpec> = {
  disposal_log: {
    key: "disposal_log",
    title: { ja: "廃棄記録", en: "Disposal log" },
    clause: { nishihara: "nishihara:対策基準/3/(2)/⑩/(イ)", kawasaki: "kawasaki:基準/第4章/1/(9)/ウ" },
    entryTypes: {
      record: {
        personRequired: true,
        schema: z.strictObject({
          assetLabel: Text(300),
          method: Text(200),
          certificateNumber: Opt(200),
          photoRef: Opt(500),
          quantity: Opt(100),
          note: Opt(2000),
          requestNumber: z.number().int().optional(),
          // Answers to the questions the profile's rules put (registers.required_fields).
          confidentialMedium: z.boolean().optional(),
          byContractor: z.boolean().optional(),
        }),
      },
    },
    columns: [
      col("assetLabel", "対象", "Item"),
      col("method", "処理内容", "Method"),
      col("certificateNumber", "証明書番号", "Certificate"),
      col("photoRef", "写真", "Photo"),
      col("quantity", "数量", "Quantity"),
      col("note", "備考", "Note"),
    ],
  },
  area_access_log: {
    key: "area_access_log",
    title: { ja: "入退室管理簿", en: "Management area entry and exit log" },
    clause: { nishihara: "nishihara:対策基準/5.2/(2)/①", kawasaki: "kawasaki:基準/第7章/1/(3)" },
    entryTypes: {
      in: {
        personRequired: false,
        schema: z.strictObject({
          area: Text(200),
          visitorName: Opt(200),
          visitorOrganization: Opt(200),
          escortPersonId: Uuid.optional(),
          purpose: Text(500),
        }),
      },
      out: { personRequired: false, closes: "in", schema: z.strictObject({ note: Opt(500) }) },
    },
    columns: [
      col("area", "管理区域", "Area"),
      col("visitorName", "訪問者", "Visitor"),
      col("visitorOrganization", "所属", "Organization"),
      col("escortName", "付添者", "Escort"),
      col("purpose", "目的", "Purpose"),
      col("outAt", "退室", "Out"),
    ],
  },
  media_loan_log: {
    key: "media_loan_log",
    title: { ja: "可搬媒体の貸出・返却記録", en: "Media lending and return log" },
    clause: { kawasaki: "kawasaki:基準/第4章/4/(1)/サ" },
    entryTypes: {
      lend: {
        personRequired: true,
        assetRequired: true,
        schema: z.strictObject({ dueAt: IsoDateTime, purpose: Text(500) }),
      },
      return: { personRequired: false, closes: "lend", schema: z.strictObject({ note: Opt(500) }) },
    },
    columns: [
      col("assetLabel", "媒体", "Medium"),
      col("purpose", "用途", "Purpose"),
      col("dueAt", "返却期限", "Due"),
      col("returnedAt", "返却", "Returned"),
    ],
  },
  work_log: {
    key: "work_log",
    title: { ja: "作業記録", en: "Work log" },
    clause: { nishihara: "nishihara:対策基準/7.1/(4)/③", kawasaki: "kawasaki:基準/第8章/1/(3)" },
    entryTypes: {
      record: {
        personRequired: true,
        schema: z.strictObject({
          system: Text(200),
          work: Text(4000),
          secondPersonId: Uuid,
          requestNumber: z.number().int().optional(),
        }),
      },
      confirm: { personRequired: false, closes: "record", schema: z.strictObject({ note: Opt(1000) }) },
    },
    columns: [
      col("system", "システム", "System"),
      col("work", "作業内容", "Work"),
      col("secondPersonName", "確認者", "Second person"),
      col("confirmedAt", "確認", "Confirmed"),
    ],
  },
  failure_log: {
    key: "failure_log",
    title: { ja: "障害記録", en: "Failure log" },
    clause: { nishihara: "nishihara:対策基準/7.1/(7)", kawasaki: "kawasaki:基準/第8章/1/(4)" },
    entryTypes: {
      record: {
        personRequired: true,
        schema: z.strictObject({
          system: Text(200),
          reportedBy: Opt(200),
          symptom: Text(4000),
          action: Text(4000),
          result: Opt(4000),
        }),
      },
    },
    columns: [
      col("system", "システム", "System"),
      col("reportedBy", "報告者", "Reported by"),
      col("symptom", "障害の内容", "Symptom"),
      col("action", "処理", "Action"),
      col("result", "結果", "Result"),
    ],
  },
  data_handover_log: {
    key: "data_handover_log",
    title: { ja: "データ等の受渡し記録", en: "Data handover log" },
    clause: { nishihara: "nishihara:対策基準/3/(2)/⑨/(イ)", kawasaki: "kawasaki:基準/第8章/5" },
    entryTypes: {
      record: {
        personRequired: true,
        schema: z.strictObject({
          direction: z.enum(["out", "in", "internal"]),
          fromDepartment: Opt(200),
          // The receiving 課 of a handover inside the city: its members confirm the entry (第8章5).
          toDepartmentId: Uuid.optional(),
          toParty: Text(300),
          fromPerson: Opt(200),
          toPerson: Opt(200),
          dataName: Text(500),
          quantity: Opt(100),
          mediumForm: Opt(200),
          encrypted: z.boolean().optional(),
          requestNumber: z.number().int().optional(),
        }),
      },
      // 相互で確認 (川崎市 第8章5): the receiving side confirms; the note says how an outside party did.
      confirm: { personRequired: false, closes: "record", schema: z.strictObject({ note: Opt(1000) }) },
    },
    columns: [
      col("direction", "区分", "Direction"),
      col("fromDepartment", "渡した課", "From"),
      col("toParty", "受け取った相手", "To"),
      col("dataName", "データ名", "Data"),
      col("quantity", "数量", "Quantity"),
      col("mediumForm", "媒体の形態", "Medium"),
      col("confirmedAt", "相互確認", "Confirmed"),
    ],
  },
};

export type Problem = { field: string; ja: string; en: string };

/** Rules across fields (pure): a visitor needs an escort; a work record needs a second person who is not the recorder. */
export function crossChecks(
  register: RegisterKey,
  entryType: string,
  entry: { personId: string | null; data: Record<string, unknown>; recorderPersonId: string },
): Problem[] {
  const out: Problem[] = [];
  if (register === "area_access_log" && entryType === "in") {
    if (!entry.personId && !entry.data.visitorName)
      out.push({
        field: "personId",
        ja: "入室者（職員又は訪問者）を入力してください。",
        en: "Name who enters (a person or a visitor).",
      });
    if (entry.data.visitorName && !entry.data.escortPersonId)
      out.push({
        field: "data.escortPersonId",
        ja: "訪問者には付添者が必要です。",
        en: "A visitor needs an escort.",
      });
  }
  if (register === "work_log" && entryType === "record") {
    const second = entry.data.secondPersonId;
    if (second === entry.personId || second === entry.recorderPersonId)
      out.push({
        field: "data.secondPersonId",
        ja: "確認者は作業者と別の職員にしてください（2名以上で作業し互いに確認）。",
        en: "The second person must be someone else (two people check each other).",
      });
  }
  return out;
}
