/**
 * `sekimori profile import-text FILE --id ID`: parses a new organization's policy text into a
 * clause-catalog draft, the first step of adopting Sekimori. The draft lists every obligation so
 * that a mapping file can be written for it.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type ClauseCatalog, toCatalog } from "./clauses/catalog";
import { parsePolicyText } from "./clauses/parse";

export function importText(textPath: string, id: string): ClauseCatalog {
  if (!/^[a-z0-9-]+$/.test(id))
    throw new Error(`catalog id "${id}" must be lower-case letters, digits and hyphens`);
  return toCatalog(parsePolicyText(readFileSync(textPath, "utf8"), id), basename(textPath));
}

/** A mapping skeleton with one line per obligation, every entry still to be decided. */
export function mappingDraft(catalog: ClauseCatalog): string {
  const lines = [`catalog: ${catalog.id}`, "entries:"];
  for (const clause of catalog.clauses.filter((c) => c.obligation)) {
    lines.push(`  # ${clause.text.replace(/\s+/g, " ").slice(0, 80)}`);
    lines.push(`  # - { clause: "${clause.id}", kind: checklist }`);
  }
  return `${lines.join("\n")}\n`;
}
