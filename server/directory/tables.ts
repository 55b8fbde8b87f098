/**
 * The directory's tables: bureaus and departments, people, role assignments, deputies (代行).
 * Read by every layer through the functions of ./index.ts; written only by modules/org's commands
 * (and the bootstrap, demo and test factories). Table names are unchanged from when they lived in
 * modules/org, so no data migration was needed.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { EMPLOYMENT_TYPES, type EmploymentType } from "../../common/employment";

/** Bureaus (局/部) and departments (課) as one tree. */
export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    /** bureau = 局/部, department = 課 (or a section treated as one). */
    kind: text("kind").notNull().$type<"bureau" | "department">(),
    parentId: uuid("parent_id"),
    sortOrder: integer("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("departments_code_uq").on(t.code), index("departments_parent_idx").on(t.parentId)],
);

// The list lives in common/ so the web app reads the same one (it imports no server value).
export { EMPLOYMENT_TYPES, type EmploymentType };

/** People, with or without a login. */
export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employeeNumber: text("employee_number"),
    name: text("name").notNull(),
    nameKana: text("name_kana"),
    nameEn: text("name_en"),
    email: text("email"),
    phone: text("phone"),
    /** A number reachable out of hours, for the emergency contact network. */
    emergencyPhone: text("emergency_phone"),
    employmentType: text("employment_type").notNull().$type<EmploymentType>(),
    departmentId: uuid("department_id"),
    title: text("title"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("people_department_idx").on(t.departmentId),
    uniqueIndex("people_employee_number_uq").on(t.employeeNumber).where(sql`${t.employeeNumber} is not null`),
  ],
);

/** A role of the active profile held by a person, over a scope. */
export const roleAssignments = pgTable(
  "role_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    roleKey: text("role_key").notNull(),
    /** null = organization-wide; otherwise the bureau or department the role covers. */
    scopeDepartmentId: uuid("scope_department_id"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("role_assignments_person_idx").on(t.personId),
    index("role_assignments_role_idx").on(t.roleKey),
  ],
);

/** 代行: a deputy acts for a principal (optionally for one role assignment) during a period. */
export const deputies = pgTable(
  "deputies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    principalPersonId: uuid("principal_person_id").notNull(),
    deputyPersonId: uuid("deputy_person_id").notNull(),
    roleAssignmentId: uuid("role_assignment_id"),
    validFrom: timestamp("valid_from", { withTimezone: true }).notNull(),
    validTo: timestamp("valid_to", { withTimezone: true }).notNull(),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deputies_deputy_idx").on(t.deputyPersonId),
    index("deputies_principal_idx").on(t.principalPersonId),
  ],
);

/**
 * One row whose `version` moves with every committed change to the tables above (deferred
 * triggers in migration 0026, fired at commit, so no write path can forget it). The directory's in-memory cache
 * (./cache.ts) serves a read only while the row still holds the version the read was made at:
 * several server instances on one database never serve a directory fact older than a commit.
 */
export const directoryVersion = pgTable("directory_version", {
  id: integer("id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
