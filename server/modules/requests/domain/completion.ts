/**
 * What completing a request needs, per kind (pure): a carry-out completes when the approver
 * confirms nothing is missing after the return report; a disposal only with method, date,
 * person and evidence (certificate number or photo); an external provision with its recipient
 * and, where the profile requires it, encryption.
 */
import type { FieldError } from "../../../http/errors";
import { DISPOSAL_METHODS, type KindSpec } from "./kinds";

export interface CompleteInput {
  nothingMissing?: boolean;
  note?: string | null;
  method?: string;
  disposedOn?: string;
  personId?: string;
  certificateNumber?: string | null;
  photoRef?: string | null;
  providedOn?: string;
  recipient?: string;
  encrypted?: boolean;
  quantity?: string | null;
  mediumForm?: string | null;
}

export function completionProblems(
  spec: KindSpec,
  input: CompleteInput,
  ctx: { today: string; returned: boolean; encryptionRequired: boolean; startDate: string | null },
): { code: string; fields: Record<string, FieldError> } | null {
  const fields: Record<string, FieldError> = {};
  const need = (key: string, ja: string, en: string) => {
    fields[key] = { message_ja: ja, message_en: en };
  };
  switch (spec.followUp) {
    case "return_report":
      if (!ctx.returned)
        return {
          code: "return_not_reported",
          fields: {
            body: {
              message_ja: "返却の報告がまだありません。",
              message_en: "The return has not been reported yet.",
            },
          },
        };
      if (input.nothingMissing !== true)
        need(
          "nothingMissing",
          "持ち出した情報資産に紛失等がないことを確認してください（紛失等があればインシデントとして報告してください）。",
          "Confirm nothing is missing (report a loss as an incident).",
        );
      break;
    case "disposal_evidence":
      if (!input.method || !DISPOSAL_METHODS.some((m) => m.value === input.method))
        need("method", "処理方法を選んでください。", "Choose the method.");
      if (!input.disposedOn) need("disposedOn", "実施日を入力してください。", "Give the date it was done.");
      else if (input.disposedOn > ctx.today)
        need("disposedOn", "実施日が未来です。", "The date is in the future.");
      else if (ctx.startDate && input.disposedOn < ctx.startDate)
        need("disposedOn", "実施日が申請の提出より前です。", "The date is before the request was submitted.");
      if (!input.personId) need("personId", "担当者を選んでください。", "Choose the person who did it.");
      if (!input.certificateNumber?.trim() && !input.photoRef?.trim())
        need(
          "certificateNumber",
          "証跡（消去証明書の番号又は写真）を記録してください。",
          "Record the evidence (certificate number or photo).",
        );
      break;
    case "provision_record":
      if (!input.recipient?.trim()) need("recipient", "提供先を入力してください。", "Give the recipient.");
      if (!input.providedOn) need("providedOn", "提供日を入力してください。", "Give the date provided.");
      else if (input.providedOn > ctx.today)
        need("providedOn", "提供日が未来です。", "The date is in the future.");
      if (ctx.encryptionRequired && input.encrypted !== true)
        need("encrypted", "暗号化して提供したことを確認してください。", "Confirm it was provided encrypted.");
      break;
    default:
      break;
  }
  if (Object.keys(fields).length)
    return {
      code: spec.followUp === "disposal_evidence" ? "evidence_required" : "validation_failed",
      fields,
    };
  return null;
}
