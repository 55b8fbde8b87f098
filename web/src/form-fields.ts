/**
 * Field schemas the forms of web/src/forms.ts share. A picker or a DateField holds null until
 * something is chosen or typed; these read null as "not given yet", so the message at the field is
 * "…を入力してください" (not a type error), and a valid form parses to the server's types.
 */
import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date ("YYYY-MM-DD"), as DateField gives it. */
export const isoDate = z.string().regex(ISO_DATE);
/** A required date: null (nothing typed) is asked for. */
export const requiredDate = z.string().nullable().pipe(isoDate);
/** A required choice of a Select or picker: null (nothing chosen) is asked for. */
export const requiredChoice = z.string().nullable().pipe(z.string().min(1));
/** Required text of at most `max` characters (trimmed). */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
