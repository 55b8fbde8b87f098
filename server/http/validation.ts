import type { z } from "zod";
import { fieldLabel } from "../../common/field-labels";
import { describeIssue as describe } from "../../common/validation-messages";
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

/** Parses with a schema or throws a 400 with field errors. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsFromZod(result.error));
  return result.data;
}
