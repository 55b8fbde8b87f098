/**
 * Check items from the clause catalog (pure). Every obligation whose nearest mapping entry is
 * `checklist` becomes one item: the clause text worded as a question, and the audience read from
 * the subject of the text (「職員等は、」「ネットワーク管理者は、」…) with the profile's rules.
 */
import type { AssuranceSectionT, Audience } from "../../../profile/assurance-schema";
import { questionFromText } from "./question";

export interface CatalogClause {
  id: string;
  parent: string | null;
  title: string | null;
  text: string;
  obligation: boolean;
}

export interface MappingLike {
  clause: string;
  kind: string;
}

export interface GeneratedItem {
  clauseId: string;
  clauseTitle: string | null;
  clauseText: string;
  question: string;
  audience: Audience;
  /** The clause of the profile rule that decided the audience; null when the default applied. */
  audienceClause: string | null;
  ordinal: number;
}

type Rules = Pick<AssuranceSectionT, "audience_rules" | "default_audience">;

/** The subject of a clause text: what comes before the first 「は、」 near its start. */
export function subjectOf(text: string): string | null {
  const first = text.split("。")[0] ?? "";
  const at = first.indexOf("は、");
  if (at < 0 || at > 80) return null;
  return first.slice(0, at);
}

function ruleFor(words: string, rules: Rules["audience_rules"]) {
  return rules.find((r) => r.subjects.some((s) => words.includes(s)));
}

/**
 * The audience of a clause: the first rule naming a word of its subject; without a subject (a
 * list item under 「職員等は、次の事項を遵守しなければならない。」), its heading, then its ancestors'
 * subjects and headings; otherwise the profile's default.
 */
export function audienceOf(
  clause: CatalogClause,
  byId: Map<string, CatalogClause>,
  rules: Rules,
): { audience: Audience; clause: string | null } {
  let current: CatalogClause | undefined = clause;
  while (current) {
    for (const words of [subjectOf(current.text), current.title]) {
      if (!words) continue;
      const rule = ruleFor(words, rules.audience_rules);
      if (rule) return { audience: rule.audience, clause: rule.clause };
    }
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return { audience: rules.default_audience, clause: null };
}

/** The nearest mapping entry of a clause (its own or an ancestor's), as the mapping file says. */
function mappedKind(
  clause: CatalogClause,
  byId: Map<string, CatalogClause>,
  index: Map<string, MappingLike>,
): string | undefined {
  let current: CatalogClause | undefined = clause;
  while (current) {
    const entry = index.get(current.id);
    if (entry) return entry.kind;
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return undefined;
}

export function generateItems(
  clauses: CatalogClause[],
  mapping: MappingLike[],
  rules: Rules,
): GeneratedItem[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const index = new Map(mapping.map((e) => [e.clause, e]));
  const items: GeneratedItem[] = [];
  for (const clause of clauses) {
    if (!clause.obligation || mappedKind(clause, byId, index) !== "checklist") continue;
    const audience = audienceOf(clause, byId, rules);
    items.push({
      clauseId: clause.id,
      clauseTitle: clause.title,
      clauseText: clause.text,
      question: questionFromText(clause.text),
      audience: audience.audience,
      audienceClause: audience.clause,
      ordinal: items.length + 1,
    });
  }
  return items;
}

export interface StoredItem {
  clauseId: string;
  clauseText: string;
  status: "active" | "retired";
}

export interface ItemChanges {
  added: GeneratedItem[];
  textChanged: Array<{ item: GeneratedItem; previousText: string }>;
  retired: string[];
  restored: GeneratedItem[];
  unchanged: number;
}

/** What a new catalog (a new policy version) changes in the stored items. */
export function diffItems(stored: StoredItem[], generated: GeneratedItem[]): ItemChanges {
  const byClause = new Map(stored.map((s) => [s.clauseId, s]));
  const changes: ItemChanges = { added: [], textChanged: [], retired: [], restored: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const item of generated) {
    seen.add(item.clauseId);
    const old = byClause.get(item.clauseId);
    if (!old) changes.added.push(item);
    else if (old.status === "retired") changes.restored.push(item);
    else if (old.clauseText !== item.clauseText)
      changes.textChanged.push({ item, previousText: old.clauseText });
    else changes.unchanged++;
  }
  for (const s of stored)
    if (s.status === "active" && !seen.has(s.clauseId)) changes.retired.push(s.clauseId);
  return changes;
}
