/**
 * Response schemas of the training routes that record and count the year's work — completion and
 * overdue, sessions and their sign-in sheet, attendance and its import, the check-in QR code,
 * e-learning, drills, new hires, 同意書 and the report chain (zod). The routes document them in
 * /api/openapi.json and the web's typed contract (web/src/contract.ts) derives those screens'
 * types from them; `Checks` holds the queries to them at compile time and responses.test.ts
 * parses real answers against them.
 */
import { z } from "@hono/zod-openapi";
import { DUTY_KEYS, type Duty } from "../../../common/duties";
import { type Assert, type Conforms, I18nText, Instant, IsoDay, Policies, QuoteText } from "../../http/wire";
import type { completionFigures } from "./queries/completion";
import type { consentList } from "./queries/consents";
import { Consent, TrainingCourse } from "./responses";

const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);
const DataOf = <T extends z.ZodType>(data: T) => z.object({ data });

// ── completion (GET /api/training/completion, /api/training/overdue) ──────────
const CourseFigure = z.object({
  courseId: z.string(),
  audience: z.number().int(),
  completed: z.number().int(),
  overdue: z.number().int(),
  /** Percent with one decimal; null when nobody is in the course's audience. */
  rate: z.number().nullable(),
});
export const CompletionFigures = z.object({
  day: IsoDay,
  courses: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      mandatory: z.boolean(),
      dueDate: IsoDay,
      newHire: z.boolean(),
    }),
  ),
  groups: z.array(z.object({ key: z.string(), label: z.string(), courses: z.array(CourseFigure) })),
});
export const CompletionRes = DataOf(CompletionFigures).openapi("TrainingCompletion");

export const OverdueRes = DataOf(
  z.object({
    day: IsoDay,
    overdue: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        employeeNumber: z.string().nullable(),
        departmentId: z.string().nullable(),
        bureauId: z.string().nullable(),
        hasLogin: z.boolean(),
        courseId: z.string(),
        courseTitle: z.string(),
        mandatory: z.boolean(),
        deadline: IsoDay,
        deadlineLabel: z.string(),
        completedOn: IsoDay.nullable(),
        overdue: z.boolean(),
      }),
    ),
  }),
).openapi("TrainingOverdue");

// ── sessions, the sign-in sheet, attendance and its import, the QR code ──────
const Session = z.object({
  id: z.string(),
  courseId: z.string(),
  heldOn: IsoDay,
  heldOnLabel: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  capacity: z.number().int().nullable(),
  organizerPersonId: z.string(),
  createdAt: Instant,
});
export const SessionListRes = DataOf(
  z.object({
    sessions: z.array(
      Session.extend({
        courseTitle: z.string(),
        deliveryLabel: I18nText,
        fiscalYear: z.number().int(),
        attended: z.number().int(),
      }),
    ),
  }),
).openapi("TrainingSessionList");
export const SessionRes = DataOf(Session.omit({ heldOnLabel: true })).openapi("TrainingSessionRes");

export const SessionSheetRes = DataOf(
  z.object({
    session: Session,
    course: z.object({ id: z.string(), title: z.string(), deliveryLabel: I18nText }),
    people: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        employeeNumber: z.string().nullable(),
        departmentId: z.string().nullable(),
        hasLogin: z.boolean(),
        attended: z.boolean(),
        attendedThisSession: z.boolean(),
        methodLabel: I18nText.nullable(),
      }),
    ),
  }),
).openapi("TrainingSessionSheet");

export const RecordedRes = DataOf(z.object({ recorded: z.number().int() })).openapi("TrainingRecorded");

export const AttendanceImportRes = DataOf(
  z.object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    validRows: z.number().int(),
    recorded: z.number().int(),
    errors: z.array(
      z.object({ row: z.number().int(), column: z.string(), message_ja: z.string(), message_en: z.string() }),
    ),
  }),
).openapi("TrainingAttendanceImport");

export const CheckinQrRes = DataOf(
  z.object({
    url: z.string(),
    /** The QR code as a PNG data URL. */
    qr: z.string(),
    heldOn: IsoDay,
    heldOnLabel: z.string(),
    courseTitle: z.string(),
  }),
).openapi("TrainingCheckinQr");

// ── e-learning ────────────────────────────────────────────────────────────────
export const LearnRes = DataOf(
  z.object({
    course: TrainingCourse,
    trainee: z.boolean(),
    completion: z
      .object({
        completedOn: IsoDay,
        completedOnLabel: z.string(),
        methodLabel: I18nText,
        score: z.number().int().nullable(),
      })
      .nullable(),
  }),
).openapi("TrainingLearn");

export const QuizResultRes = DataOf(
  z.object({
    score: z.number(),
    passMark: z.number().int(),
    passed: z.boolean(),
    completedOn: IsoDay.nullable(),
    completedOnLabel: z.string().nullable(),
  }),
).openapi("TrainingQuizResult");

// ── drills ────────────────────────────────────────────────────────────────────
export const Drill = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    title: z.string(),
    scenario: z.string(),
    organization: z.string(),
    scope: z.string(),
    plannedOn: IsoDay,
    plannedOnLabel: z.string(),
    status: z.enum(["planned", "held"]),
    statusLabel: I18nText,
    participantCount: z.number().int(),
    lessons: z.string().nullable(),
    createdAt: Instant,
    policies: Policies,
  })
  .openapi("TrainingDrill");
export const DrillListRes = DataOf(z.object({ drills: z.array(Drill), mayPlan: z.boolean() })).openapi(
  "TrainingDrillList",
);
export const DrillRes = DataOf(Drill).openapi("TrainingDrillRes");
export const DrillDetailRes = DataOf(
  Drill.extend({
    participants: z.array(z.object({ id: z.string(), name: z.string() })),
    timeline: z.array(z.object({ at: z.string(), text: z.string(), by: z.string() })),
    actions: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        owner: z.string(),
        deadline: IsoDay,
        deadlineLabel: z.string(),
        doneAt: Instant.nullable(),
        mayComplete: z.boolean(),
      }),
    ),
  }),
).openapi("TrainingDrillDetail");
export const DrillActionDoneRes = DataOf(z.object({ id: z.string(), doneAt: Instant.nullable() })).openapi(
  "TrainingDrillActionDone",
);

// ── new hires, 同意書, the report chain ──────────────────────────────────────
export const NewHireRes = DataOf(
  z.object({
    id: z.string(),
    courseId: z.string(),
    personId: z.string(),
    joinedOn: IsoDay,
    deadline: IsoDay,
    clause: z.string().nullable(),
    assignedByPersonId: z.string().nullable(),
    remindedBeforeAt: Instant.nullable(),
    remindedOverdueAt: Instant.nullable(),
    createdAt: Instant,
  }),
).openapi("TrainingNewHireRes");

const STANDINGS = ["signed", "pending", "not_requested"] as const;
export const ConsentRes = DataOf(Consent).openapi("TrainingConsent");
export const CourseRes = DataOf(TrainingCourse).openapi("TrainingCourseRes");

export const ConsentList = z.object({
  rule: z.object({
    clause: z.string(),
    text: QuoteText,
    textVersion: z.string(),
    employmentTypes: z.array(z.string()),
  }),
  units: z.array(
    z.object({
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      eligible: z.number().int(),
      signed: z.number().int(),
      pending: z.number().int(),
      notRequested: z.number().int(),
    }),
  ),
  people: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      employeeNumber: z.string().nullable(),
      employmentType: z.string(),
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      standing: z.enum(STANDINGS),
      standingLabel: I18nText,
      consents: z.array(
        z.object({
          id: z.string(),
          textVersion: z.string(),
          current: z.boolean(),
          requestedAt: Instant,
          signedAt: Instant.nullable(),
          signedMethod: z.enum(["app", "paper"]).nullable(),
        }),
      ),
    }),
  ),
});
/** null when the profile asks no 同意書. */
export const ConsentListRes = DataOf(ConsentList.nullable()).openapi("TrainingConsentList");

const Report = z.object({
  id: z.string(),
  planId: z.string(),
  stepKey: z.string(),
  departmentId: z.string().nullable(),
  reportedByPersonId: z.string(),
  reportedOn: IsoDay,
  /** The completion figures as of the report's date. */
  summary: z.unknown(),
  note: z.string().nullable(),
  clause: z.string(),
  createdAt: Instant,
});
export const ReportChainRes = DataOf(
  z.object({
    chain: z.array(
      z.object({ key: z.string(), by: DutyKey, to: DutyKey, title: I18nText, clause: z.string() }),
    ),
    reports: z.array(Report),
  }),
).openapi("TrainingReportChain");
export const ReportRes = DataOf(Report).openapi("TrainingReportRes");

// The queries answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<Awaited<ReturnType<typeof completionFigures>>, z.output<typeof CompletionFigures>>>,
  Assert<Conforms<NonNullable<Awaited<ReturnType<typeof consentList>>>, z.output<typeof ConsentList>>>,
];
