/**
 * Response schemas of the training plan, course and "my training" routes (zod): what the web's
 * typed contract (web/src/contract.ts) derives those screens' types from. `Checks` holds the
 * presenters to them at compile time; responses.test.ts parses real answers against them.
 */
import { z } from "@hono/zod-openapi";
import { type Assert, type Conforms, I18nText, Instant, IsoDay, Policies } from "../../http/wire";
import { TrainingSection } from "../../profile/training-schema";
import { Audience } from "./domain/types";
import type { presentCourse, presentPlan } from "./presenter";
import type { myCourses } from "./queries/mine";

const PLAN_STATUSES = ["draft", "submitted", "approved", "in_effect", "reported"] as const;
const DELIVERIES = ["classroom", "elearning", "drill"] as const;

export const TrainingPlan = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    fiscalYearLabel: z.string(),
    title: z.string(),
    note: z.string().nullable(),
    status: z.enum(PLAN_STATUSES),
    statusLabel: I18nText,
    createdBy: z.string().nullable(),
    submittedAt: Instant.nullable(),
    submittedBy: z.string().nullable(),
    approvedAt: Instant.nullable(),
    approvedBy: z.string().nullable(),
    approvalClause: z.string().nullable(),
    effectiveAt: Instant.nullable(),
    reportedAt: Instant.nullable(),
    createdAt: Instant,
    policies: Policies,
  })
  .openapi("TrainingPlan");

export const TrainingCourse = z
  .object({
    id: z.string(),
    planId: z.string(),
    fiscalYear: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    delivery: z.enum(DELIVERIES),
    deliveryLabel: I18nText,
    mandatory: z.boolean(),
    audience: Audience,
    newHire: z.boolean(),
    dueDate: IsoDay,
    materialText: z.string().nullable(),
    hasPdf: z.boolean(),
    materialPdfName: z.string().nullable(),
    /** The correct answers only for those who manage the plan. */
    quiz: z
      .object({
        passMark: z.number().int(),
        questions: z.array(
          z.object({ text: z.string(), choices: z.array(z.string()), correct: z.number().int().optional() }),
        ),
      })
      .nullable(),
    createdAt: Instant,
  })
  .openapi("TrainingCourse");

/** The profile's training rules (its `training` section), which the screens cite. */
const Rules = TrainingSection;

export const TrainingPlanList = z
  .object({ data: z.object({ plans: z.array(TrainingPlan), rules: Rules }), policies: Policies })
  .openapi("TrainingPlanList");
export const TrainingPlanDetail = z
  .object({
    data: TrainingPlan.extend({ courses: z.array(TrainingCourse), rules: Rules }),
    policies: Policies,
  })
  .openapi("TrainingPlanDetail");
export const TrainingPlanRes = z.object({ data: TrainingPlan }).openapi("TrainingPlanRes");
export const TrainingCourseList = z
  .object({ data: z.object({ courses: z.array(TrainingCourse) }) })
  .openapi("TrainingCourseList");

export const MyCourse = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  delivery: z.enum(DELIVERIES),
  deliveryLabel: I18nText,
  mandatory: z.boolean(),
  deadline: IsoDay,
  deadlineLabel: z.string(),
  completedOn: IsoDay.nullable(),
  methodLabel: I18nText.nullable(),
  overdue: z.boolean(),
  hasQuiz: z.boolean(),
});
export const Consent = z.object({
  id: z.string(),
  personId: z.string(),
  requestedByPersonId: z.string(),
  requestedAt: Instant,
  text: z.string(),
  textVersion: z.string(),
  clause: z.string(),
  signedAt: Instant.nullable(),
  signedMethod: z.enum(["app", "paper"]).nullable(),
  signedMethodLabel: I18nText.nullable(),
  recordedByPersonId: z.string().nullable(),
});
export const MyTraining = z
  .object({
    data: z.object({ fiscalYear: z.number().int(), courses: z.array(MyCourse), consents: z.array(Consent) }),
  })
  .openapi("MyTraining");

// The presenters answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<ReturnType<typeof presentPlan>, z.output<typeof TrainingPlan>>>,
  Assert<Conforms<ReturnType<typeof presentCourse>, z.output<typeof TrainingCourse>>>,
  Assert<Conforms<Awaited<ReturnType<typeof myCourses>>[number], z.output<typeof MyCourse>>>,
];
