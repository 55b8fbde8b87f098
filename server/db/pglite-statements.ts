/**
 * Named prepared statements for the embedded database (issue #11 item 8).
 *
 * PGlite's `query` sends every statement as the unnamed statement, so PostgreSQL parses,
 * analyses and plans it on every call. For the screens' queries (a dozen joins and subqueries,
 * the directory's names, visibility predicates) planning in WebAssembly costs several times the
 * execution: an asset's detail read planned in 10–20 ms and ran in 0.5 ms. PostgreSQL's plan
 * cache only works for named statements, so this wrapper names a statement the second time its
 * text is seen (one-off texts — bulk inserts, generated IN lists — stay unnamed) and from then on
 * only binds and executes it; after five executions PostgreSQL keeps a generic plan when it is
 * no worse than the custom ones (`plan_cache_mode = auto`), so a plan that depends on the
 * parameters is still made per call.
 *
 * At most MAX_STATEMENTS are kept (least recently used closed first), so memory stays bounded.
 * A statement PostgreSQL can no longer use (its result type changed, or it was deallocated) is
 * prepared again once. Queries with a blob or explicit parameter types, utility statements and
 * statements given a list (statement-rules.ts) go through PGlite's own path unchanged.
 *
 * The message sequence, locking and result parsing are PGlite's own (`query`: Parse, Describe,
 * Bind, Describe, Execute, Sync under the transaction and query locks; inside a transaction only
 * the query lock), with the Parse named and kept.
 */

import {
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from "@electric-sql/pglite";
import { worthNaming } from "./statement-rules";

const MAX_STATEMENTS = 400;
const SEEN_TEXTS = 4_000;

type Message = { name: string };
type Serializer = (value: unknown) => string;
interface PGliteInternals {
  serializers: Record<number, Serializer>;
  parsers: Record<number, (value: string, typeId?: number) => unknown>;
  _checkReady(): Promise<void>;
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
  syncToFs(): Promise<void>;
}

interface Statement {
  name: string;
  paramTypes: number[];
}

/** Codes of a named statement that cannot be used any more: prepare it again. */
function staleStatement(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e.code === "26000" || // prepared statement does not exist
    (e.code === "0A000" && /cached plan must not change result type/.test(e.message ?? ""))
  );
}

/** As PGlite does: a database error names the query it came from. */
function decorated(err: unknown, query: string, params: unknown, queryOptions: unknown): unknown {
  if (err && typeof err === "object" && "code" in err) Object.assign(err, { query, params, queryOptions });
  return err;
}

export class StatementCache {
  private readonly statements = new Map<string, Statement>();
  private readonly seen = new Set<string>();
  private counter = 0;
  /** Statements named so far and calls served by one (for the bench and the tests). */
  readonly stats = { prepared: 0, reused: 0, closed: 0 };

  constructor(private readonly pg: PGlite) {}

  private get internals(): PGliteInternals {
    return this.pg as unknown as PGliteInternals;
  }

  private send(message: Uint8Array): Promise<Message[]> {
    return this.pg.execProtocolStream(message, { syncToFs: false }) as Promise<Message[]>;
  }

  /** Should this call use a named statement? Texts worth naming (statement-rules.ts) seen before. */
  private wants(text: string, params: unknown[] | undefined, options?: QueryOptions): boolean {
    if (options?.blob || options?.paramTypes || !worthNaming(text, params)) return false;
    if (this.statements.has(text)) return true;
    if (this.seen.has(text)) return true;
    if (this.seen.size >= SEEN_TEXTS) this.seen.clear();
    this.seen.add(text);
    return false;
  }

  /** Runs one named statement; the caller holds the query lock. */
  private async run<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    const messages: Message[] = [];
    try {
      const statement = await this.statementFor(text, messages);
      const serializers = options?.serializers;
      const values = params.map((value, i) => {
        if (value == null) return null;
        const type = statement.paramTypes[i];
        const serialize = serializers?.[type] ?? this.internals.serializers[type];
        return serialize ? serialize(value) : String(value);
      });
      messages.push(...(await this.send(protocol.serialize.bind({ statement: statement.name, values }))));
      messages.push(...(await this.send(protocol.serialize.describe({ type: "P" }))));
      messages.push(...(await this.send(protocol.serialize.execute({}))));
    } finally {
      messages.push(...(await this.send(protocol.serialize.sync())));
    }
    return parse.parseResults(messages as never, this.internals.parsers as never, options)[0] as Results<T>;
  }

  private async statementFor(text: string, messages: Message[]): Promise<Statement> {
    const known = this.statements.get(text);
    if (known) {
      // Most recently used last: eviction takes the first.
      this.statements.delete(text);
      this.statements.set(text, known);
      this.stats.reused++;
      return known;
    }
    if (this.statements.size >= MAX_STATEMENTS) await this.closeOldest(messages);
    const name = `sekimori_${++this.counter}`;
    messages.push(...(await this.send(protocol.serialize.parse({ name, text }))));
    const described = await this.send(protocol.serialize.describe({ type: "S", name }));
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(described as never) };
    this.statements.set(text, statement);
    this.stats.prepared++;
    return statement;
  }

  private async closeOldest(messages: Message[]): Promise<void> {
    const [text, oldest] = this.statements.entries().next().value as [string, Statement];
    this.statements.delete(text);
    messages.push(...(await this.send(protocol.serialize.close({ type: "S", name: oldest.name }))));
    this.stats.closed++;
  }

  /** One query, named when worth it, retried once on a statement PostgreSQL dropped. */
  async query<T>(
    text: string,
    params: unknown[] | undefined,
    options: QueryOptions | undefined,
    fallback: () => Promise<Results<T>>,
    inTransaction: boolean,
  ): Promise<Results<T>> {
    if (!this.wants(text, params, options)) return fallback();
    const attempt = () => this.run<T>(text, params ?? [], options);
    const locked = async () => {
      try {
        return await attempt();
      } catch (err) {
        if (!staleStatement(err)) throw decorated(err, text, params, options);
        await this.forget(text);
        // Inside a transaction the failure has aborted it: the caller's transaction fails (and
        // the next use prepares afresh); on its own the statement is simply prepared again.
        if (inTransaction) throw decorated(err, text, params, options);
        return attempt().catch((again) => {
          throw decorated(again, text, params, options);
        });
      }
    };
    const { internals } = this;
    await internals._checkReady();
    if (inTransaction) return internals._runExclusiveQuery(locked);
    return internals._runExclusiveTransaction(async () => {
      const result = await internals._runExclusiveQuery(locked);
      await internals.syncToFs();
      return result;
    });
  }

  /** Drops a statement PostgreSQL can no longer use (closing one it has no more is no error). */
  private async forget(text: string): Promise<void> {
    const statement = this.statements.get(text);
    if (!statement) return;
    this.statements.delete(text);
    try {
      await this.send(protocol.serialize.close({ type: "S", name: statement.name }));
    } finally {
      await this.send(protocol.serialize.sync());
    }
  }
}

/**
 * The PGlite client drizzle is given: `query` (on the client and inside `transaction`) goes
 * through the statement cache; everything else is PGlite's own.
 */
export function withStatementCache(pg: PGlite): { client: PGlite; cache: StatementCache } {
  const cache = new StatementCache(pg);
  const original = pg.query.bind(pg);
  const wrapTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== "query") return Reflect.get(target, prop, receiver);
        return <T>(text: string, params?: unknown[], options?: QueryOptions) => {
          if (target.closed) throw new Error("Transaction is closed");
          return cache.query<T>(text, params, options, () => target.query<T>(text, params, options), true);
        };
      },
    });
  const client = new Proxy(pg, {
    get(target, prop) {
      if (prop === "query")
        return <T>(text: string, params?: unknown[], options?: QueryOptions) =>
          cache.query<T>(text, params, options, () => original<T>(text, params, options), false);
      if (prop === "transaction")
        return <T>(fn: (tx: Transaction) => Promise<T>) =>
          target.transaction((tx) => fn(wrapTransaction(tx)));
      // PGlite keeps its state in private fields: its methods and getters run on the instance.
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { client, cache };
}
