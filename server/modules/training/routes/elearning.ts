import { createRoute } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { formatDateJa, todayJst } from "../../../../common/calendar";
import { authorize } from "../../../access";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { isTrainee, loadRunningCourse, takeQuiz } from "../commands/elearning";
import { METHOD_LABELS, presentCourse } from "../presenter";
import { dutiesOf } from "../rules";
import { IdParam, QuizAnswerReq } from "../schema";
import { trainingAttendance } from "../tables";
import { env, ok, TAG } from "./common";

/** E-learning: read a course's material and take its quiz (not an LMS: one page and a short test). */
export function elearningRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/courses/{id}/learn",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修の教材と確認テスト（受講者向け） / A course's material and quiz, with my state",
      request: { params: IdParam },
      responses: ok("The course (no answers), whether I am a trainee, and my completion"),
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
      responses: ok("The score, the pass mark and whether it passed"),
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
