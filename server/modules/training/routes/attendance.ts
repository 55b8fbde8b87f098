import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, sql } from "drizzle-orm";
import { formatDateJa } from "../../../../common/calendar";
import { authorize, can, requireActor } from "../../../access";
import type { Actor } from "../../../http/context";
import { AppError, fieldError, forbidden } from "../../../http/errors";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { readSheet, SheetError } from "../../../http/sheet-read";
import { completionUnits, type TrainingDuties } from "../access";
import {
  audienceFacts,
  type BatchMode,
  createSession,
  loadSession,
  recordBatch,
} from "../commands/attendance";
import { peopleByEmployeeNumber } from "../directory";
import { inAudience } from "../domain/audience";
import { parseAttendanceRows } from "../domain/import-rows";
import { DELIVERY_LABELS, METHOD_LABELS } from "../presenter";
import {
  AttendanceImportRes,
  RecordedRes,
  SessionListRes,
  SessionRes,
  SessionSheetRes,
} from "../responses-records";
import { dutiesOf } from "../rules";
import { AttendanceReq, IdParam, SessionCreateReq, SessionsQuery, SheetQuery } from "../schema";
import { trainingAttendance, trainingCourses, trainingPlans, trainingSessions } from "../tables";
import { created, env, ok, TAG } from "./common";

const ImportForm = z.object({
  file: z.any().openapi({
    type: "string",
    format: "binary",
    description: ".xlsx or .csv with 職員番号 (UTF-8 / Shift_JIS)",
  }),
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "Default true: check only, write nothing" }),
  commitValidRows: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: write the valid rows despite errors" }),
});

/** Units of a sign-in sheet: the asked 課 (within what the actor may record), else all of theirs. */
function sheetUnits(actor: Actor, duties: TrainingDuties, departmentId?: string): string[] | undefined {
  const units = completionUnits(actor, duties);
  const organizer = can(actor, "manage", "training_plan", { duties });
  if (organizer || units === "all") return departmentId ? [departmentId] : undefined;
  if (departmentId && !units.unitIds.includes(departmentId)) throw forbidden();
  if (!units.unitIds.length) throw forbidden();
  return departmentId ? [departmentId] : units.unitIds;
}

export function attendanceRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/sessions",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修の回の一覧 / Sessions",
      request: { query: SessionsQuery },
      responses: ok("Sessions with their course and attendance count", SessionListRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
      const q = c.req.valid("query");
      const rows = await db
        .select({
          session: trainingSessions,
          courseTitle: trainingCourses.title,
          delivery: trainingCourses.delivery,
          fiscalYear: trainingCourses.fiscalYear,
          attended: sql<number>`(select count(*)::int from training_attendance a where a.session_id = ${trainingSessions.id})`,
        })
        .from(trainingSessions)
        .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
        .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
        .where(
          and(
            eq(trainingPlans.profileId, profile.id),
            q.courseId ? eq(trainingCourses.id, q.courseId) : undefined,
            q.fiscalYear ? eq(trainingCourses.fiscalYear, q.fiscalYear) : undefined,
          ),
        )
        .orderBy(desc(trainingSessions.heldOn))
        .limit(500);
      return c.json(
        {
          data: {
            sessions: rows.map((r) => ({
              ...r.session,
              createdAt: r.session.createdAt.toISOString(),
              heldOnLabel: formatDateJa(r.session.heldOn),
              courseTitle: r.courseTitle,
              deliveryLabel: DELIVERY_LABELS[r.delivery],
              fiscalYear: r.fiscalYear,
              attended: r.attended,
            })),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/sessions",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修の回の登録（日時・場所・定員・主催者） / Add a session",
      request: jsonBody(SessionCreateReq),
      responses: created("The session", SessionRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "manage", "training_plan", { duties: dutiesOf(profile) });
      const row = await createSession(db, ctxOf(c), profile, c.req.valid("json"), now);
      return c.json({ data: { ...row, createdAt: row.createdAt.toISOString() } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/sessions/{id}/sheet",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "出席簿（印刷用・チェック入力用） / Sign-in sheet of a session for one's 課",
      request: { params: IdParam, query: SheetQuery },
      responses: ok(
        "The people of the course's audience in the units, with who already attended",
        SessionSheetRes,
      ),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const duties = dutiesOf(profile);
      const { session, course } = await loadSession(db, profile.id, c.req.valid("param").id);
      const units = sheetUnits(actor, duties, c.req.valid("query").departmentId);
      const people = await audienceFacts(db, session.heldOn, {
        unitIds: units,
        withLogin: true,
        ordered: true,
      });
      const done = await db
        .select({
          personId: trainingAttendance.personId,
          method: trainingAttendance.method,
          sessionId: trainingAttendance.sessionId,
        })
        .from(trainingAttendance)
        .where(eq(trainingAttendance.courseId, course.id));
      const doneBy = new Map(done.map((d) => [d.personId, d]));
      const rows = [...people.entries()]
        .filter(([, p]) => inAudience(course.audience, p))
        .map(([personId, p]) => {
          const d = doneBy.get(personId);
          return {
            personId,
            name: p.name,
            employeeNumber: p.employeeNumber,
            departmentId: p.departmentId,
            hasLogin: p.hasLogin,
            attended: !!d,
            attendedThisSession: d?.sessionId === session.id,
            methodLabel: d ? METHOD_LABELS[d.method] : null,
          };
        });
      return c.json(
        {
          data: {
            session: {
              ...session,
              createdAt: session.createdAt.toISOString(),
              heldOnLabel: formatDateJa(session.heldOn),
            },
            course: { id: course.id, title: course.title, deliveryLabel: DELIVERY_LABELS[course.delivery] },
            people: rows,
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/attendance",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "受講の記録（本人・課長の出席簿チェック・主催者） / Record attendance of a session",
      request: jsonBody(AttendanceReq),
      responses: ok("How many were recorded", RecordedRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const { sessionId, personIds } = c.req.valid("json");
      const result = await recordBatch(
        db,
        { ...ctxOf(c), actor },
        profile,
        sessionId,
        personIds.map((personId) => ({ personId, label: personId })),
        { mode: "refuse", field: "personIds" },
        now,
      );
      return c.json({ data: { recorded: result.inserted } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/sessions/{id}/attendance/import",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "受講記録の取込み（職員番号・受講日）/ Import attendance (.xlsx/.csv, dry run by default)",
      request: {
        params: IdParam,
        body: { required: true, content: { "multipart/form-data": { schema: ImportForm } } },
      },
      responses: ok("Rows, valid rows, located errors; what was written", AttendanceImportRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const { db, profile, now } = env(c);
      authorize(actor, "import", "training_attendance", { duties: dutiesOf(profile) });
      const form = c.req.valid("form");
      const id = c.req.valid("param").id;
      if (!(form.file instanceof File))
        throw fieldError("file", "ファイルを選択してください。", "Choose a file to upload.");
      let sheet: Awaited<ReturnType<typeof readSheet>>;
      try {
        sheet = await readSheet(new Uint8Array(await form.file.arrayBuffer()), ["受講日"]);
      } catch (err) {
        if (err instanceof SheetError) throw fieldError("file", err.messageJa, err.messageEn);
        throw err;
      }
      const parsed = parseAttendanceRows(sheet);
      const found = await peopleByEmployeeNumber(db, [...new Set(parsed.rows.map((r) => r.employeeNumber))]);
      const dryRun = form.dryRun !== "false";
      const commitValid = form.commitValidRows === "true";
      const mode: BatchMode = dryRun
        ? "report"
        : commitValid
          ? "write_valid"
          : parsed.errors.length
            ? "report"
            : "all_or_nothing";
      const result = await recordBatch(
        db,
        { ...ctxOf(c), actor },
        profile,
        id,
        parsed.rows.map((r) => ({
          personId: found.get(r.employeeNumber) ?? null,
          label: r.employeeNumber,
          completedOn: r.completedOn,
        })),
        { method: "import", mode, field: "employeeNumber" },
        now,
      );
      const rowOf = (index: number) => parsed.rows[index]?.row ?? 0;
      const errors = [
        ...parsed.errors,
        ...result.problems.map((p) => ({
          row: rowOf(p.index),
          column: "職員番号",
          message_ja: p.ja,
          message_en: p.en,
        })),
      ].sort((a, b) => a.row - b.row);
      if (!dryRun && errors.length && !commitValid) {
        throw new AppError(
          400,
          "import_has_errors",
          "取込みファイルに誤りがあるため、何も登録していません。正しい行だけを登録するには「正しい行のみ登録」を指定してください。",
          "The file has errors: nothing was written. To write only the valid rows, ask to commit the valid rows.",
          Object.fromEntries(
            errors.slice(0, 200).map((e) => [
              `rows.${e.row}.${e.column}`,
              {
                message_ja: `${e.row}行目（${e.column}）: ${e.message_ja}`,
                message_en: `Row ${e.row} (${e.column}): ${e.message_en}`,
              },
            ]),
          ),
        );
      }
      return c.json(
        {
          data: {
            dryRun,
            rows: sheet.rows.length,
            validRows: sheet.rows.length - errors.length,
            recorded: result.inserted,
            errors,
          },
        },
        200,
      );
    },
  );

  return app;
}
