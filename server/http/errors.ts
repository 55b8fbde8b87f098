import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldError {
  message_ja: string;
  message_en: string;
}

/** An error the client may see: code, Japanese and English message, and per-field errors. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly messageJa: string,
    readonly messageEn: string,
    readonly fields: Record<string, FieldError> = {},
  ) {
    super(messageEn);
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message_ja: this.messageJa,
        message_en: this.messageEn,
        fields: this.fields,
      },
    };
  }
}

export const unauthenticated = () =>
  new AppError(401, "unauthenticated", "ログインしてください。", "Please sign in.");

export const forbidden = (
  messageJa = "この操作を行う権限がありません。",
  messageEn = "You may not do this.",
) => new AppError(403, "forbidden", messageJa, messageEn);

export const notFound = (what = { ja: "対象", en: "The record" }) =>
  new AppError(404, "not_found", `${what.ja}が見つかりません。`, `${what.en} was not found.`);

export const conflict = (
  code: string,
  messageJa: string,
  messageEn: string,
  fields?: Record<string, FieldError>,
) => new AppError(409, code, messageJa, messageEn, fields);

export const invalid = (fields: Record<string, FieldError>, code = "validation_failed") =>
  new AppError(400, code, "入力内容に誤りがあります。", "The input is not valid.", fields);

export const fieldError = (field: string, messageJa: string, messageEn: string) =>
  invalid({ [field]: { message_ja: messageJa, message_en: messageEn } });
