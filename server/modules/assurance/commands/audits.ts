import { and, eq } from "drizzle-orm";
import type { Duty } from "../../../../common/duties";
import { authorize } from "../../../access";
import { checkSelfApproval } from "../../../access/self-approval";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { fieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { AuditKindT } from "../../../profile/assurance-schema";
import { assetLabels } from "../../assets";
import { contractorNames } from "../../suppliers";
import { auditPlanApproval } from "../access";
import { activePerson, personUnitAt, roleScopesAt, unitsByIds } from "../directory";
import { type AuditorFacts, independenceProblems, roleOwnsWork, usesException } from "../domain/independence";
import { assuranceAuditors, assuranceAudits, assurancePapers } from "../tables";

type AuditRow = typeof assuranceAudits.$inferSelect;

export function auditKind(profile: Profile, key: string): AuditKindT | undefined {
  return profile.assurance?.audits.find((k) => k.key === key);
}

export async function loadAudit(db: DbOrTx, profileId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(assuranceAudits)
    .where(and(eq(assuranceAudits.id, id), eq(assuranceAudits.profileId, profileId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound({ ja: "監査", en: "The audit" });
  const auditors = await db.select().from(assuranceAuditors).where(eq(assuranceAuditors.auditId, id));
  return { audit: row, auditors };
}

export function auditRef(profile: Profile, audit: AuditRow, auditorIds: string[]) {
  const kind = auditKind(profile, audit.kind);
  return {
    ownerDuty: (kind?.owner_duty ?? "lead_audit") as Duty,
    approverDuty: (kind?.plan_approver_duty ?? null) as Duty | null,
    reportToDuty: (kind?.report_to_duty ?? "chief_information_security_officer") as Duty,
    auditorIds,
    status: audit.status,
  };
}

export interface AuditPlanInput {
  kind: string;
  fiscalYear: number;
  title: string;
  unitIds: string[];
  systemIds?: string[];
  contractorIds?: string[];
  scopeNote?: string;
  periodFrom: string;
  periodTo: string;
  startDate: string;
  endDate: string;
  auditors: Array<{ personId: string; unavoidableReason?: string }>;
}

/**
 * The systems and contractors in an audit's scope (西原村 10.1(4): contractors are audited too):
 * a system is an asset of kind system that the planner may open — one they may not open is
 * answered like an unknown id, so a plan cannot name (or probe for) a system hidden from its
 * planner; a contractor is one of the register's. Problems are added to `bad` by field.
 */
async function checkScope(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  input: Pick<AuditPlanInput, "systemIds" | "contractorIds">,
  bad: Record<string, { message_ja: string; message_en: string }>,
) {
  const actor = ctx.actor;
  if (!actor) return;
  const systemIds = input.systemIds ?? [];
  const labels = await assetLabels(tx, { actor, profile }, systemIds);
  systemIds.forEach((id, i) => {
    const l = labels.get(id);
    if (!l || l.hidden || l.kind !== "system")
      bad[`systemIds.${i}`] = {
        message_ja: "システムが見つかりません。",
        message_en: "The system was not found.",
      };
  });
  const contractorIds = input.contractorIds ?? [];
  const names = await contractorNames(tx, actor, contractorIds);
  contractorIds.forEach((id, i) => {
    if (!names.has(id))
      bad[`contractorIds.${i}`] = {
        message_ja: "委託事業者が見つかりません。",
        message_en: "The contractor was not found.",
      };
  });
}

/**
 * Plans an audit. Each auditor is checked against the audited units as of the start date, from
 * the directory (their 課 after any transfer, their roles then): a member of an audited unit or
 * the owner of its work is refused as the profile says, naming the auditor and the clause; an
 * allowed exception keeps its reason and is reported with the audit. Nothing is written on refusal.
 */
export async function planAudit(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: AuditPlanInput,
  now: Date,
) {
  const kind = auditKind(profile, input.kind);
  if (!kind || !profile.assurance)
    throw fieldError(
      "kind",
      `監査の種類「${input.kind}」はポリシーにありません。`,
      `The policy has no audit kind "${input.kind}".`,
    );
  authorize(ctx.actor, "plan", "assurance_audit", { ownerDuty: kind.owner_duty });
  const dates: Record<string, { message_ja: string; message_en: string }> = {};
  if (input.periodFrom > input.periodTo)
    dates.periodTo = {
      message_ja: "対象期間の終了は開始以降にしてください。",
      message_en: "The period must end after it starts.",
    };
  if (input.startDate > input.endDate)
    dates.endDate = {
      message_ja: "実施終了日は開始日以降にしてください。",
      message_en: "The end date must be on or after the start.",
    };
  if (Object.keys(dates).length) throw invalid(dates);
  const rules = profile.assurance.auditor_independence;
  return db.transaction(async (tx) => {
    const units = await unitsByIds(tx, input.unitIds);
    const bad: Record<string, { message_ja: string; message_en: string }> = {};
    input.unitIds.forEach((u, i) => {
      if (!units.has(u))
        bad[`unitIds.${i}`] = { message_ja: "部署が見つかりません。", message_en: "No such unit." };
    });
    await checkScope(tx, ctx, profile, input, bad);
    if (Object.keys(bad).length) throw invalid(bad);
    const audited = input.unitIds.map((id) => ({ id, bureauId: units.get(id)?.parentId ?? null }));
    const exceptions: Array<{ personId: string; reason: string }> = [];
    for (const [i, a] of input.auditors.entries()) {
      if (!(await activePerson(tx, a.personId))) {
        bad[`auditors.${i}.personId`] = {
          message_ja: "監査人が見つかりません。",
          message_en: "The auditor was not found.",
        };
        continue;
      }
      const at = await personUnitAt(tx, a.personId, input.startDate);
      const scopes = await roleScopesAt(tx, profile, a.personId, input.startDate, roleOwnsWork);
      const facts: AuditorFacts = {
        personId: a.personId,
        departmentId: at.departmentId,
        bureauId: at.bureauId,
        roleScopes: scopes.map((s) => s.scopeDepartmentId),
        unavoidableReason: a.unavoidableReason,
      };
      const problems = independenceProblems(audited, facts, rules);
      if (problems.length) {
        const p = problems[0];
        const unitName = units.get(p.unitId)?.name ?? "";
        bad[`auditors.${i}.personId`] =
          p.kind === "member_of_audited_unit"
            ? {
                message_ja: `監査実施日（${input.startDate}）に被監査部門「${unitName}」に所属しているため監査人にできません${p.reasonWouldAllow ? "（やむを得ない場合は理由を記録してください）" : ""}。根拠: ${p.clause}`,
                message_en: `On the audit date (${input.startDate}) this person belongs to the audited unit “${unitName}” and cannot audit it${p.reasonWouldAllow ? " (record the reason if it is unavoidable)" : ""}. Clause: ${p.clause}`,
              }
            : {
                message_ja: `被監査部門「${unitName}」の業務を所管しているため、自らの業務の監査になります。やむを得ない場合は理由を記録してください。根拠: ${p.clause}`,
                message_en: `This person owns the work of the audited unit “${unitName}”: auditing it is auditing their own work. Record the reason if it is unavoidable. Clause: ${p.clause}`,
              };
        if (p.reasonWouldAllow) bad[`auditors.${i}.unavoidableReason`] = bad[`auditors.${i}.personId`];
      } else if (usesException(audited, facts))
        exceptions.push({ personId: a.personId, reason: a.unavoidableReason?.trim() ?? "" });
    }
    if (Object.keys(bad).length) throw invalid(bad, "auditor_not_independent");
    const [row] = await tx
      .insert(assuranceAudits)
      .values({
        profileId: profile.id,
        kind: kind.key,
        fiscalYear: input.fiscalYear,
        title: input.title,
        unitIds: input.unitIds,
        systemIds: [...new Set(input.systemIds ?? [])],
        contractorIds: [...new Set(input.contractorIds ?? [])],
        scopeNote: input.scopeNote ?? null,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        startDate: input.startDate,
        endDate: input.endDate,
        status: "planned",
        createdByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    await tx.insert(assuranceAuditors).values(
      input.auditors.map((a) => ({
        auditId: row.id,
        personId: a.personId,
        unavoidableReason: exceptions.find((e) => e.personId === a.personId)?.reason ?? null,
      })),
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.audit_planned",
        targetType: "assurance_audit",
        targetId: row.id,
        data: {
          kind: kind.key,
          fiscalYear: input.fiscalYear,
          units: input.unitIds,
          systems: [...new Set(input.systemIds ?? [])],
          contractors: [...new Set(input.contractorIds ?? [])],
          auditors: input.auditors.map((a) => a.personId),
          // やむを得ない場合 (2(6)②): reported with the plan and the report.
          unavoidableExceptions: exceptions,
          clause: kind.clause,
        },
      },
      now,
    );
    return { ...row, exceptions };
  });
}

type Step = "approve" | "start" | "report" | "close";
const NEXT: Record<Step, AuditRow["status"]> = {
  approve: "approved",
  start: "fieldwork",
  report: "reported",
  close: "closed",
};

/**
 * approve (the plan approver, 西原村: the committee) → start (fieldwork; the auditors' read grants
 * begin) → report (auditors or the owner) → close (the owner; grants end, papers become read-only).
 */
export async function stepAudit(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  step: Step,
  input: { report?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { audit, auditors } = await loadAudit(tx, profile.id, id, true);
    const ids = auditors.map((a) => a.personId);
    const ref = auditRef(profile, audit, ids);
    const actor = authorize(ctx.actor, step, "assurance_audit", ref);
    // Whoever planned the audit does not approve the plan (the rule: assurance/access.ts).
    if (step === "approve")
      await checkSelfApproval(tx, profile, actor, auditPlanApproval(ref, audit), false, now);
    const set: Partial<AuditRow> = { status: NEXT[step] };
    if (step === "approve")
      Object.assign(set, { approvedByPersonId: ctx.actor?.personId ?? null, approvedAt: now });
    if (step === "report") Object.assign(set, { report: input.report ?? "", reportedAt: now });
    if (step === "close") set.closedAt = now;
    const [row] = await tx.update(assuranceAudits).set(set).where(eq(assuranceAudits.id, id)).returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: `assurance.audit_${step === "start" ? "started" : step === "approve" ? "approved" : step === "report" ? "reported" : "closed"}`,
        targetType: "assurance_audit",
        targetId: id,
        data: {
          from: audit.status,
          to: row.status,
          // The auditors' read access to the audited units and period starts and ends here.
          ...(step === "start" || step === "close"
            ? {
                readGrant: {
                  auditors: ids,
                  units: audit.unitIds,
                  from: audit.periodFrom,
                  to: audit.periodTo,
                  active: step === "start",
                },
              }
            : {}),
          ...(step === "report"
            ? {
                unavoidableExceptions: auditors
                  .filter((a) => a.unavoidableReason)
                  .map((a) => ({ personId: a.personId, reason: a.unavoidableReason })),
              }
            : {}),
        },
      },
      now,
    );
    return row;
  });
}

/** A working paper (監査調書) written during fieldwork by an auditor; kept as written. */
export async function addPaper(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { title: string; description: string; departmentId?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { audit, auditors } = await loadAudit(tx, profile.id, id, true);
    authorize(
      ctx.actor,
      "fieldwork",
      "assurance_audit",
      auditRef(
        profile,
        audit,
        auditors.map((a) => a.personId),
      ),
    );
    if (input.departmentId && !audit.unitIds.includes(input.departmentId))
      throw fieldError("departmentId", "被監査部門ではありません。", "Not an audited unit.");
    const [row] = await tx
      .insert(assurancePapers)
      .values({
        auditId: id,
        departmentId: input.departmentId ?? null,
        title: input.title,
        body: input.description,
        writtenByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.working_paper_added",
        targetType: "assurance_audit",
        targetId: id,
        data: { paperId: row.id, title: row.title },
      },
      now,
    );
    return row;
  });
}
