/**
 * The answers of one self-inspection sheet as a form (#14 item 3): one row per item in the sheet's
 * order, so a message at `answers.N` is at the N-th item. The server (AnswersReq,
 * server/modules/assurance/schema.ts) takes only the answered rows; its field errors name the
 * index in what was sent and are mapped back to the item here.
 */
import { z } from "zod";
import { describeIssue } from "../../../../common/validation-messages";
import { ApiError } from "../../api";

export const ANSWER_VALUES = ["yes", "partial", "no", "na"] as const;

const AnswerRow = z.object({
  itemId: z.string(),
  value: z.enum(ANSWER_VALUES).nullable(),
  comment: z.string().trim().max(2000),
});
/** What a save checks: each comment within the server's 2,000 characters. */
export const SheetAnswers = z.object({ answers: z.array(AnswerRow) });
/** What 提出 checks besides: every item answered (the server refuses an incomplete sheet). */
export const CompleteAnswers = z.object({
  answers: z.array(AnswerRow.extend({ value: z.enum(ANSWER_VALUES) })),
});
export type SheetAnswersValues = z.input<typeof SheetAnswers>;

/** The names the messages give the two fields of a row. */
export const ANSWER_LABELS = {
  value: { ja: "回答", en: "Answer" },
  comment: { ja: "コメント", en: "Comment" },
} as const;

/** "回答は選択肢から選んでください。" in the user's language (as the schema says of no choice). */
function answerRequired(lang: string): string {
  const m = describeIssue(
    { code: "invalid_value", values: [...ANSWER_VALUES], input: null, path: [], message: "" },
    ANSWER_LABELS.value,
  );
  return lang === "en" ? m.message_en : m.message_ja;
}

/**
 * A save's own rules beyond the schema: a comment without an answer would be dropped (only answered
 * rows are sent), so its answer is asked for; a save of nothing asks for the first answer.
 */
export function saveRules(errors: Record<string, string>, values: SheetAnswersValues, lang: string) {
  const out = { ...errors };
  values.answers.forEach((a, i) => {
    if (!a.value && a.comment.trim()) out[`answers.${i}.value`] ??= answerRequired(lang);
  });
  if (values.answers.length > 0 && values.answers.every((a) => !a.value))
    out["answers.0.value"] ??= answerRequired(lang);
  return out;
}

/** The request body (answered rows only, comments trimmed) and the item index of each sent row. */
export function answersBody(values: SheetAnswersValues) {
  const sent: number[] = [];
  const answers: Array<{ itemId: string; value: (typeof ANSWER_VALUES)[number]; comment?: string }> = [];
  values.answers.forEach((a, i) => {
    if (!a.value) return;
    sent.push(i);
    answers.push({ itemId: a.itemId, value: a.value, comment: a.comment.trim() || undefined });
  });
  return { body: { answers }, sent };
}

/**
 * The failed save's error with `answers.K…` renamed to the item the K-th sent row answers, so the
 * message lands at that item (other fields and the error itself are kept as they are).
 */
export function errorAtItems(error: unknown, sent: readonly number[] | undefined): unknown {
  if (!(error instanceof ApiError) || !sent) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, f]) => {
      const m = /^answers\.(\d+)(\..*)?$/.exec(path);
      const item = m ? sent[Number(m[1])] : undefined;
      return [item === undefined ? path : `answers.${item}${m?.[2] ?? ""}`, f];
    }),
  );
  return new ApiError(error.status, error.code, error.messageJa, error.messageEn, fields);
}
