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
 * prepared again once. Utility statements, texts seen once and statements given a list
 * (statement-rules.ts) use the unnamed statement, as PGlite does; queries with a blob or explicit
 * parameter types go through PGlite's own path unchanged.
 *
 * A named statement marked for a generic plan (statement-rules.ts `wantsGenericPlan`) runs with
 * `plan_cache_mode = force_generic_plan` set for its execution alone: the SET and the reset travel
 * in the same exchange as its Bind and Execute (simple Query messages before and after the Sync),
 * so it costs no extra call into the backend. Inside a transaction a failed statement leaves the
 * reset undone until the transaction ends, and the rollback undoes the SET with it.
 *
 * Locking is PGlite's own (the transaction and query locks; inside a transaction only the query
 * lock). The messages are PGlite's (`protocol.serialize`), but batched: Bind, Execute and Sync in
 * one call into the backend, the columns known from the statement's description; the reply is
 * read by pglite-wire.ts (PGlite's result parsing cost more than the statements on small results).
 */

import {
  type PGlite,
  messages as pgliteMessages,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from "@electric-sql/pglite";
import { type Column, type Reply, readReply, resultOf } from "./pglite-wire";
import { wantsGenericPlan, worthNaming } from "./statement-rules";

const MAX_STATEMENTS = 400;
/** Around a statement marked for a generic plan (see above); their `SET` tags are not the statement's. */
const FORCE_GENERIC = protocol.serialize.query("SET plan_cache_mode = force_generic_plan");
const AUTO_PLANS = protocol.serialize.query("SET plan_cache_mode = auto");
const SEEN_TEXTS = 4_000;

type Message = { name: string };
type Serializer = (value: unknown) => string;
type Parser = (value: string, typeId: number) => unknown;
interface PGliteInternals {
  serializers: Record<number, Serializer>;
  parsers: Record<number, Parser>;
  _checkReady(): Promise<void>;
  _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
  syncToFs(): Promise<void>;
}

interface Statement {
  /** "" for the unnamed statement (a text seen once, or given a list). */
  name: string;
  paramTypes: number[];
  /** The result's columns, from the statement's description (none: no rows). */
  columns: Column[];
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

  /**
   * Sends protocol messages (several at once: PGlite's backend reads them all in one call) and
   * returns the backend's raw reply; a database error is thrown as PGlite's DatabaseError.
   */
  private async exchange(...parts: Uint8Array[]): Promise<Reply> {
    const message = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const chunks: Uint8Array[] = [];
    // The chunks are views of the WebAssembly memory: copied before the next call reuses it.
    await this.pg.execProtocolRawStream(message, {
      syncToFs: false,
      onRawData: (c) => chunks.push(c.slice()),
    });
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    const reply = readReply(bytes);
    if (reply) return reply;
    const messages: Message[] = [];
    new protocol.Parser().parse(bytes, (m: Message) => messages.push(m));
    const error = messages.find((m) => m instanceof pgliteMessages.DatabaseError);
    if (error) throw error;
    throw new Error(`unexpected reply from the embedded database: ${messages.map((m) => m.name).join(", ")}`);
  }

  /** Should this call use a named statement? Texts worth naming (statement-rules.ts) seen before. */
  private wants(text: string, params: unknown[] | undefined): boolean {
    if (!worthNaming(text, params)) return false;
    if (this.statements.has(text)) return true;
    if (this.seen.has(text)) return true;
    if (this.seen.size >= SEEN_TEXTS) this.seen.clear();
    this.seen.add(text);
    return false;
  }

  /**
   * Runs one statement (named, or the unnamed one); the caller holds the query lock. Bind,
   * Execute and Sync go in one exchange, and the columns come from the statement's description
   * (no Describe of the portal): one call into the backend per statement once it is named.
   */
  private async run<T>(
    text: string,
    params: unknown[],
    named: boolean,
    options?: QueryOptions,
  ): Promise<Results<T>> {
    let synced = false;
    try {
      const statement = named ? await this.statementFor(text) : await this.describe("", text);
      const serializers = options?.serializers;
      const values = params.map((value, i) => {
        if (value == null) return null;
        const type = statement.paramTypes[i];
        const serialize = serializers?.[type] ?? this.internals.serializers[type];
        return serialize ? serialize(value) : String(value);
      });
      synced = true;
      const execution = [
        protocol.serialize.bind({ statement: statement.name, values }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      ];
      const generic = statement.name !== "" && wantsGenericPlan(text);
      const reply = await this.exchange(...(generic ? [FORCE_GENERIC, ...execution, AUTO_PLANS] : execution));
      return resultOf(
        reply,
        statement.columns,
        this.internals.parsers,
        options as never,
      ) as unknown as Results<T>;
    } finally {
      // A failed Parse or Describe leaves the backend skipping messages until a Sync.
      if (!synced) await this.exchange(protocol.serialize.sync()).catch(() => {});
    }
  }

  /** Parses `text` as statement `name` and reads its parameter types and result columns. */
  private async describe(name: string, text: string): Promise<Statement> {
    const reply = await this.exchange(
      protocol.serialize.parse({ name, text }),
      protocol.serialize.describe({ type: "S", name }),
    );
    return { name, paramTypes: reply.paramTypes ?? [], columns: reply.columns ?? [] };
  }

  private async statementFor(text: string): Promise<Statement> {
    const known = this.statements.get(text);
    if (known) {
      // Most recently used last: eviction takes the first.
      this.statements.delete(text);
      this.statements.set(text, known);
      this.stats.reused++;
      return known;
    }
    if (this.statements.size >= MAX_STATEMENTS) await this.closeOldest();
    const statement = await this.describe(`sekimori_${++this.counter}`, text);
    this.statements.set(text, statement);
    this.stats.prepared++;
    return statement;
  }

  private async closeOldest(): Promise<void> {
    const [text, oldest] = this.statements.entries().next().value as [string, Statement];
    this.statements.delete(text);
    await this.exchange(protocol.serialize.close({ type: "S", name: oldest.name }));
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
    // Blobs (COPY) and explicit parameter types: PGlite's own path.
    if (options?.blob || options?.paramTypes) return fallback();
    const named = this.wants(text, params);
    const attempt = () => this.run<T>(text, params ?? [], named, options);
    const locked = async () => {
      try {
        return await attempt();
      } catch (err) {
        if (!named || !staleStatement(err)) throw decorated(err, text, params, options);
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
    await this.exchange(
      protocol.serialize.close({ type: "S", name: statement.name }),
      protocol.serialize.sync(),
    );
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
