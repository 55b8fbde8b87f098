import { desc, type SQL, sql } from "drizzle-orm";
import type { AuditDataOf, AuditEventType, TestAuditEventType } from "../../common/audit-events";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";
import type { RequestContext } from "../http/context";
import { GENESIS_HASH, hashEvent } from "./canonical";
import { eventSignature, headSignature } from "./signing";
import { auditEvents, auditHead } from "./tables";

/** Events written before seq existed have seq backfilled by the migration; this is a fallback. */
async function legacyCount(tx: DbOrTx): Promise<number> {
  const res = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM audit_events`));
  return Number(res[0].n);
}

/** A type the application records (common/audit-events.ts), or a `test.…` type in tests. */
export type RecordableType = AuditEventType | TestAuditEventType;

type DataField<T extends RecordableType> =
  // biome-ignore lint/complexity/noBannedTypes: "no required key" is exactly the empty object type
  {} extends AuditDataOf<T> ? { data?: AuditDataOf<T> } : { data: AuditDataOf<T> };

export type AuditEventInput<T extends RecordableType = RecordableType> = {
  type: T;
  targetType?: string;
  targetId?: string;
  departmentId?: string | null;
  /** Person the actor acted for as a deputy (代行). */
  actingForPersonId?: string | null;
} & DataField<T>;
/* `data`: changed fields ({field: {from, to}}) or other facts of the event, typed per event
   type in common/audit-events.ts; never secrets. */

/**
 * A context for changes made outside a request (the CLI, jobs): no actor, and `via` is stored
 * in the event's data (`{"via":"cli"}`) so the log tells how the change was made.
 */
export interface AuditContext extends RequestContext {
  via?: string;
}

/** The context of a CLI command: actor null, data.via = "cli". */
export function cliContext(): AuditContext {
  return { actor: null, ip: "", requestId: `cli-${process.pid}`, via: "cli" };
}

/** Lock key that serializes appends, so the chain has one line even with several instances. */
const CHAIN_LOCK = 727275;

/**
 * Appends one event to the hash chain. Call it inside the transaction of the change it
 * records, so both commit or neither does.
 */
export async function recordEvent<T extends RecordableType>(
  tx: DbOrTx,
  ctx: RequestContext | null,
  input: AuditEventInput<T>,
  now = new Date(),
) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash, seq: auditEvents.seq })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const seq = last ? (last.seq ?? (await legacyCount(tx))) + 1 : 1;
  const fields = {
    occurredAt: new Date(now.getTime()),
    type: input.type,
    actorUserId: ctx?.actor?.userId ?? null,
    actorPersonId: ctx?.actor?.personId ?? null,
    actingForPersonId: input.actingForPersonId ?? null,
    ip: ctx?.ip || null,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    departmentId: input.departmentId ?? null,
    data: ((ctx as AuditContext | null)?.via
      ? { ...(input.data ?? {}), via: (ctx as AuditContext).via }
      : (input.data ?? {})) as Record<string, unknown>,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashEvent(fields);
  // The id is part of what is signed, so it is taken before the insert (the row is never updated).
  const idRes = rowsOf<{ id: string }>(
    await tx.execute(sql`SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))::text AS id`),
  );
  const id = Number(idRes[0].id);
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...fields, id, hash, seq, sig: eventSignature(seq, id, hash) })
    .returning({ id: auditEvents.id });
  const head = { id: 1, seq, eventId: row.id, hash, sig: headSignature(seq, row.id, hash) };
  await tx.insert(auditHead).values(head).onConflictDoUpdate({ target: auditHead.id, set: head });
  return row.id;
}

/** {field: {from, to}} for the fields that differ; for the event's `data`. */
export function changedFields<T extends Record<string, unknown>>(before: Partial<T>, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/**
 * For the audit invariant (server/http/audit-invariant.ts), which watches what each request
 * commits: the newest audit event's id as a scalar subquery, and the transactions (xmin) that
 * wrote an event after a given id. The table is named here, beside its owner.
 */
export function lastAuditIdSql(): SQL {
  return sql`(SELECT coalesce(max(id), 0) FROM audit_events)`;
}
export function auditedXidsSql(afterId: string): SQL {
  return sql`SELECT DISTINCT xmin::text AS xid FROM audit_events WHERE id > ${afterId}::bigint`;
}
