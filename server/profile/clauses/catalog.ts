/** Clause catalogs: the parsed source texts checked in under `policies/catalogs/<id>.json`. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { POLICIES_DIR } from "../paths";
import type { Clause, Footnote, ParsedText } from "./parse";

export interface ClauseCatalog {
  id: string;
  /** Seed file the catalog was generated from, for regeneration. */
  source: string;
  documents: { name: string; title: string }[];
  stats: { clauses: number; obligations: number };
  clauses: Clause[];
  footnotes: Footnote[];
}

export function toCatalog(parsed: ParsedText, source: string): ClauseCatalog {
  return {
    id: parsed.id,
    source,
    documents: parsed.documents,
    stats: {
      clauses: parsed.clauses.length,
      obligations: parsed.clauses.filter((c) => c.obligation).length,
    },
    clauses: parsed.clauses,
    footnotes: parsed.footnotes,
  };
}

export function catalogPath(id: string, policiesDir = POLICIES_DIR): string {
  return join(policiesDir, "catalogs", `${id}.json`);
}

const cache = new Map<string, ClauseCatalog>();

export function loadCatalog(id: string, policiesDir = POLICIES_DIR): ClauseCatalog {
  const path = catalogPath(id, policiesDir);
  const cached = cache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) throw new Error(`clause catalog "${id}" not found: ${path}`);
  const catalog = JSON.parse(readFileSync(path, "utf8")) as ClauseCatalog;
  cache.set(path, catalog);
  return catalog;
}

/** Catalog id of a clause id (`nishihara:対策基準/5.2` → `nishihara`). */
export function catalogIdOf(clauseId: string): string {
  const colon = clauseId.indexOf(":");
  return colon < 0 ? "" : clauseId.slice(0, colon);
}
