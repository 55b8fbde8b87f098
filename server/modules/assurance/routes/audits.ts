import { createRoute } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import {
  AUDIT_STATUS_LABELS,
  FINDING_SEVERITY_LABELS,
  FINDING_STATE_LABELS,
  labelOf,
} from "../../../../common/labels";
import { can, serialize } from "../../../access";
import { notFound } from "../../../http/errors";
import { exportMarking } from "../../../http/export-marking";
import {
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonBody,
  SESSION_ROUTE,
} from "../../../http/router";
import { assetLabels, labelText } from "../../assets";
import { contractorNames } from "../../suppliers";
import { logAuditorRead } from "../commands/auditor-reads";
import { addPaper, auditRef, loadAudit, planAudit, stepAudit } from "../commands/audits";
import { personNames, unitsByIds } from "../directory";
import { fileBody, fiscal, reportPdf, reportXlsx, wareki } from "../export";
import { AuditCreateReq, ExportQuery, IdParam, PaperReq, ReportReq } from "../schema";
import { assuranceAuditors, assuranceAudits, assuranceFindings, assurancePapers } from "../tables";
import { AuditDetailRes, AuditPlannedRes, AuditRowRes, AuditsRes, PaperRowRes } from "../views";
import { type C, created, env, ok, TAG } from "./common";

/** An audit the viewer may not read answers 404, like one that does not exist. */
async function readable(c: C, id: string) {
  const { actor, db, profile } = env(c);
  const { audit, auditors } = await loadAudit(db, profile.id, id);
  const ref = auditRef(
    profile,
    audit,
    auditors.map((a) => a.personId),
  );
  if (!can(actor, "read", "assurance_audit", ref)) throw notFound({ ja: "監査", en: "The audit" });
  return { audit, auditors, ref };
}

/**
 * The audited systems and contractors as the viewer may see them: a system the viewer may not
 * open is shown by id only (the assets face decides), a contractor by the register's name.
 */
async function scopeOf(c: C, audit: { systemIds: string[]; contractorIds: string[] }) {
  const { actor, db, profile } = env(c);
  const labels = await assetLabels(db, { actor, profile }, audit.systemIds);
  const names = await contractorNames(db, actor, audit.contractorIds);
  return {
    systems: audit.systemIds.map((id) => labels.get(id) ?? { id, hidden: true as const }),
    contractors: audit.contractorIds.map((id) => ({ id, name: names.get(id)?.name ?? null })),
  };
}

/** An auditor of this audit reading its working papers (on screen or exported) is logged. */
async function logPapersRead(
  c: C,
  auditId: string,
  auditors: Array<{ personId: string }>,
  what: "working_papers" | "audit_export",
) {
  const { actor, db, now } = env(c);
  if (!auditors.some((a) => a.personId === actor.personId)) return;
  await logAuditorRead(
    db,
    ctxOf(c),
    { auditIds: [auditId], what, targetType: "assurance_audit", targetId: auditId, departmentId: null },
    now,
  );
}

export function auditRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/audits",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査・内部検査 / Audits and internal inspections",
      responses: ok("Audits the viewer may read, and the kinds the profile defines", AuditsRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const rows = await db
        .select()
        .from(assuranceAudits)
        .where(eq(assuranceAudits.profileId, profile.id))
        .orderBy(desc(assuranceAudits.fiscalYear), desc(assuranceAudits.startDate))
        .limit(500);
      const auditors = rows.length ? await db.select().from(assuranceAuditors) : [];
      const visible = rows.filter((r) =>
        can(
          actor,
          "read",
          "assurance_audit",
          auditRef(
            profile,
            r,
            auditors.filter((a) => a.auditId === r.id).map((a) => a.personId),
          ),
        ),
      );
      const kinds = profile.assurance?.audits ?? [];
      return c.json(
        {
          data: { audits: visible, kinds },
          policies: {
            plan: kinds.some((k) => can(actor, "plan", "assurance_audit", { ownerDuty: k.owner_duty })),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/audits",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査実施計画（監査人の独立性を確認） / Plan an audit (auditor independence checked)",
      request: jsonBody(AuditCreateReq),
      responses: created("The planned audit", AuditPlannedRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      return c.json({ data: await planAudit(db, ctxOf(c), profile, c.req.valid("json"), now) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/audits/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査（計画・調書・報告） / An audit with its auditors, working papers and report",
      request: { params: IdParam },
      responses: ok("The audit", AuditDetailRes),
    }),
    async (c) => {
      const { actor, db } = env(c);
      const { audit, auditors, ref } = await readable(c, c.req.valid("param").id);
      const papers = await db.select().from(assurancePapers).where(eq(assurancePapers.auditId, audit.id));
      if (papers.length) await logPapersRead(c, audit.id, auditors, "working_papers");
      const names = await personNames(
        db,
        auditors.map((a) => a.personId),
      );
      const units = await unitsByIds(db, audit.unitIds);
      return c.json(
        {
          data: {
            ...audit,
            auditors: auditors.map((a) => ({ ...a, name: names.get(a.personId) ?? null })),
            units: audit.unitIds.map((id) => ({ id, name: units.get(id)?.name ?? null })),
            ...(await scopeOf(c, audit)),
            papers,
            readOnly: audit.status === "closed",
          },
          policies: serialize(actor, "assurance_audit", ref),
        },
        200,
      );
    },
  );

  for (const step of ["approve", "start", "close"] as const)
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/assurance/audits/{id}/${step}`,
        tags: TAG,
        security: SESSION_ROUTE,
        summary: {
          approve: "監査実施計画の承認 / Approve the audit plan",
          start: "監査の開始（監査人の閲覧権限を付与） / Start fieldwork (auditors' read access begins)",
          close: "監査の終了（調書は閲覧のみ、閲覧権限終了） / Close (papers read-only, read access ends)",
        }[step],
        request: { params: IdParam },
        responses: ok("The audit", AuditRowRes),
      }),
      async (c) => {
        const { db, profile, now } = env(c);
        const { id } = c.req.valid("param");
        await readable(c, id);
        return c.json({ data: await stepAudit(db, ctxOf(c), profile, id, step, {}, now) }, 200);
      },
    );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/audits/{id}/report",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査報告 / Report the audit",
      request: { params: IdParam, ...jsonBody(ReportReq) },
      responses: ok("The audit", AuditRowRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readable(c, id);
      return c.json(
        { data: await stepAudit(db, ctxOf(c), profile, id, "report", c.req.valid("json"), now) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/audits/{id}/papers",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査調書の作成 / Add a working paper",
      request: { params: IdParam, ...jsonBody(PaperReq) },
      responses: created("The working paper", PaperRowRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readable(c, id);
      return c.json({ data: await addPaper(db, ctxOf(c), profile, id, c.req.valid("json"), now) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/audits/{id}/export",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査報告書の出力（.xlsx / PDF、和暦） / Export the audit report",
      request: { params: IdParam, query: ExportQuery },
      responses: {
        200: { description: "File (plan, auditors, working papers, findings, report)" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { audit, auditors } = await readable(c, c.req.valid("param").id);
      const { format } = c.req.valid("query");
      const papers = await db.select().from(assurancePapers).where(eq(assurancePapers.auditId, audit.id));
      await logPapersRead(c, audit.id, auditors, "audit_export");
      const findings = await db
        .select()
        .from(assuranceFindings)
        .where(eq(assuranceFindings.auditId, audit.id));
      const names = await personNames(
        db,
        auditors.map((a) => a.personId),
      );
      const units = await unitsByIds(db, [
        ...audit.unitIds,
        ...papers.map((p) => p.departmentId).filter((x): x is string => !!x),
        ...findings.map((f) => f.departmentId).filter((x): x is string => !!x),
      ]);
      const unitName = (id: string | null) => (id ? (units.get(id)?.name ?? "—") : "—");
      const kind = profile.assurance?.audits.find((k) => k.key === audit.kind);
      const scope = await scopeOf(c, audit);
      const report = {
        title: `${fiscal(audit.fiscalYear)} ${audit.title}`,
        lines: [
          `種類: ${kind?.title.ja ?? "—"}（根拠: ${kind?.clause ?? "—"}）`,
          `監査対象: ${audit.unitIds.map(unitName).join("、")}`,
          `対象システム: ${scope.systems.map((l) => labelText(l)).join("、") || "—"}`,
          `対象の委託事業者: ${scope.contractors.map((k) => k.name ?? "—").join("、") || "—"}`,
          ...(audit.scopeNote ? [`対象範囲の補足: ${audit.scopeNote}`] : []),
          `対象期間: ${wareki(audit.periodFrom)} 〜 ${wareki(audit.periodTo)}`,
          `実施期間: ${wareki(audit.startDate)} 〜 ${wareki(audit.endDate)}`,
          `監査人: ${auditors
            .map(
              (a) =>
                `${names.get(a.personId) ?? "—"}${a.unavoidableReason ? `（やむを得ない理由: ${a.unavoidableReason}）` : ""}`,
            )
            .join("、")}`,
          `状態: ${labelOf(AUDIT_STATUS_LABELS, audit.status).ja}${audit.reportedAt ? `（報告 ${wareki(audit.reportedAt)}）` : ""}`,
        ],
        tables: [
          {
            title: "監査調書",
            headers: ["件名", "課", "作成日", "内容"],
            rows: papers.map((p) => [p.title, unitName(p.departmentId), wareki(p.createdAt), p.body]),
          },
          {
            title: "指摘事項",
            headers: ["指摘事項", "課", "重要度", "対応期限", "状態"],
            rows: findings.map((f) => [
              f.title,
              unitName(f.departmentId),
              labelOf(FINDING_SEVERITY_LABELS, f.severity).ja,
              wareki(f.dueDate),
              labelOf(FINDING_STATE_LABELS, f.state).ja,
            ]),
          },
        ],
        text: audit.report ? `監査報告\n${audit.report}` : undefined,
      };
      // Results of audits and self-inspections carry no level of their own: the profile's export level.
      const marking = exportMarking(profile, [], env(c).actor, now);
      const buf =
        format === "xlsx" ? await reportXlsx(report, marking) : await reportPdf(report, now, marking);
      const f = fileBody(buf, `監査報告-${audit.fiscalYear}`, format);
      return c.body(f.body, 200, f.headers);
    },
  );

  return app;
}
