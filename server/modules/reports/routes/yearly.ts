import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { fiscalYear } from "../../../../common/calendar";
import type { Duty } from "../../../../common/duties";
import { authorize, can, requireActor } from "../../../access";
import { personNames } from "../../../directory";
import { contentDisposition } from "../../../http/attachment-name";
import type { AppEnv } from "../../../http/context";
import { notFound } from "../../../http/errors";
import {
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonBody,
  jsonContent,
  SESSION_ROUTE,
} from "../../../http/router";
import type { Profile } from "../../../profile";
import type { YearlyReportRuleT } from "../../../profile/reports-schema";
import { canReadYearlyReports } from "../access";
import { approveYearlyReport, YEARLY_REPORT } from "../commands/approve";
import { generateYearlyReport, ruleRef } from "../commands/generate";
import { defaultSnapshotDate } from "../domain/period";
import { yearlyDocument } from "../export/document";
import { yearlyPdf } from "../export/pdf";
import { yearlyXlsx } from "../export/xlsx";
import { presentReport, presentSections } from "../presenter";
import {
  figurePage,
  figureRecords,
  listYearlyReports,
  loadYearlyReport,
  reportFigures,
  type YearlyReportRow,
} from "../queries";
import {
  FigureParam,
  FigureRecordsRes,
  IdParam,
  PageQuery,
  YearlyApproveReq,
  YearlyGenerateReq,
  YearlyReportDetailRes,
  YearlyReportListRes,
} from "../schema";

type C = Context<AppEnv>;
const TAG = ["reports"];

function env(c: C) {
  const deps = c.get("deps");
  return {
    actor: requireActor(c.get("actor")),
    db: deps.database.db,
    profile: deps.profile(),
    now: deps.now(),
  };
}

/** Who reads the list when the profile names no report: those who steer. */
function listRef(profile: Profile) {
  const rule = profile.reports?.yearly;
  return rule
    ? ruleRef(rule)
    : {
        preparedBy: "chief_information_security_officer" as Duty,
        approverDuty: "committee_member" as Duty,
        state: "draft" as const,
      };
}

/** A report of the active profile the viewer may read, or 404 (as if it did not exist). */
async function readable(c: C, id: string) {
  const { actor, db, profile } = env(c);
  const row = await loadYearlyReport(db, profile.id, id);
  if (!can(actor, "read", "yearly_report", ruleRef(row.rule as unknown as YearlyReportRuleT, row.state)))
    throw notFound(YEARLY_REPORT);
  return row;
}

async function namesOf(c: C, rows: YearlyReportRow[]) {
  const ids = rows
    .flatMap((r) => [r.generatedByPersonId, r.approvedByPersonId])
    .filter((x): x is string => !!x);
  return personNames(env(c).db, [...new Set(ids)]);
}

async function detail(c: C, row: YearlyReportRow) {
  const { actor, db, profile } = env(c);
  const view = presentReport(row, profile, actor, await namesOf(c, [row]));
  const sections = presentSections(await reportFigures(db, row.id), row.tables);
  return { view, sections };
}

const fileOk = (description: string) => ({ 200: { description }, ...errorResponses });

export function yearlyRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/yearly",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "年次報告の一覧 / Yearly reports",
      responses: {
        200: jsonContent(YearlyReportListRes, "Reports of the active profile"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const ref = listRef(profile);
      if (!canReadYearlyReports(actor, ref)) authorize(actor, "read", "yearly_report", ref);
      const rows = (await listYearlyReports(db, profile.id)).filter((r) =>
        can(actor, "read", "yearly_report", ruleRef(r.rule as unknown as YearlyReportRuleT, r.state)),
      );
      const names = await namesOf(c, rows);
      const rule = profile.reports?.yearly ?? null;
      // The last 年度 that has closed: the one a report is usually made for.
      const lastClosed = fiscalYear(now) - 1;
      return c.json(
        {
          data: rows.map((r) => presentReport(r, profile, actor, names)),
          rule: rule
            ? {
                required: rule.required,
                title: rule.title,
                recipient: rule.recipient,
                basis: rule.basis,
                defaultFiscalYear: lastClosed,
                defaultAsOf: defaultSnapshotDate(lastClosed, rule.default_snapshot),
                clause: rule.clause,
              }
            : null,
          policies: { generate: rule ? can(actor, "generate", "yearly_report", ruleRef(rule)) : false },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/reports/yearly",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "年次報告の作成（基準日で固定） / Generate a yearly report frozen at its snapshot date",
      request: jsonBody(YearlyGenerateReq),
      responses: { 201: jsonContent(YearlyReportDetailRes, "The report (draft)"), ...errorResponses },
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const row = await generateYearlyReport(db, ctxOf(c), profile, c.req.valid("json"), now);
      const { view, sections } = await detail(c, row);
      return c.json({ data: { ...view, sections, signedHead: headOf(row) } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/yearly/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "年次報告（区分ごとの数値・内訳・署名済み先頭） / A yearly report with its sections",
      request: { params: IdParam },
      responses: { 200: jsonContent(YearlyReportDetailRes, "The report"), ...errorResponses },
    }),
    async (c) => {
      const row = await readable(c, c.req.valid("param").id);
      const { view, sections } = await detail(c, row);
      return c.json({ data: { ...view, sections, signedHead: headOf(row) } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/reports/yearly/{id}/approve",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "年次報告の承認 / Approve a yearly report",
      request: { params: IdParam, ...jsonBody(YearlyApproveReq) },
      responses: { 200: jsonContent(YearlyReportDetailRes, "The approved report"), ...errorResponses },
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const row = await approveYearlyReport(
        db,
        ctxOf(c),
        profile,
        c.req.valid("param").id,
        c.req.valid("json"),
        now,
      );
      const { view, sections } = await detail(c, row);
      return c.json({ data: { ...view, sections, signedHead: headOf(row) } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/yearly/{id}/figures/{key}/records",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "数値の内訳となる記録（基準日時点、閲覧権限のあるもののみ） / The records a figure counts, as the viewer may see them",
      request: { params: FigureParam, query: PageQuery },
      responses: {
        200: jsonContent(FigureRecordsRes, "One page of the figure's records"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const { id, key } = c.req.valid("param");
      const { offset, limit } = c.req.valid("query");
      const row = await readable(c, id);
      const fig = await figurePage(db, row.id, key, offset, limit);
      const records = await figureRecords(db, actor, profile, fig.module, fig.key, fig.ids);
      return c.json(
        {
          data: {
            key: fig.key,
            module: fig.module,
            label: fig.label,
            count: fig.count,
            offset,
            limit,
            records,
          },
        },
        200,
      );
    },
  );

  for (const format of ["pdf", "xlsx"] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/api/reports/yearly/{id}/${format}`,
        tags: TAG,
        security: SESSION_ROUTE,
        summary:
          format === "pdf"
            ? "年次報告のPDF（和暦・頁番号・機密性表示） / The yearly report as PDF"
            : "年次報告の.xlsx（同じ数値・機密性表示） / The yearly report as .xlsx",
        request: { params: IdParam },
        responses: fileOk(format === "pdf" ? "application/pdf" : "Excel workbook"),
      }),
      async (c) => {
        const row = await readable(c, c.req.valid("param").id);
        const { view, sections } = await detail(c, row);
        const doc = yearlyDocument(row, view, sections);
        const buf = format === "pdf" ? await yearlyPdf(doc) : await yearlyXlsx(doc);
        return c.body(new Uint8Array(buf), 200, {
          "content-type":
            format === "pdf"
              ? "application/pdf"
              : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": contentDisposition(`年次報告-${row.fiscalYear}-${row.asOf}.${format}`),
          "cache-control": "no-store",
        });
      },
    );
  }

  return app;
}

function headOf(row: YearlyReportRow) {
  const h = row.signedHead;
  return h
    ? { seq: h.seq, eventId: h.eventId, hash: h.hash, signedAt: h.signedAt, printable: h.printable }
    : null;
}
