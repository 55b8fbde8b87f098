import type { z } from "zod";
import { fieldLabel } from "../../common/field-labels";
import { type FieldError, invalid } from "./errors";

/** Turns zod issues into field errors that name the field in Japanese and English. */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key].join(".");
        fields[path] = {
          message_ja: `「${key}」は受け付けない項目です。`,
          message_en: `"${key}" is not an accepted field.`,
        };
      }
      continue;
    }
    const path = issue.path.length ? issue.path.join(".") : "body";
    if (fields[path]) continue;
    fields[path] = describe(issue, fieldLabel(path));
  }
  return fields;
}

function describe(issue: z.core.$ZodIssue, label: { ja: string; en: string }): FieldError {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return { message_ja: `${label.ja}を入力してください。`, message_en: `${label.en} is required.` };
      return {
        message_ja: `${label.ja}の形式が正しくありません（${issue.expected}が必要です）。`,
        message_en: `${label.en} must be ${issue.expected}.`,
      };
    case "too_small":
      if (issue.origin === "string")
        return {
          message_ja: `${label.ja}は${issue.minimum}文字以上で入力してください。`,
          message_en: `${label.en} must be at least ${issue.minimum} characters.`,
        };
      return {
        message_ja: `${label.ja}は${issue.minimum}以上にしてください。`,
        message_en: `${label.en} must be at least ${issue.minimum}.`,
      };
    case "too_big":
      if (issue.origin === "string")
        return {
          message_ja: `${label.ja}は${issue.maximum}文字以内で入力してください。`,
          message_en: `${label.en} must be at most ${issue.maximum} characters.`,
        };
      return {
        message_ja: `${label.ja}は${issue.maximum}以下にしてください。`,
        message_en: `${label.en} must be at most ${issue.maximum}.`,
      };
    case "invalid_format":
      return {
        message_ja: `${label.ja}の形式が正しくありません。`,
        message_en: `${label.en} has an invalid format (${issue.format}).`,
      };
    case "invalid_value":
      return {
        message_ja: `${label.ja}は次のいずれかにしてください: ${issue.values.join(", ")}`,
        message_en: `${label.en} must be one of: ${issue.values.join(", ")}`,
      };
    default:
      return { message_ja: `${label.ja}: ${issue.message}`, message_en: `${label.en}: ${issue.message}` };
  }
}

/** Parses with a schema or throws a 400 with field errors. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsFromZod(result.error));
  return result.data;
}
