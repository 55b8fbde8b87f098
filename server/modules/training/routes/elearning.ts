import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { formatDateJa, todayJst } from "../../../../common/calendar";
import { authorize, can } from "../../../access";
import { contentDisposition } from "../../../http/attachment-name";
import { notFound } from "../../../http/errors";
import {
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonBody,
  SESSION_ROUTE,
} from "../../../http/router";
import { isTrainee, loadRunningCourse, RUNNING_PLAN, takeQuiz } from "../commands/elearning";
import {
  MATERIAL_MAX_BYTES,
  materialOf,
  materialPdf,
  materialTooLarge,
  setMaterialPdf,
} from "../commands/material";
import { METHOD_LABELS, presentCourse } from "../presenter";
import { CourseRes, LearnRes, QuizResultRes } from "../responses-records";
import { dutiesOf } from "../rules";
import { IdParam, QuizAnswerReq } from "../schema";
import { trainingAttendance } from "../tables";
import { type C, env, ok, TAG } from "./common";

/** Upload path: the app skips its 1 MB JSON limit there and `materialLimit` applies instead. */
export const TRAINING_MATERIAL_UPLOAD = /^\/api\/training\/courses\/[^/]+\/material$/;

const materialLimit = (c: C, next: Next) =>
  c.req.method !== "POST"
    ? next()
    : bodyLimit({
        maxSize: MATERIAL_MAX_BYTES + 64 * 1024,
        onError: () => {
          throw materialTooLarge();
        },
      })(c, next);

const MaterialUpload = z
  .object({ file: z.instanceof(File).openapi({ type: "string", format: "binary" }) })
  .openapi("TrainingMaterialUpload");

/** E-learning: read a course's material and take its quiz (not an LMS: one page and a short test). */
export function elearningRoutes() {
  const app = createRouter();

  app.use("/api/training/courses/:id/material", materialLimit);
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/courses/{id}/material",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "eラーニング教材（PDF、10MBまで）の登録・差替え / Upload a course's PDF material",
      request: {
        params: IdParam,
        body: { required: true, content: { "multipart/form-data": { schema: MaterialUpload } } },
      },
      responses: { ...ok("The course with its material", CourseRes), 413: { description: "Too large" } },
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "manage", "training_plan", { duties: dutiesOf(profile) });
      const file = await materialOf(c.req.valid("form").file);
      const row = await setMaterialPdf(db, ctxOf(c), profile.id, c.req.valid("param").id, file, now);
      return c.json({ data: presentCourse(row, true) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/courses/{id}/material",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "eラーニング教材（PDF）のダウンロード / A course's PDF material",
      request: { params: IdParam },
      responses: { 200: { description: "The PDF (as a download)" }, ...errorResponses },
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
      const pdf = await materialPdf(db, profile.id, c.req.valid("param").id);
      // A draft plan's material is the organizer's until the plan runs (as its courses, /learn).
      if (
        !RUNNING_PLAN.includes(pdf.planStatus) &&
        !can(actor, "manage", "training_plan", { duties: dutiesOf(profile) })
      )
        throw notFound({ ja: "教材", en: "The material" });
      return new Response(new Uint8Array(pdf.bytes), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          "content-disposition": contentDisposition(pdf.fileName),
          "x-content-sha256": pdf.sha256,
          "cache-control": "no-store",
        },
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/courses/{id}/learn",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修の教材と確認テスト（受講者向け） / A course's material and quiz, with my state",
      request: { params: IdParam },
      responses: ok("The course (no answers), whether I am a trainee, and my completion", LearnRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
      const course = await loadRunningCourse(db, profile.id, c.req.valid("param").id);
      const [done] = await db
        .select()
        .from(trainingAttendance)
        .where(
          and(eq(trainingAttendance.courseId, course.id), eq(trainingAttendance.personId, actor.personId)),
        );
      return c.json(
        {
          data: {
            course: presentCourse(course, false),
            trainee: await isTrainee(db, course, actor.personId, todayJst(now)),
            completion: done
              ? {
                  completedOn: done.completedOn,
                  completedOnLabel: formatDateJa(done.completedOn),
                  methodLabel: METHOD_LABELS[done.method],
                  score: done.score,
                }
              : null,
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/courses/{id}/quiz",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "確認テストの解答（合格で修了） / Answer the quiz (passing completes the course)",
      request: { params: IdParam, ...jsonBody(QuizAnswerReq) },
      responses: ok("The score, the pass mark and whether it passed", QuizResultRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
      const result = await takeQuiz(
        db,
        { ...ctxOf(c), actor },
        profile,
        c.req.valid("param").id,
        c.req.valid("json").answers,
        now,
      );
      return c.json(
        {
          data: { ...result, completedOnLabel: result.completedOn ? formatDateJa(result.completedOn) : null },
        },
        200,
      );
    },
  );

  return app;
}
