/**
 * GET /api/training/courses/export.{xlsx,csv,pdf} (issue 20 item 3): the courses of the plans as a
 * file, with the list's filter (年度) and its own query (listCourses, shared with GET
 * /api/training/courses) and its own check (whoever may read the plans). Courses hold no personal
 * information: marked at the profile's level for exports. Taking it out is an audit event
 * (format, filter, rows) recorded before the file is sent.
 */

import type { z } from "@hono/zod-openapi";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { formatDateJa, formatFiscalYear } from "../../../../common/calendar";
import { authorize } from "../../../access";
import type { DbOrTx } from "../../../db/client";
import { exportMarking } from "../../../http/export-marking";
import { addListExportRoutes, type ListFormat, listFileResponse } from "../../../http/list-export";
import { recordListExport } from "../../../http/list-export-event";
import type { createRouter } from "../../../http/router";
import { DELIVERY_LABELS } from "../presenter";
import { dutiesOf } from "../rules";
import { CoursesQuery } from "../schema";
import { trainingCourses, trainingPlans } from "../tables";
import { type C, env } from "./common";

/** The courses of the profile's plans (of one 年度 if given), newest 年度 first. */
export async function listCourses(db: DbOrTx, profileId: string, fiscalYear: number | undefined) {
  const plans = await db
    .select({ id: trainingPlans.id })
    .from(trainingPlans)
    .where(
      and(
        eq(trainingPlans.profileId, profileId),
        fiscalYear ? eq(trainingPlans.fiscalYear, fiscalYear) : undefined,
      ),
    );
  if (!plans.length) return [];
  return db
    .select()
    .from(trainingCourses)
    .where(
      inArray(
        trainingCourses.planId,
        plans.map((p) => p.id),
      ),
    )
    .orderBy(desc(trainingCourses.fiscalYear), asc(trainingCourses.createdAt));
}

const AUDIENCE: Record<string, string> = {
  everyone: "全職員等",
  roles: "役割",
  employment: "任用形態",
  departments: "課・局",
};

async function coursesFile(c: C, format: ListFormat) {
  const { actor, db, profile, now } = env(c);
  authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
  // biome-ignore lint/suspicious/noExplicitAny: the validated query of a file route
  const q: z.infer<typeof CoursesQuery> = (c.req as any).valid("query");
  const rows = await listCourses(db, profile.id, q.fiscalYear);
  await recordListExport(
    c,
    { type: "training.courses_exported", targetType: "training_course" },
    format,
    q,
    rows.length,
    now,
  );
  return listFileResponse(
    {
      title: "研修（科目）",
      file: "training_courses",
      fileJa: "研修一覧",
      header: [
        "年度",
        "研修名",
        "実施方法",
        "必須",
        "対象",
        "新規採用者",
        "期限",
        "教材",
        "確認テスト",
        "説明",
      ],
      widths: [14, 32, 12, 6, 12, 10, 22, 10, 10, 40],
      rows: rows.map((r) => [
        formatFiscalYear(r.fiscalYear),
        r.title,
        DELIVERY_LABELS[r.delivery]?.ja ?? "",
        r.mandatory ? "必須" : "任意",
        AUDIENCE[r.audience.kind] ?? "",
        r.newHire ? "対象" : "",
        formatDateJa(r.dueDate),
        [r.materialText ? "本文" : "", r.materialPdf !== null ? "PDF" : ""].filter(Boolean).join("・"),
        r.quiz ? `${r.quiz.questions.length}問（合格${r.quiz.passMark}%）` : "",
        r.description ?? "",
      ]),
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

export function courseExportRoutes(app: ReturnType<typeof createRouter>) {
  addListExportRoutes(
    app,
    {
      path: "/api/training/courses/export",
      tag: "training",
      summary: (f) => `研修（科目）の一覧の出力（${f}）/ Export the courses`,
      query: CoursesQuery,
    },
    coursesFile,
  );
}
