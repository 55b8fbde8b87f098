/**
 * Checks a batch of attendance entries for one session before anything is written (pure): every
 * entry must name a known person, inside the course's audience on the session's day, not yet
 * recorded for the course, not twice in the batch, and within what the recorder may record (one
 * outside it is answered like an unknown number).
 * Each problem is located (the entry's index or sheet row) and named in Japanese and English.
 */
import { type AudiencePerson, inAudience } from "./audience";
import type { AudienceT } from "./types";

export interface EntryProblem {
  index: number;
  field: "personIds" | "employeeNumber" | "sessionId";
  ja: string;
  en: string;
}

export interface CheckInput {
  /** Each entry: a person id found for it, or null when its 職員番号 matched nobody. */
  entries: Array<{ personId: string | null; label: string }>;
  audience: AudienceT;
  people: Map<string, AudiencePerson & { name: string }>;
  alreadyRecorded: Set<string>;
  /** May the recorder record this person? */
  mayRecord(personId: string, p: AudiencePerson): boolean;
  field: "personIds" | "employeeNumber";
}

export function checkEntries(input: CheckInput): {
  valid: Array<{ index: number; personId: string }>;
  problems: EntryProblem[];
} {
  const seen = new Map<string, number>();
  const valid: Array<{ index: number; personId: string }> = [];
  const problems: EntryProblem[] = [];
  /** The entry's problem in Japanese and English, or null when it may be recorded. */
  const problemOf = (e: CheckInput["entries"][number], index: number): [string, string] | null => {
    const p = e.personId ? input.people.get(e.personId) : undefined;
    // A person the recorder may not record gets the same answer as an unknown number, and before
    // any other check: naming them, or saying they were trained already, would disclose a person
    // of another 課 to someone who may not look them up.
    if (!e.personId || !p || !input.mayRecord(e.personId, p))
      return [
        `「${e.label}」に該当する職員がいないか、記録できる範囲（所管）の外です。`,
        `No person you may record matches "${e.label}".`,
      ];
    const first = seen.get(e.personId);
    if (first !== undefined)
      return [`${p.name}さんは${first}件目と重複しています。`, `${p.name} duplicates entry ${first}.`];
    seen.set(e.personId, index + 1);
    if (input.alreadyRecorded.has(e.personId))
      return [`${p.name}さんの受講はすでに記録されています。`, `${p.name}'s attendance is already recorded.`];
    if (!inAudience(input.audience, p))
      return [
        `${p.name}さんはこの研修の対象者ではありません。`,
        `${p.name} is outside the course's audience.`,
      ];
    return null;
  };
  for (const [index, e] of input.entries.entries()) {
    const problem = problemOf(e, index);
    if (problem) problems.push({ index, field: input.field, ja: problem[0], en: problem[1] });
    else if (e.personId) valid.push({ index, personId: e.personId });
  }
  return { valid, problems };
}
