/**
 * The one form approach of the app: @mantine/form with a zod schema for what the browser can
 * check, and the server's field errors placed at their fields. Messages come from
 * common/validation-messages (the server's wording), so they name the field in the user's language
 * and never show zod's own English text.
 */
import type { UseFormReturnType } from "@mantine/form";
import { useEffect } from "react";
import type { z } from "zod";
import { fieldLabel } from "../../common/field-labels";
import { describeIssue } from "../../common/validation-messages";
import { ApiError } from "./api";
import { useLang } from "./i18n";

type Labels = Readonly<Record<string, { ja: string; en: string }>>;

/** A `validate` function for useForm: the schema's issues as messages at their fields. */
export function zodForm<T>(schema: z.ZodType<T>, lang: string, labels: Labels = {}) {
  return (values: unknown): Record<string, string> => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join(".");
      if (errors[path]) continue;
      const last = String(issue.path[issue.path.length - 1] ?? "");
      const message = describeIssue(issue, labels[last] ?? fieldLabel(path));
      errors[path] = lang === "en" ? message.message_en : message.message_ja;
    }
    return errors;
  };
}

/**
 * Places the field errors of a failed save at the form's fields (values stay as typed). Errors of
 * fields the form does not show stay in the alert (ErrorAlert lists every field message).
 */
export function useServerErrors<V>(form: UseFormReturnType<V>, error: unknown): void {
  const { lang } = useLang();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new error (or language) re-places messages
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const errors: Record<string, string> = {};
    for (const [path, f] of Object.entries(error.fields))
      errors[path] = lang === "en" ? f.message_en : f.message_ja;
    if (Object.keys(errors).length) form.setErrors(errors);
  }, [error, lang]);
}
