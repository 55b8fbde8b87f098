import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { can, serialize } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { addAnswerFile, saveAnswers, submitSheet } from "../commands/answers";
import { auditsCovering, logAuditorRead } from "../commands/auditor-reads";
import {
  loadSheet,
  mySheets,
  type SheetRow,
  sheetConfirmations,
  sheetItems,
  sheetRef,
  unitSheets,
} from "../queries";
import { AnswersReq, IdParam, UnitSheetsQuery } from "../schema";
import { assuranceAnswers } from "../tables";
import { AnswersSavedRes, SheetDetailRes, SheetSubmittedRes, SheetsRes } from "../views";
import { type C, env, loadCampaign, ok, TAG } from "./common";
import { evidenceRoutes } from "./evidence";

function presentSheet(s: SheetRow) {
  return {
    id: s.id,
    campaignId: s.campaign_id,
    campaignTitle: s.campaign_title,
    scopeKey: s.scope_key,
    fiscalYear: s.fiscal_year,
    dueDate: s.due_date,
    campaignStatus: s.campaign_status,
    clause: s.clause,
    unitKind: s.unit_kind,
    personId: s.person_id,
    personName: s.person_name,
    departmentId: s.department_id,
    bureauId: s.bureau_id,
    unitName: s.unit_name,
    itemCount: s.item_count,
    answeredCount: s.answered_count,
    noCount: s.no_count,
    status: s.status,
    submittedAt: s.submitted_at,
    late: s.late,
  };
}

/** A sheet the viewer may not read answers 404, like one that does not exist. */
async function readableSheet(c: C, id: string) {
  const { actor, db, profile } = env(c);
  const sheet = await loadSheet(db, profile.id, id);
  const ref = sheetRef(profile, sheet);
  if (!can(actor, "read", "assurance_sheet", ref))
    throw notFound({ ja: "点検票", en: "The inspection sheet" });
  return { sheet, ref };
}

export function sheetRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/sheets/mine",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自分が回答する点検票 / The sheets I answer",
      responses: ok("Open sheets of the viewer and of the units they answer for", SheetsRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const rows = await mySheets(db, profile, actor);
      return c.json({ data: rows.map(presentSheet) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/campaigns/{id}/sheets",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "課・局の点検票 / A unit's sheets of a campaign",
      request: { params: IdParam, query: UnitSheetsQuery },
      responses: ok("Sheets of the unit the viewer may read (at most 500)", SheetsRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const campaign = await loadCampaign(c, c.req.valid("param").id);
      const rows = await unitSheets(db, profile, actor, campaign.id, c.req.valid("query"));
      return c.json({ data: rows.map(presentSheet) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/sheets/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "点検票（質問・回答・証跡） / A sheet with its questions, answers and evidence",
      request: { params: IdParam },
      responses: ok("The sheet", SheetDetailRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const { sheet, ref } = await readableSheet(c, c.req.valid("param").id);
      const items = await sheetItems(db, sheet.id, sheet.campaign_id);
      await logAuditorRead(
        db,
        ctxOf(c),
        {
          auditIds: auditsCovering(actor, ref),
          what: "sheet",
          targetType: "assurance_sheet",
          targetId: sheet.id,
          departmentId: sheet.department_id,
        },
        now,
      );
      return c.json(
        {
          data: {
            ...presentSheet(sheet),
            items: items.map((i) => ({
              itemId: i.item_id,
              clauseId: i.clause_id,
              question: i.question,
              audience: i.audience,
              answerId: i.answer_id,
              value: i.value,
              comment: i.comment,
              answeredAt: i.answered_at,
              late: i.late ?? false,
              findingId: i.finding_id,
              files: i.files,
            })),
            confirms: await sheetConfirmations(db, profile, sheet),
          },
          policies: serialize(actor, "assurance_sheet", ref),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/assurance/sheets/{id}/answers",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "回答の保存（期限後は遅延として記録） / Save answers (late after the deadline)",
      request: { params: IdParam, ...jsonBody(AnswersReq) },
      responses: {
        ...ok("Counts after saving", AnswersSavedRes),
        409: { description: "Sheet submitted or campaign closed" },
      },
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readableSheet(c, id);
      const result = await saveAnswers(db, ctxOf(c), profile, id, c.req.valid("json").answers, now);
      return c.json({ data: result }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/sheets/{id}/submit",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "点検票の提出 / Submit a sheet",
      request: { params: IdParam },
      responses: {
        ...ok("Submitted (late when after the deadline)", SheetSubmittedRes),
        409: { description: "Already submitted" },
      },
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readableSheet(c, id);
      return c.json({ data: await submitSheet(db, ctxOf(c), profile, id, now) }, 200);
    },
  );

  evidenceRoutes(app, {
    segment: "answers",
    ownerType: "answer",
    noun: { ja: "回答", en: "an answer" },
    authorizeRead: async (c, id) => {
      const { db } = env(c);
      const [answer] = await db.select().from(assuranceAnswers).where(eq(assuranceAnswers.id, id));
      if (!answer) throw notFound({ ja: "回答", en: "The answer" });
      return (await readableSheet(c, answer.sheetId)).ref;
    },
    addFile: (c, id, file) => {
      const { db, profile, now } = env(c);
      return addAnswerFile(db, ctxOf(c), profile, id, file, now);
    },
  });

  return app;
}
