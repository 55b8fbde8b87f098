import type { assuranceItems } from "./tables";

/** JSON shapes of the module's records (dates as ISO strings, no internal columns). */
export function presentItem(i: typeof assuranceItems.$inferSelect) {
  return {
    id: i.id,
    clauseId: i.clauseId,
    clauseTitle: i.clauseTitle,
    clauseText: i.clauseText,
    question: i.question,
    generatedQuestion: i.generatedQuestion,
    questionEdited: i.questionEdited,
    audience: i.audience,
    audienceClause: i.audienceClause,
    status: i.status,
    lastChange: i.lastChange,
    previousClauseText: i.previousClauseText,
    changedAt: i.changedAt?.toISOString() ?? null,
    ordinal: i.ordinal,
  };
}
