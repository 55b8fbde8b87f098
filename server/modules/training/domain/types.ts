/** Shapes stored in jsonb columns of training: who a course is for, and an e-learning quiz. */
import { z } from "zod";
import { EMPLOYMENT_TYPES } from "../../../../common/employment";

// The directory's employment types (one list: a type added there can be a course's audience).
const EMPLOYMENT = EMPLOYMENT_TYPES;

/** Who must take a course: everyone, holders of roles, employment types, or 課/局 (a 局 covers its 課). */
export const Audience = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("everyone") }),
  z.strictObject({ kind: z.literal("roles"), roleKeys: z.array(z.string().min(1).max(80)).min(1).max(50) }),
  z.strictObject({ kind: z.literal("employment"), types: z.array(z.enum(EMPLOYMENT)).min(1) }),
  z.strictObject({ kind: z.literal("departments"), unitIds: z.array(z.uuid()).min(1).max(500) }),
]);
export type AudienceT = z.infer<typeof Audience>;

export const Quiz = z.strictObject({
  /** Percent of correct answers needed to pass. */
  passMark: z.number().int().min(1).max(100),
  questions: z
    .array(
      z.strictObject({
        text: z.string().trim().min(1).max(1000),
        choices: z.array(z.string().trim().min(1).max(300)).min(2).max(6),
        /** Index of the correct choice. */
        correct: z.number().int().min(0).max(5),
      }),
    )
    .min(1)
    .max(30),
});
export type QuizT = z.infer<typeof Quiz>;
