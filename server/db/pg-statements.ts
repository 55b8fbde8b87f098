/**
 * Named prepared statements on PostgreSQL (issue #11 item 8), as pglite-statements.ts does for
 * the embedded database: node-postgres sends a query as the unnamed statement unless it has a
 * `name`, so PostgreSQL plans it on every call. This client names a text the second time it is
 * seen (one-off texts, and statements given a list — statement-rules.ts — stay unnamed); node-postgres then parses it once per connection and only
 * binds it afterwards, and PostgreSQL keeps its plan (`plan_cache_mode = auto`).
 *
 * The name is a hash of the text, so every connection of the pool agrees on it. At most
 * MAX_NAMED distinct texts are ever named (node-postgres keeps a connection's statements for its
 * life; the pool closes idle connections), so memory stays bounded on both sides.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { worthNaming } from "./statement-rules";

const MAX_NAMED = 2_000;
const SEEN_TEXTS = 8_000;

const named = new Map<string, string>();
const seen = new Set<string>();
/** Texts whose named statement PostgreSQL refused to reuse (its result type changed): unnamed from then on. */
const refused = new Set<string>();

/** The statement name for a text, or undefined while it is not worth one. */
export function statementName(text: string, params?: readonly unknown[]): string | undefined {
  if (!worthNaming(text, params)) return undefined;
  const known = named.get(text);
  if (known) return known;
  if (refused.has(text)) return undefined;
  if (!seen.has(text)) {
    if (seen.size >= SEEN_TEXTS) seen.clear();
    seen.add(text);
    return undefined;
  }
  if (named.size >= MAX_NAMED) return undefined;
  const name = `sekimori_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  named.set(text, name);
  return name;
}

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown };

/** pg's Client with `query({ text, values })` named by `statementName`. */
export class NamedStatementClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; arguments pass through.
  override query(...args: any[]): any {
    const config = args[0] as QueryConfig | string;
    if (config && typeof config === "object" && typeof config.text === "string" && !config.name) {
      const name = statementName(config.text, Array.isArray(config.values) ? config.values : undefined);
      if (name) {
        args[0] = { ...config, name };
        // biome-ignore lint/suspicious/noExplicitAny: see above.
        const result = (super.query as (...a: any[]) => any)(...args);
        if (result && typeof result.catch === "function")
          result.catch((err: { code?: string; message?: string }) => {
            if (err?.code === "0A000" && /cached plan must not change result type/.test(err.message ?? "")) {
              named.delete(config.text as string);
              refused.add(config.text as string);
            }
          });
        return result;
      }
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    return (super.query as (...a: any[]) => any)(...args);
  }
}
