import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
  },
  (t) => [
    index("audit_events_type_idx").on(t.type),
    index("audit_events_target_idx").on(t.targetType, t.targetId),
    index("audit_events_actor_idx").on(t.actorPersonId),
    index("audit_events_occurred_idx").on(t.occurredAt),
  ],
);
