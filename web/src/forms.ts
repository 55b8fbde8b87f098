/**
 * The one form approach of the app: @mantine/form with a zod schema for what the browser can
 * check, and the server's field errors placed at their fields. Messages come from
 * common/validation-messages (the server's wording), so they name the field in the user's language
 * and never show zod's own English text.
 */
import { type UseFormReturnType, useForm } from "@mantine/form";
import { type FormEvent, useEffect } from "react";
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

type Errors = Record<string, string>;

interface ActionFormOptions<V> {
  /** Labels for fields common/field-labels does not know. */
  labels?: Labels;
  /** Rewrites the schema's messages, e.g. a cross-field rule in the user's own words. */
  refine?: (errors: Errors, values: V) => Errors;
}

/**
 * A form that sends one action: the schema checks what the browser can, the failed action's field
 * errors (`error`, the mutation's) land at their fields, and `formProps(onValid)` gives the
 * `<form>` its submit handler with the browser's own bubbles off (the messages are ours).
 * Ten forms of the app repeated these four steps by hand.
 */
export function useActionForm<
  S extends z.ZodType<unknown, Record<string, unknown>>,
  // The form's values are what the schema reads, unless the form names its own (a wider shape).
  V extends Record<string, unknown> = z.input<S>,
>(schema: S, initialValues: NoInfer<V>, error: unknown, options: ActionFormOptions<V> = {}) {
  const { lang } = useLang();
  const check = zodForm(schema, lang, options.labels);
  const form = useForm<V>({
    initialValues,
    validate: (values) => (options.refine ? options.refine(check(values), values) : check(values)),
  });
  useServerErrors(form, error);
  const formProps = (onValid: (values: V) => void) => ({
    noValidate: true,
    onSubmit: form.onSubmit(onValid) as (event?: FormEvent<HTMLFormElement>) => void,
  });
  return Object.assign(form, { formProps });
}

/**
 * The value, onChange and error of one field, typed by the form's values, for the app's own inputs
 * (DateField, the pickers) whose value is not an event: one spread instead of three wired props.
 */
export function bindField<V, K extends keyof V & string>(form: UseFormReturnType<V>, key: K) {
  return {
    value: form.values[key],
    onChange: (value: V[K]) => form.setFieldValue(key, value as never),
    error: form.errors[key],
  };
}

/**
 * `getInputProps` for a Mantine PasswordInput: it names its message (aria-describedby) but, unlike
 * the other inputs, does not mark itself invalid, so a screen reader heard no error there.
 */
export function passwordField<V>(form: UseFormReturnType<V>, key: keyof V & string) {
  const props = form.getInputProps(key);
  return { ...props, "aria-invalid": props.error ? true : undefined };
}
