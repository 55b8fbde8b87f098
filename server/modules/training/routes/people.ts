import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { fiscalYear, todayJst } from "../../../../common/calendar";
import { authorize } from "../../../access";
import { departmentUnit } from "../../../directory";
import { fieldError, forbidden } from "../../../http/errors";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { consentUnits } from "../access";
import { loadConsent, requestConsent, signConsent } from "../commands/consents";
import { assignNewHire } from "../commands/newhires";
import { makeReport } from "../commands/reports";
import { memberOn } from "../directory";
import { consentList } from "../queries/consents";
import { myCourses } from "../queries/mine";
import { MyTraining } from "../responses";
import { ConsentListRes, ConsentRes, NewHireRes, ReportChainRes, ReportRes } from "../responses-records";
import { dutiesOf } from "../rules";
import { ConsentListQuery, ConsentRequestReq, ConsentSignReq, IdParam, JoinReq, ReportReq } from "../schema";
import { trainingConsents, trainingReports } from "../tables";
import { created, env, ok, TAG } from "./common";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const presentConsent = (r: typeof trainingConsents.$inferSelect) => ({
  ...r,
  requestedAt: r.requestedAt.toISOString(),
  signedAt: iso(r.signedAt),
  signedMethodLabel:
    r.signedMethod === "app"
      ? { ja: "本人が画面で署名", en: "Signed in the app" }
      : r.signedMethod === "paper"
        ? { ja: "紙で受領", en: "Received on paper" }
        : null,
});

export function peopleRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/my",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自分の研修（受講状況・期限・同意書） / My training",
      request: { query: z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() }) },
      responses: ok("My courses with their state, and my consent forms", MyTraining),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const fy = c.req.valid("query").fiscalYear ?? fiscalYear(now);
      const courses = await myCourses(db, profile, actor.personId, fy, now);
      const consents = await db
        .select()
        .from(trainingConsents)
        .where(eq(trainingConsents.personId, actor.personId))
        .orderBy(asc(trainingConsents.requestedAt));
      return c.json({ data: { fiscalYear: fy, courses, consents: consents.map(presentConsent) } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/new-hires",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "新規採用者研修の割当（期限は営業日で） / Assign the new-hire course to a person who joined",
      request: jsonBody(JoinReq),
      responses: created("The assignment with its deadline", NewHireRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      const { personId, joinedOn } = c.req.valid("json");
      const person = await memberOn(db, personId, todayJst(now));
      if (!person) throw forbidden();
      authorize(actor, "record_for_others", "training_attendance", {
        personId,
        departmentId: person.departmentId,
        bureauId: person.bureauId,
        duties,
      });
      const row = await db.transaction((tx) =>
        assignNewHire(tx, ctxOf(c), profile, { personId, joinedOn }, now),
      );
      if (!row)
        return c.json(
          {
            error: {
              code: "already_assigned",
              message_ja: "すでに割り当てられています。",
              message_en: "Already assigned.",
              fields: {},
            },
          },
          409,
        );
      return c.json({ data: { ...row, createdAt: row.createdAt.toISOString() } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/consents",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "同意書の一覧（課ごと: 署名済み・未署名・未依頼） / Consent forms per 課: who signed which version, who is still to sign",
      request: { query: ConsentListQuery },
      responses: ok(
        "The profile's consent rule, counts per 課 and each eligible person's consents",
        ConsentListRes,
      ),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      const q = c.req.valid("query");
      authorize(actor, "list", "training_consent", { duties });
      if (q.departmentId) {
        const unit = await departmentUnit(db, q.departmentId);
        if (!unit)
          throw fieldError("departmentId", "所属が見つかりません。", "The department was not found.");
        authorize(actor, "listUnit", "training_consent", {
          duties,
          departmentId: unit.id,
          bureauId: unit.bureauId,
        });
      }
      const units = consentUnits(actor, duties);
      const list = await consentList(db, profile, units === "none" ? { unitIds: [] } : units, q, now);
      return c.json({ data: list }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/consents",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "同意書の依頼（課長が必要と判断した職員に） / Ask a person for the consent form",
      request: jsonBody(ConsentRequestReq),
      responses: created("The consent request", ConsentRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const { personId } = c.req.valid("json");
      const person = await memberOn(db, personId, todayJst(now));
      if (!person) throw forbidden();
      authorize(actor, "request", "training_consent", {
        personId,
        departmentId: person.departmentId,
        bureauId: person.bureauId,
        duties: dutiesOf(profile),
      });
      const row = await requestConsent(db, ctxOf(c), profile, personId, now);
      return c.json({ data: presentConsent(row) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/consents/{id}/sign",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "同意書の署名（本人）・紙の受領記録（課長） / Sign, or record the paper form as received",
      request: { params: IdParam, ...jsonBody(ConsentSignReq) },
      responses: ok("The signed consent", ConsentRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const consent = await loadConsent(db, c.req.valid("param").id);
      const { method } = c.req.valid("json");
      const person = await memberOn(db, consent.personId, todayJst(now));
      const record = {
        personId: consent.personId,
        departmentId: person?.departmentId ?? null,
        bureauId: person?.bureauId ?? null,
        duties: dutiesOf(profile),
      };
      authorize(actor, method === "app" ? "sign" : "request", "training_consent", record);
      const row = await signConsent(db, ctxOf(c), consent.id, method, now);
      return c.json({ data: presentConsent(row) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/reports",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修実施状況の報告（報告の連鎖） / The chain of reports of a plan",
      request: { query: z.object({ planId: z.string().uuid() }) },
      responses: ok("Reports with their step, date and figures", ReportChainRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
      const rows = await db
        .select()
        .from(trainingReports)
        .where(and(eq(trainingReports.planId, c.req.valid("query").planId)))
        .orderBy(asc(trainingReports.createdAt));
      return c.json(
        {
          data: {
            chain: profile.training?.report_chain ?? [],
            reports: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/reports",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修実施状況の報告（課長→ネットワーク管理者→CISO→委員会） / Report a step of the chain",
      request: jsonBody(ReportReq),
      responses: created("The report with the figures as of its date", ReportRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const input = c.req.valid("json");
      const step = (profile.training?.report_chain ?? []).find((s) => s.key === input.stepKey);
      const dept = input.departmentId ? await departmentUnit(db, input.departmentId) : null;
      if (input.departmentId && !dept) throw forbidden();
      const unit = dept ? { departmentId: dept.id, bureauId: dept.bureauId } : null;
      authorize(actor, "make", "training_report", {
        by: step?.by ?? "chief_information_security_officer",
        unit,
      });
      const row = await makeReport(db, { ...ctxOf(c), actor }, profile, input, now);
      return c.json({ data: { ...row, createdAt: row.createdAt.toISOString() } }, 201);
    },
  );

  return app;
}
