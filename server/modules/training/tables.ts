import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AudienceT, QuizT } from "./domain/types";

/**
 * 研修・訓練 — the yearly plan and its courses, sessions, attendance of every person of the
 * directory (with or without a login), new-hire assignments, 同意書, the chain of reports and
 * drills. Never imported by another module: they read through ./index.ts.
 */

export type PlanStatus = "draft" | "submitted" | "approved" | "in_effect" | "reported";
export type Delivery = "classroom" | "elearning" | "drill";
export type AttendanceMethod = "self" | "department_head" | "organizer" | "import" | "elearning" | "qr";

/** The training plan of one 年度 (6.2(2)①). */
export const trainingPlans = pgTable(
  "training_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: text("profile_id").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    title: text("title").notNull(),
    note: text("note"),
    status: text("status").notNull().$type<PlanStatus>().default("draft"),
    createdByPersonId: uuid("created_by_person_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedByPersonId: uuid("submitted_by_person_id"),
    /** Approval by the profile's duty, with the clause in force when approved. */
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedByPersonId: uuid("approved_by_person_id"),
    approvalClause: text("approval_clause"),
    effectiveAt: timestamp("effective_at", { withTimezone: true }),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("training_plans_year_uq").on(t.profileId, t.fiscalYear)],
);

/** A course of a plan: who must take it, whether it is mandatory, how it is delivered. */
export const trainingCourses = pgTable(
  "training_courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    delivery: text("delivery").notNull().$type<Delivery>(),
    mandatory: boolean("mandatory").notNull().default(true),
    audience: jsonb("audience").notNull().$type<AudienceT>(),
    /** The profile's new-hire course: assigned to each person who joins, with a deadline. */
    newHire: boolean("new_hire").notNull().default(false),
    /** Last day to complete it (defaults to the end of the 年度). */
    dueDate: date("due_date").notNull(),
    /** E-learning material: a page of text, and/or an uploaded PDF. */
    materialText: text("material_text"),
    materialPdf: text("material_pdf_base64"),
    materialPdfName: text("material_pdf_name"),
    quiz: jsonb("quiz").$type<QuizT>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("training_courses_plan_idx").on(t.planId),
    index("training_courses_year_idx").on(t.fiscalYear),
  ],
);

/** A session of a course: date, place, capacity, organizer. */
export const trainingSessions = pgTable(
  "training_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id").notNull(),
    heldOn: date("held_on").notNull(),
    startTime: text("start_time"),
    place: text("place").notNull(),
    capacity: integer("capacity"),
    organizerPersonId: uuid("organizer_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("training_sessions_course_idx").on(t.courseId)],
);

/**
 * One completion of a course by a person. The 課 and 局 are those of the person on the day of
 * completion (the directory's membership then), so a later transfer does not move the figure.
 */
export const trainingAttendance = pgTable(
  "training_attendance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id").notNull(),
    sessionId: uuid("session_id"),
    personId: uuid("person_id").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    completedOn: date("completed_on").notNull(),
    method: text("method").notNull().$type<AttendanceMethod>(),
    recordedByPersonId: uuid("recorded_by_person_id"),
    departmentId: uuid("department_id"),
    bureauId: uuid("bureau_id"),
    /** E-learning: the quiz score (percent). */
    score: integer("score"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("training_attendance_course_person_uq").on(t.courseId, t.personId),
    index("training_attendance_person_idx").on(t.personId),
    index("training_attendance_year_dept_idx").on(t.fiscalYear, t.departmentId),
  ],
);

/** A course assigned to one person with their own deadline (new hires, 6.2(2)③). */
export const trainingAssignments = pgTable(
  "training_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id").notNull(),
    personId: uuid("person_id").notNull(),
    joinedOn: date("joined_on").notNull(),
    deadline: date("deadline").notNull(),
    clause: text("clause"),
    assignedByPersonId: uuid("assigned_by_person_id"),
    /** Reminders sent (once each): before the deadline, and once it has passed. */
    remindedBeforeAt: timestamp("reminded_before_at", { withTimezone: true }),
    remindedOverdueAt: timestamp("reminded_overdue_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("training_assignments_course_person_uq").on(t.courseId, t.personId)],
);

/** 同意書: asked of a person by their 課長, signed in the app or received on paper. */
export const trainingConsents = pgTable(
  "training_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    requestedByPersonId: uuid("requested_by_person_id").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    /** The text the person agrees to, and a version label (the profile id and a hash of the text). */
    text: text("text").notNull(),
    textVersion: text("text_version").notNull(),
    clause: text("clause").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    signedMethod: text("signed_method").$type<"app" | "paper">(),
    recordedByPersonId: uuid("recorded_by_person_id"),
  },
  (t) => [index("training_consents_person_idx").on(t.personId)],
);

/** One step of the chain of reports of a 年度 (6.2(2)⑤⑥⑦): who reported, to whom, when. */
export const trainingReports = pgTable(
  "training_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull(),
    stepKey: text("step_key").notNull(),
    /** The 課 reported on (the department step), else null. */
    departmentId: uuid("department_id"),
    reportedByPersonId: uuid("reported_by_person_id").notNull(),
    reportedOn: date("reported_on").notNull(),
    summary: jsonb("summary").notNull(),
    note: text("note"),
    clause: text("clause").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("training_reports_plan_idx").on(t.planId)],
);

/** 緊急時対応訓練 (6.2(3)): the drill plan, its run and lessons. */
export const trainingDrills = pgTable("training_drills", {
  id: uuid("id").primaryKey().defaultRandom(),
  profileId: text("profile_id").notNull(),
  fiscalYear: integer("fiscal_year").notNull(),
  title: text("title").notNull(),
  scenario: text("scenario").notNull(),
  /** 体制 and 範囲 the drill plan sets (6.2(3)). */
  organization: text("organization").notNull(),
  scope: text("scope").notNull(),
  plannedOn: date("planned_on").notNull(),
  participantPersonIds: uuid("participant_person_ids").array().notNull(),
  status: text("status").notNull().$type<"planned" | "held">().default("planned"),
  /** Timeline of the run: [{at, text, by}]. */
  timeline: jsonb("timeline")
    .notNull()
    .$type<Array<{ at: string; text: string; byPersonId: string }>>()
    .default([]),
  lessons: text("lessons"),
  createdByPersonId: uuid("created_by_person_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An improvement item from a drill's lessons: owner and deadline. */
export const trainingDrillActions = pgTable(
  "training_drill_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    drillId: uuid("drill_id").notNull(),
    text: text("text").notNull(),
    ownerPersonId: uuid("owner_person_id").notNull(),
    deadline: date("deadline").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("training_drill_actions_drill_idx").on(t.drillId)],
);

/**
 * The completion tally (issue 15's scale: the whole organization's figures per 課 within 100 ms):
 * who was in each course's audience, in which 課, over which days — one row per (course, person,
 * stretch of days in one 課), built from the directory's membership on the days it can change
 * (org's membershipChangeDaysSql) and rebuilt when the directory or the applied moves change
 * (training_tally_builds.source). Kept per course from the first day of its 年度 on.
 */
export const trainingTallyMembers = pgTable(
  "training_tally_members",
  {
    courseId: uuid("course_id").notNull(),
    personId: uuid("person_id").notNull(),
    departmentId: uuid("department_id"),
    parentId: uuid("parent_id"),
    bureauId: uuid("bureau_id"),
    /** In the audience from this day (the later of the stretch's start and a new hire's joining) … */
    fromDay: date("from_day").notNull(),
    /** … until the day before this one (null: still). */
    toDay: date("to_day"),
    deadline: date("deadline").notNull(),
    mandatory: boolean("mandatory").notNull(),
    /**
     * The person's completion of the course (training_attendance.completed_on, whatever the day;
     * null: not completed), written by the build and by the attendance's writers with it
     * (addCompletions): a 課長's page reads its 課's stretches without looking each one up.
     */
    completedOn: date("completed_on"),
  },
  (t) => [
    index("training_tally_members_course_person_idx").on(t.courseId, t.personId),
    index("training_tally_members_course_dept_idx").on(t.courseId, t.departmentId),
  ],
);

/**
 * The figures as changes by day, summed per (course, 課): +1 audience when a person's stretch
 * starts, −1 when it ends; completed from the later of that start and the day completed; overdue
 * from the day after the deadline until completed. The figures on a day are the sums of the rows
 * up to it — a few rows per 課 and course instead of every person. Attendance recorded adds its
 * change in the same transaction (queries/tally.ts).
 */
export const trainingTally = pgTable(
  "training_tally",
  {
    courseId: uuid("course_id").notNull(),
    departmentId: uuid("department_id"),
    parentId: uuid("parent_id"),
    bureauId: uuid("bureau_id"),
    onDay: date("on_day").notNull(),
    audience: integer("audience").notNull(),
    completed: integer("completed").notNull(),
    overdue: integer("overdue").notNull(),
  },
  (t) => [index("training_tally_course_day_idx").on(t.courseId, t.onDay)],
);

/** What each course's tally was built from (the directory's and the course's state then). */
export const trainingTallyBuilds = pgTable("training_tally_builds", {
  courseId: uuid("course_id").primaryKey(),
  source: text("source").notNull(),
  builtAt: timestamp("built_at", { withTimezone: true }).notNull().defaultNow(),
});
