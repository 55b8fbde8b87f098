import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { can, serialize } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { systemOwnersByZone } from "../../assets";
import type { FindingRef } from "../access";
import { filesOf } from "../commands/answers";
import { auditsCovering, logAuditorRead } from "../commands/auditor-reads";
import {
  addFindingFile,
  createFromAnswer,
  createFromAudit,
  loadFinding,
  loadFindingRef,
  openLateral,
  updateFinding,
} from "../commands/findings";
import { unitsByIds } from "../directory";
import { lateralProgress } from "../domain/findings";
import {
  AuditFindingReq,
  FindingCreateReq,
  FindingsQuery,
  FindingUpdateReq,
  IdParam,
  LateralReq,
} from "../schema";
import { assuranceFindings, type FindingState } from "../tables";
import { FindingDetailRes, FindingRes, FindingsRes, LateralFindingsRes } from "../views";
import { type C, created, env, ok, TAG } from "./common";
import { evidenceRoutes } from "./evidence";
import { findingExportRoutes } from "./findings-export";
import { listFindings, withNames } from "./findings-list";

function present(f: typeof assuranceFindings.$inferSelect) {
  return {
    ...f,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    closedAt: f.closedAt?.toISOString() ?? null,
  };
}

/**
 * The choices of a 横展開 by system kind, for whom may open one from this finding: per zone of
 * the profile, the 課 owning systems of it that the viewer may see (the assets face decides), each
 * marked when the finding's own 課 or an earlier lateral check already covers it.
 */
async function lateralSystemKinds(
  c: C,
  finding: typeof assuranceFindings.$inferSelect,
  ref: FindingRef,
  laterals: Array<{ departmentId: string | null }>,
) {
  const { actor, db, profile } = env(c);
  if (!actor || finding.source === "lateral" || !can(actor, "lateral", "assurance_finding", ref)) return [];
  const owners = await systemOwnersByZone(
    db,
    { actor, profile },
    profile.zones.map((z) => z.key),
  );
  const names = await unitsByIds(db, [...new Set(owners.map((o) => o.departmentId))]);
  const covered = new Set([finding.departmentId, ...laterals.map((l) => l.departmentId)]);
  return profile.zones.map((z) => ({
    zone: z.key,
    name: z.name,
    departments: owners
      .filter((o) => o.zone === z.key)
      .map((o) => ({
        id: o.departmentId,
        name: names.get(o.departmentId)?.name ?? null,
        systems: o.systems,
        covered: covered.has(o.departmentId),
      })),
  }));
}

/** A finding the viewer may not read answers 404, like one that does not exist. */
async function readable(c: C, id: string) {
  const { actor, db, profile } = env(c);
  const finding = await loadFinding(db, profile.id, id);
  const ref = await loadFindingRef(db, profile, finding);
  if (!can(actor, "read", "assurance_finding", ref)) throw notFound({ ja: "指摘事項", en: "The finding" });
  return { finding, ref };
}

export function findingRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/findings",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "指摘事項（ボード） / Findings board",
      request: { query: FindingsQuery },
      responses: ok("Findings the viewer may read", FindingsRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const res = await listFindings(db, actor, profile.id, todayJst(now), c.req.valid("query"), 1000);
      return c.json({ data: await withNames(db, res) }, 200);
    },
  );
  // Before `/findings/{id}`, which would take `export.xlsx`.
  findingExportRoutes(app);

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/findings",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "「できていない」の回答を指摘事項にする / Turn a gap into a finding",
      request: jsonBody(FindingCreateReq),
      responses: created("The finding", FindingRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const row = await createFromAnswer(db, ctxOf(c), profile, c.req.valid("json"), now);
      return c.json({ data: present(row) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/findings/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "指摘事項（証跡・横展開） / A finding with its evidence and lateral checks",
      request: { params: IdParam },
      responses: ok("The finding", FindingDetailRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const { finding, ref } = await readable(c, c.req.valid("param").id);
      await logAuditorRead(
        db,
        ctxOf(c),
        {
          auditIds: auditsCovering(actor, ref),
          what: "finding",
          targetType: "assurance_finding",
          targetId: finding.id,
          departmentId: finding.departmentId,
        },
        now,
      );
      const laterals = await db
        .select({
          id: assuranceFindings.id,
          departmentId: assuranceFindings.departmentId,
          state: assuranceFindings.state,
          dueDate: assuranceFindings.dueDate,
          lateralZone: assuranceFindings.lateralZone,
        })
        .from(assuranceFindings)
        .where(eq(assuranceFindings.originFindingId, finding.id));
      const systemKinds = await lateralSystemKinds(c, finding, ref, laterals);
      const files = await filesOf(db, "finding", [finding.id]);
      const [named] = await withNames(db, [
        {
          department_id: finding.departmentId,
          bureau_id: finding.bureauId,
          owner_person_id: finding.ownerPersonId,
        },
      ]);
      const lateralUnits = await unitsByIds(
        db,
        laterals.map((l) => l.departmentId).filter((x): x is string => !!x),
      );
      return c.json(
        {
          data: {
            ...present(finding),
            unitName: named.unit_name,
            evidenceRequired: (profile.assurance?.findings.evidence_required_for ?? []).includes(
              finding.severity,
            ),
            ownerName: named.owner_name,
            files: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
            laterals: laterals.map((l) => ({
              ...l,
              departmentName: lateralUnits.get(l.departmentId ?? "")?.name ?? null,
              lateralZoneName: profile.zones.find((z) => z.key === l.lateralZone)?.name ?? null,
            })),
            lateralProgress: lateralProgress(laterals.map((l) => l.state as FindingState)),
            systemKinds,
          },
          policies: serialize(actor, "assurance_finding", ref),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/assurance/findings/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "指摘事項の更新・状態遷移 / Update a finding or move its state",
      request: { params: IdParam, ...jsonBody(FindingUpdateReq) },
      responses: { ...ok("The finding", FindingRes), 409: { description: "Evidence required" } },
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readable(c, id);
      return c.json(
        { data: present(await updateFinding(db, ctxOf(c), profile, id, c.req.valid("json"), now)) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/audits/{id}/findings",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "監査の指摘事項（監査人の所見） / An auditor's observation becomes a finding",
      request: { params: IdParam, ...jsonBody(AuditFindingReq) },
      responses: created("The finding", FindingRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      const row = await createFromAudit(db, ctxOf(c), profile, id, c.req.valid("json"), now);
      return c.json({ data: present(row) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/findings/{id}/lateral",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "横展開（他の課・同じ種別のシステムを所管する課で同じ点検） / Open the same check in other departments, chosen by name or by system kind",
      request: { params: IdParam, ...jsonBody(LateralReq) },
      responses: created("The lateral findings", LateralFindingsRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readable(c, id);
      const rows = await openLateral(db, ctxOf(c), profile, id, c.req.valid("json"), now);
      return c.json({ data: rows.map(present) }, 201);
    },
  );

  evidenceRoutes(app, {
    segment: "findings",
    ownerType: "finding",
    noun: { ja: "是正", en: "the correction of a finding" },
    authorizeRead: async (c, id) => (await readable(c, id)).ref,
    addFile: async (c, id, file) => {
      const { db, profile, now } = env(c);
      await readable(c, id);
      return addFindingFile(db, ctxOf(c), profile, id, file, now);
    },
  });

  return app;
}
