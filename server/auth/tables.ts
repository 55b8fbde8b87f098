import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** A login of a person. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    loginId: text("login_id").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** A temporary password (initial or reset) must be changed before anything else. */
    mustChangePassword: boolean("must_change_password").notNull().default(true),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /**
     * What the failures that set the lock were: "password" (a guesser who does not know it; the
     * owner may clear the lock with password + second factor) or "second_factor" / "reauth"
     * (someone who knows the password or holds a session: only time or an administrator clears it).
     */
    lockedBy: text("locked_by"),
    /** Locked by an administrator or by a violation measure, until unlocked. */
    disabled: boolean("disabled").notNull().default(false),
    totpSecret: text("totp_secret"),
    totpEnabled: boolean("totp_enabled").notNull().default(false),
    /** The last TOTP time step accepted (unix time / 30): a code is accepted once. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** argon2 hashes of unused recovery codes. */
    recoveryCodes: jsonb("recovery_codes").$type<string[]>().notNull().default([]),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    lastLoginIp: text("last_login_ip"),
    previousLoginAt: timestamp("previous_login_at", { withTimezone: true }),
    previousLoginIp: text("previous_login_ip"),
    locale: text("locale").notNull().default("ja"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_login_id_uq").on(t.loginId), uniqueIndex("users_person_uq").on(t.personId)],
);

/** Previous password hashes, so the last N cannot be reused. */
export const passwordHistory = pgTable(
  "password_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order: the last N are the N highest, even when clock readings tie. */
    seq: bigserial("seq", { mode: "number" }).notNull(),
  },
  (t) => [index("password_history_user_idx").on(t.userId, t.seq)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    id: text("id").primaryKey(),
    userId: uuid("user_id").notNull(),
    csrfToken: text("csrf_token").notNull(),
    /** Password checked but TOTP still owed. */
    mfaPending: boolean("mfa_pending").notNull().default(false),
    /** Holds administrative duties: shorter absolute lifetime. */
    privileged: boolean("privileged").notNull().default(false),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
