import { createRoute } from "@hono/zod-openapi";
import { formatDateJa } from "../../../../common/calendar";
import { contentDisposition } from "../../../http/attachment-name";
import { exportMarking } from "../../../http/export-marking";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { completionPdf, completionXlsx } from "../export";
import { completionFigures, courseStates } from "../queries/completion";
import { CompletionRes, OverdueRes } from "../responses-records";
import { CompletionQuery, OverdueQuery } from "../schema";
import { env, ok, TAG } from "./common";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function completionRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/completion",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "受講状況（基準日時点の所属で集計、.xlsx・PDF出力可） / Completion as of a date per person, 課, 局 or organization",
      request: { query: CompletionQuery },
      responses: {
        ...errorResponses,
        200: {
          description: "Figures (JSON) or the same as an Excel sheet or a PDF, marked",
          content: {
            "application/json": { schema: CompletionRes },
            [XLSX]: { schema: { type: "string", format: "binary" } },
            "application/pdf": { schema: { type: "string", format: "binary" } },
          },
        },
      },
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const q = c.req.valid("query");
      const figures = await completionFigures(db, profile, actor, q, now);
      if (q.format === "json") return c.json({ data: figures }, 200);
      // Marked like every export (the profile's level: training records carry none of their own).
      const marking = exportMarking(profile, [], actor, now);
      const buf =
        q.format === "xlsx"
          ? await completionXlsx(q.fiscalYear, figures, marking)
          : await completionPdf(q.fiscalYear, q.by, figures, marking, now);
      return new Response(new Uint8Array(buf), {
        status: 200,
        headers: {
          "content-type": q.format === "xlsx" ? XLSX : "application/pdf",
          "content-disposition": contentDisposition(`研修受講状況_${q.fiscalYear}.${q.format}`),
          "cache-control": "no-store",
        },
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/overdue",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "期限を過ぎた未受講者 / Who is overdue",
      request: { query: OverdueQuery },
      responses: ok("People overdue with their course and deadline", OverdueRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const q = c.req.valid("query");
      const { day, courses, states } = await courseStates(db, profile, actor, { ...q, by: "person" }, now);
      const title = new Map(courses.map((co) => [co.id, co.title]));
      return c.json(
        {
          data: {
            day,
            overdue: states
              .filter((s) => s.overdue)
              .map((s) => ({
                ...s,
                courseTitle: title.get(s.courseId) ?? "",
                deadlineLabel: formatDateJa(s.deadline),
              })),
          },
        },
        200,
      );
    },
  );

  return app;
}
