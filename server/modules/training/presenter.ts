import { formatFiscalYear } from "../../../common/calendar";
import { serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { TrainingDuties } from "./access";
import type { trainingCourses, trainingPlans } from "./tables";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const PLAN_STATUS_LABELS = {
  draft: { ja: "作成中", en: "Draft" },
  submitted: { ja: "承認待ち", en: "Submitted" },
  approved: { ja: "承認済み", en: "Approved" },
  in_effect: { ja: "実施中", en: "In effect" },
  reported: { ja: "報告済み", en: "Reported" },
} as const;

export const DELIVERY_LABELS = {
  classroom: { ja: "集合研修", en: "Classroom" },
  elearning: { ja: "eラーニング", en: "E-learning" },
  drill: { ja: "訓練", en: "Drill" },
} as const;

export const METHOD_LABELS = {
  self: { ja: "本人が記録", en: "By the person" },
  department_head: { ja: "課長が記録（出席簿）", en: "By the section head (sign-in sheet)" },
  organizer: { ja: "主催者が記録", en: "By the organizer" },
  import: { ja: "一括取込", en: "Imported" },
  elearning: { ja: "eラーニング修了", en: "E-learning passed" },
  qr: { ja: "本人がQRコードで記録", en: "By the person (QR code)" },
} as const;

export function presentPlan(
  p: typeof trainingPlans.$inferSelect,
  actor: Actor,
  duties: TrainingDuties,
  names: Map<string, string> = new Map(),
) {
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: p.id,
    fiscalYear: p.fiscalYear,
    fiscalYearLabel: formatFiscalYear(p.fiscalYear),
    title: p.title,
    note: p.note,
    status: p.status,
    statusLabel: PLAN_STATUS_LABELS[p.status],
    createdBy: name(p.createdByPersonId),
    submittedAt: iso(p.submittedAt),
    submittedBy: name(p.submittedByPersonId),
    approvedAt: iso(p.approvedAt),
    approvedBy: name(p.approvedByPersonId),
    approvalClause: p.approvalClause,
    effectiveAt: iso(p.effectiveAt),
    reportedAt: iso(p.reportedAt),
    createdAt: p.createdAt.toISOString(),
    policies: serialize(actor, "training_plan", { duties }),
  };
}

/** A course; the quiz's correct answers only for those who manage the plan. */
export function presentCourse(c: typeof trainingCourses.$inferSelect, withAnswers: boolean) {
  return {
    id: c.id,
    planId: c.planId,
    fiscalYear: c.fiscalYear,
    title: c.title,
    description: c.description,
    delivery: c.delivery,
    deliveryLabel: DELIVERY_LABELS[c.delivery],
    mandatory: c.mandatory,
    audience: c.audience,
    newHire: c.newHire,
    dueDate: c.dueDate,
    materialText: c.materialText,
    hasPdf: c.materialPdf !== null,
    materialPdfName: c.materialPdfName,
    quiz: c.quiz
      ? {
          passMark: c.quiz.passMark,
          questions: c.quiz.questions.map((q) => (withAnswers ? q : { text: q.text, choices: q.choices })),
        }
      : null,
    createdAt: c.createdAt.toISOString(),
  };
}
