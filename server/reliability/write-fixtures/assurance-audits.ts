/**
 * Write fixtures of 情報セキュリティ監査 (assurance audits): the rules are described in ./index.ts.
 * None of the eight personas holds lead_audit (the 監査統括責任者, witness auditLead) or sits on
 * the committee (witness committee, the plan approver); the auditor persona (perform_audit) is not
 * named on these audits, so it may not do their fieldwork.
 */

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { ok, rowsOf, type Witness, type World } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

type AuditState = "planned" | "approved" | "fieldwork" | "reported";

/** An audit of department A planned by the 監査統括責任者, who also audits it; moved on to `state`. */
export async function audit(w: World, state: AuditState): Promise<string> {
  const lead = w.clients.auditLead;
  const { id } = await ok<{ id: string }>(lead.post("/api/assurance/audits", auditBody(w)), "audit");
  const steps: Array<[AuditState, () => Promise<Response>]> = [
    ["approved", () => w.clients.committee.post(`/api/assurance/audits/${id}/approve`)],
    ["fieldwork", () => lead.post(`/api/assurance/audits/${id}/start`)],
    ["reported", () => lead.post(`/api/assurance/audits/${id}/report`, { report: "指摘なし" })],
  ];
  const order: AuditState[] = ["planned", "approved", "fieldwork", "reported"];
  for (const [to, step] of steps) {
    if (order.indexOf(to) > order.indexOf(state)) break;
    await ok(step(), `audit ${to}`);
  }
  return id;
}

const auditBody = (w: World) => ({
  kind: "audit",
  fiscalYear: 2026,
  title: `令和8年度 情報セキュリティ監査 ${w.seq()}`,
  unitIds: [A(w)],
  periodFrom: "2026-04-01",
  periodTo: "2027-03-31",
  startDate: "2026-10-01",
  endDate: "2026-11-30",
  auditors: [{ personId: w.members.auditLead.personId }],
});

/**
 * A system of a 課 (top level: hidden from organization-wide viewers such as the 監査統括責任者).
 * Named without `w.seq()`: the world's sequence also numbers the inventory campaigns' fiscal years.
 */
async function system(w: World, departmentId: string, confidentiality: string | null = null) {
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`insert into assets (asset_number, name, kind, department_id, confidentiality, effective_confidentiality)
        values (${`SYS-${randomUUID()}`}, '監査対象システム', 'system', ${departmentId}::uuid, ${confidentiality}, ${confidentiality})
        returning id`,
  );
  return row.id;
}

async function contractor(w: World) {
  const [row] = await rowsOf<{ id: string }>(
    w,
    sql`insert into supplier_contractors (name, created_at, updated_at) values ('監査対象事業者', now(), now()) returning id`,
  );
  return row.id;
}

const OWNER = "the audit kind's owner duty (西原村: lead_audit, the 監査統括責任者)";

/**
 * A step of an audit (approve, start, report, close), refused to every persona: prepared as an
 * audit in the state the step starts from; a refusal must leave the audit's row unchanged.
 */
function step(name: string, from: AuditState, witness: Witness, rule: string, body?: unknown): WriteFixture {
  return {
    allow: [],
    witness,
    rule,
    async prepare(w) {
      const id = await audit(w, from);
      return { url: `/api/assurance/audits/${id}/${name}`, body, watch: [["assurance_audits", id]] };
    },
  };
}

/**
 * Fieldwork (a working paper, a finding) in an audit of department A during fieldwork: only its
 * named auditors may write it; a refusal must add no row to `table`.
 */
function fieldwork(path: string, table: string, body: (w: World) => unknown): WriteFixture {
  return {
    allow: [],
    witness: "auditLead",
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in; a unit the audit does not cover is refused by field",
      },
    },
    rule: "assurance_audit.fieldwork: only its named auditors, during fieldwork",
    async prepare(w) {
      const id = await audit(w, "fieldwork");
      return { url: `/api/assurance/audits/${id}/${path}`, body: body(w), watch: [[table]] };
    },
  };
}

export const ASSURANCE_AUDIT_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/assurance/audits": {
    allow: [],
    witness: "auditLead",
    bodyIds: {
      "unitIds[]": {
        open: "the organization chart is read by everyone signed in (department.read); which units an audit covers is the planner's choice",
      },
      "auditors[].personId": {
        open: "lead_audit comes with view_all_departments: the planner sees every person (independence is checked per auditor)",
      },
      "systemIds[]": { hidden: (w) => system(w, w.deptB.id, "3") },
      "contractorIds[]": {
        open: "the contractors' register is read by everyone signed in (contractor.read); their contracts are what is restricted",
      },
    },
    rule: `assurance_audit.plan: ${OWNER}`,
    async prepare(w) {
      return {
        url: "/api/assurance/audits",
        body: { ...auditBody(w), systemIds: [await system(w, A(w))], contractorIds: [await contractor(w)] },
        watch: [["assurance_audits"]],
      };
    },
  },
  "POST /api/assurance/audits/{id}/approve": step(
    "approve",
    "planned",
    "committee",
    "assurance_audit.approve: the plan approver duty (西原村: committee_member), while planned",
  ),
  "POST /api/assurance/audits/{id}/start": step(
    "start",
    "approved",
    "auditLead",
    `assurance_audit.start: ${OWNER}, once approved`,
  ),
  "POST /api/assurance/audits/{id}/report": step(
    "report",
    "fieldwork",
    "auditLead",
    `assurance_audit.report: its named auditors or ${OWNER}, during fieldwork`,
    { report: "アクセス権限の棚卸しが未実施" },
  ),
  "POST /api/assurance/audits/{id}/papers": fieldwork("papers", "assurance_working_papers", (w) => ({
    title: "ID管理の確認",
    description: "退職者IDが3件残存",
    departmentId: A(w),
  })),
  "POST /api/assurance/audits/{id}/findings": fieldwork("findings", "assurance_findings", (w) => ({
    departmentId: A(w),
    title: "退職者IDの残存",
    severity: "medium",
    dueDate: "2027-01-31",
  })),
  "POST /api/assurance/audits/{id}/close": step(
    "close",
    "reported",
    "auditLead",
    `assurance_audit.close: ${OWNER}, once reported`,
  ),
};
