/**
 * Validation messages in Japanese and English for zod issues, shared by the server's error
 * formatter and the web app's forms, so both say the same thing and name the field.
 */
import type { z } from "zod";

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

/** A sentence naming the field in both languages for one zod issue (never zod's own message). */
export function describeIssue(
  issue: z.core.$ZodIssue,
  label: { ja: string; en: string },
): { message_ja: string; message_en: string } {
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
