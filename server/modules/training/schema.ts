import { z } from "@hono/zod-openapi";
import { Audience, Quiz } from "./domain/types";

/** Request and response schemas of /api/training/… (DESIGN.md §4). */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const Text = (max: number) => z.string().trim().min(1).max(max);
const FiscalYear = z.number().int().min(2000).max(2100);

export const IdParam = z.object({ id: z.string().uuid() });

export const PlansQuery = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() });
export const PlanCreateReq = z
  .strictObject({ fiscalYear: FiscalYear, title: Text(200), note: z.string().trim().max(4000).optional() })
  .openapi("TrainingPlanCreate");
export const PlanActionReq = z
  .strictObject({
    action: z.enum(["submit", "return", "approve", "put_in_effect"]),
    note: z.string().trim().max(2000).optional(),
    /** Approving one's own plan where nobody else can (やむを得ない場合): why, recorded. */
    overrideReason: z.string().trim().max(2000).optional(),
  })
  .openapi("TrainingPlanAction");

export const CourseCreateReq = z
  .strictObject({
    planId: z.string().uuid(),
    title: Text(200),
    description: z.string().trim().max(4000).optional(),
    delivery: z.enum(["classroom", "elearning", "drill"]),
    mandatory: z.boolean().default(true),
    audience: Audience,
    newHire: z.boolean().default(false),
    dueDate: IsoDate.optional(),
    materialText: z.string().trim().max(50_000).optional(),
    quiz: Quiz.optional(),
  })
  .openapi("TrainingCourseCreate");
export const CoursesQuery = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() });

export const SessionCreateReq = z
  .strictObject({
    courseId: z.string().uuid(),
    heldOn: IsoDate,
    startTime: z
      .string()
      .regex(/^\d{2}:\d{2}$/, "HH:MM")
      .optional(),
    place: Text(200),
    capacity: z.number().int().min(1).max(100_000).optional(),
    organizerPersonId: z.string().uuid().optional(),
  })
  .openapi("TrainingSessionCreate");
export const SessionsQuery = z.object({
  courseId: z.string().uuid().optional(),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const SheetQuery = z.object({ departmentId: z.string().uuid().optional() });

export const AttendanceReq = z
  .strictObject({
    sessionId: z.string().uuid(),
    /** Ticked names of a sign-in sheet (or the person themself). */
    personIds: z.array(z.string().uuid()).min(1).max(5000),
  })
  .openapi("TrainingAttendance");

export const CompletionQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  asOf: IsoDate.optional(),
  by: z.enum(["organization", "bureau", "department", "person"]).default("department"),
  departmentId: z.string().uuid().optional(),
  courseId: z.string().uuid().optional(),
  /** Only the people in this state for the course (completed, pending within the deadline, overdue). */
  state: z.enum(["completed", "pending", "overdue"]).optional(),
  format: z.enum(["json", "xlsx", "pdf"]).default("json"),
});
export const ConsentListQuery = z.object({
  departmentId: z.string().uuid().optional(),
  /** Where each person stands on the current text: signed, asked and not signed, not asked. */
  standing: z.enum(["signed", "pending", "not_requested"]).optional(),
});
export const OverdueQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  asOf: IsoDate.optional(),
  departmentId: z.string().uuid().optional(),
});

export const JoinReq = z
  .strictObject({ personId: z.string().uuid(), joinedOn: IsoDate, fiscalYear: FiscalYear.optional() })
  .openapi("TrainingNewHire");
export const ConsentRequestReq = z
  .strictObject({ personId: z.string().uuid() })
  .openapi("TrainingConsentRequest");
export const ConsentSignReq = z
  .strictObject({ method: z.enum(["app", "paper"]) })
  .openapi("TrainingConsentSign");

export const ReportReq = z
  .strictObject({
    planId: z.string().uuid(),
    stepKey: z.string().regex(/^[a-z0-9_]+$/),
    departmentId: z.string().uuid().optional(),
    reportedOn: IsoDate,
    note: z.string().trim().max(4000).optional(),
  })
  .openapi("TrainingReport");

export const QuizAnswerReq = z
  .strictObject({ answers: z.array(z.number().int().min(0).max(5)).min(1).max(30) })
  .openapi("TrainingQuizAnswers");

export const DrillCreateReq = z
  .strictObject({
    fiscalYear: FiscalYear,
    title: Text(200),
    scenario: Text(4000),
    organization: Text(4000),
    scope: Text(4000),
    plannedOn: IsoDate,
    participantPersonIds: z.array(z.string().uuid()).min(1).max(2000),
  })
  .openapi("TrainingDrillCreate");
export const DrillEventReq = z
  .strictObject({ at: z.string().datetime({ offset: true }), text: Text(2000) })
  .openapi("TrainingDrillEvent");
export const DrillCloseReq = z
  .strictObject({
    lessons: Text(8000),
    actions: z
      .array(z.strictObject({ text: Text(2000), ownerPersonId: z.string().uuid(), deadline: IsoDate }))
      .max(100)
      .default([]),
  })
  .openapi("TrainingDrillClose");
