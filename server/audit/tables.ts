import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Tamper-evident event log: append-only (a trigger rejects UPDATE and DELETE), each row
 * carrying the SHA-256 of its canonical encoding including the previous row's hash.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull(),
    type: text("type").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorPersonId: uuid("actor_person_id"),
    /** Set when the actor acts as a deputy (代行) for this person. */
    actingForPersonId: uuid("acting_for_person_id"),
    ip: text("ip"),
    targetType: text("target_type"),
    targetId: text("target_id"),
    /** Department the target belongs to, for department-scoped viewing. */
    departmentId: uuid("department_id"),
    data: jsonb("data").notNull().default({}),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    /** 1, 2, 3, … without gaps (assigned under the chain lock; ids may skip on rollback). */
    seq: bigint("seq", { mode: "number" }),
    /**
     * HMAC-SHA256 of `seq|id|hash` with a key outside the database (server/secrets): a rewritten
     * event cannot be re-signed after its hashes are recomputed. Null only for events written
     * before signing existed (anchored through the chain by the first signed event).
     */
    sig: text("sig"),
  },
  (t) => [
    index("audit_events_type_idx").on(t.type),
    index("audit_events_target_idx").on(t.targetType, t.targetId),
    index("audit_events_actor_idx").on(t.actorPersonId),
    index("audit_events_occurred_idx").on(t.occurredAt),
  ],
);

/**
 * The signed head of the chain: one row, rewritten with every event in the same transaction.
 * Deleting the newest events leaves the head pointing past the end; moving it back needs the key.
 */
export const auditHead = pgTable("audit_head", {
  id: integer("id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  eventId: bigint("event_id", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  sig: text("sig").notNull(),
});

/** Heads an administrator exported (printed, kept elsewhere): each is checked again on verify. */
export const auditCheckpoints = pgTable("audit_checkpoints", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  eventId: bigint("event_id", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  signedAt: timestamp("signed_at", { withTimezone: true, precision: 3 }).notNull(),
  sig: text("sig").notNull(),
});
