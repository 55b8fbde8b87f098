import type { z } from "zod";
import { fieldLabel } from "../../common/field-labels";
import { type FieldError, invalid } from "./errors";

type FieldLabels = Readonly<Record<string, { ja: string; en: string }>>;

/**
 * Turns zod issues into field errors that name the field in Japanese and English; the library's
 * own (English-only) messages never reach a user. `prefix` places the paths under a nested body
 * field (e.g. "data."), `labels` names fields the shared catalog does not know.
 */
export function fieldErrorsFromZod(
  error: z.ZodError,
  { prefix = "", labels = {} }: { prefix?: string; labels?: FieldLabels } = {},
): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  const labelOf = (path: string) => {
    const last = path.split(".").pop() ?? path;
    return labels[last] ?? fieldLabel(path);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = prefix + [...issue.path, key].join(".");
        fields[path] = {
          message_ja: `「${key}」は受け付けない項目です。`,
          message_en: `"${key}" is not an accepted field.`,
        };
      }
      continue;
    }
    const path = issue.path.length
      ? prefix + issue.path.join(".")
      : prefix
        ? prefix.replace(/\.$/, "")
        : "body";
    if (fields[path]) continue;
    fields[path] = describe(issue, labelOf(path));
  }
  return fields;
}

const EXPECTED_JA: Record<string, string> = {
  string: "文字",
  number: "数値",
  int: "整数",
  boolean: "はい・いいえ",
  array: "一覧",
  object: "項目のまとまり",
  date: "日付",
};
const EXPECTED_EN: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "yes or no",
  array: "a list",
  object: "a group of fields",
  date: "a date",
};

function describe(issue: z.core.$ZodIssue, label: { ja: string; en: string }): FieldError {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null)
        return { message_ja: `${label.ja}を入力してください。`, message_en: `${label.en} is required.` };
      return {
        message_ja: `${label.ja}の形式が正しくありません（${EXPECTED_JA[issue.expected] ?? "別の形式"}で入力してください）。`,
        message_en: `${label.en} must be ${EXPECTED_EN[issue.expected] ?? issue.expected}.`,
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
      // The accepted values are codes: the screen offers them as labelled choices.
      return {
        message_ja: `${label.ja}は選択肢から選んでください。`,
        message_en: `Choose ${label.en} from the list.`,
      };
    default:
      // invalid_union, custom, not_multiple_of, …: the library's message is English-only and
      // written for developers, so the user gets the field's name and a plain sentence instead.
      return {
        message_ja: `${label.ja}の値が正しくありません。`,
        message_en: `${label.en} is not valid.`,
      };
  }
}

/** Parses with a schema or throws a 400 with field errors. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsFromZod(result.error));
  return result.data;
}
