import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { DUTIES, type Duty } from "../../../../common/duties";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { allUnits } from "../../../directory";
import { conflict, forbidden, notFound } from "../../../http/errors";
import { defineJob, enqueue } from "../../../jobs";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import { escalationChain, escalationDueAt, nextStep, stepTargets } from "../domain/escalation";
import { holdersOf, type IncidentRow, unitOf } from "../queries";
import { incidentEscalations, incidents } from "../tables";
import { addTimeline, type Ctx, grantAccess, notify } from "./common";

consumesRule("incidents.escalation", "incidents");
consumesRule("incidents.acknowledge_within_minutes", "incidents");
consumesRule("incidents.public_escalation", "incidents");
consumesRule("incidents.triage_tells", "incidents");
consumesRule("incidents.report_tells", "incidents");

export const ESCALATE_JOB = "incidents.escalate";

/**
 * The unit a department step is about: the reporter's 課; for a public report, which names none,
 * the 課 that runs the contact point (contact_point.department_code), whose manager the staff who
 * received the report reports to (6.3(2)①). Without it the department step is skipped, recorded.
 */
async function chainUnit(tx: DbOrTx, profile: Profile, incident: IncidentRow) {
  const code = profile.contact_point.department_code;
  if (incident.source !== "public" || incident.departmentId || !code)
    return unitOf(tx, incident.departmentId);
  const unit = (await allUnits(tx)).find((u) => u.code === code && u.active);
  return unitOf(tx, unit?.id ?? null);
}
type EscalationRow = typeof incidentEscalations.$inferSelect;

/**
 * Tells the first step after `afterStep` that has someone to tell (steps nobody holds for this
 * case — e.g. a department step for a public report — are recorded as skipped), and schedules
 * its escalation when it does not acknowledge in time. Returns the step told, or null at the end.
 */
export async function activateAfter(
  tx: DbOrTx,
  ctx: Ctx | null,
  profile: Profile,
  incident: IncidentRow,
  afterStep: number | null,
  now: Date,
  /** Tell this step only: when nobody holds it, stop there instead of going on (out-of-turn tells). */
  only: number | null = null,
): Promise<EscalationRow | null> {
  const chain = escalationChain(profile, incident);
  const unit = await chainUnit(tx, profile, incident);
  const told = new Set(
    (
      await tx
        .select({ step: incidentEscalations.step })
        .from(incidentEscalations)
        .where(eq(incidentEscalations.incidentId, incident.id))
    ).map((r) => r.step),
  );
  let current = afterStep;
  for (;;) {
    const step = nextStep(chain, current);
    if (!step) return null;
    // Already told out of turn (the CSIRT's evaluation, incidents.triage_tells): the chain goes on
    // from that step's own acknowledgement or time-out, so nobody is told twice.
    if (told.has(step.step)) return null;
    current = step.step;
    const { holders, deputiesNow } = await holdersOf(tx, profile, step.duty as Duty, step.scope, unit, now);
    const targets = stepTargets(holders, deputiesNow);
    const dueAt = escalationDueAt(step, profile.incidents.acknowledge_within_minutes, now);
    const [row] = await tx
      .insert(incidentEscalations)
      .values({
        incidentId: incident.id,
        step: step.step,
        duty: step.duty,
        scope: step.scope,
        targets,
        status: targets.length ? "pending" : "skipped",
        notifiedAt: now,
        dueAt,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: targets.length ? "incident.escalation_notified" : "incident.escalation_skipped",
        targetType: "incident",
        targetId: incident.id,
        data: {
          step: step.step,
          duty: step.duty,
          targets: targets.map((t) => ({ personId: t.personId, actingForPersonId: t.actingForPersonId })),
          dueAt: dueAt.toISOString(),
          clause: step.clause,
          ...(ctx ? {} : { via: "job" }),
        },
      },
      now,
    );
    if (!targets.length) {
      if (only != null) return null;
      continue;
    }
    await grantAccess(
      tx,
      incident.id,
      targets.map((t) => t.personId),
      "notified",
      now,
    );
    const deputies = targets.filter((t) => t.actingForPersonId);
    await notify(
      tx,
      targets.filter((t) => !t.actingForPersonId).map((t) => t.personId),
      {
        incidentId: incident.id,
        kind: "escalation",
        ja: `インシデント報告 ${incident.receiptNumber}「${incident.summary.slice(0, 60)}」の確認をお願いします（${step.text.ja}）。`,
        en: `Please acknowledge report ${incident.receiptNumber} "${incident.summary.slice(0, 60)}" (${step.text.en}).`,
      },
      now,
    );
    await notify(
      tx,
      deputies.map((t) => t.personId),
      {
        incidentId: incident.id,
        kind: "escalation_deputy",
        ja: `代行者として、インシデント報告 ${incident.receiptNumber} の確認をお願いします。対応後、本来の担当者へ事後報告してください。`,
        en: `As deputy, please acknowledge report ${incident.receiptNumber} and report to the principal afterwards.`,
      },
      now,
    );
    await enqueue(tx, {
      kind: ESCALATE_JOB,
      payload: { escalationId: row.id },
      runAt: dueAt,
      uniqueKey: `${ESCALATE_JOB}:${row.id}`,
    });
    return row;
  }
}

/** Job: a step that has not acknowledged by its due time escalates to the next step. */
export async function escalateIfUnacknowledged(
  tx: DbOrTx,
  profile: Profile,
  escalationId: string,
  now: Date,
) {
  const [esc] = await tx.select().from(incidentEscalations).where(eq(incidentEscalations.id, escalationId));
  if (!esc || esc.status !== "pending") return null;
  const [incident] = await tx.select().from(incidents).where(eq(incidents.id, esc.incidentId));
  if (!incident) return null;
  await tx
    .update(incidentEscalations)
    .set({ status: "escalated", escalatedAt: now })
    .where(eq(incidentEscalations.id, esc.id));
  await recordEvent(
    tx,
    null,
    {
      type: "incident.escalated",
      targetType: "incident",
      targetId: incident.id,
      data: { step: esc.step, duty: esc.duty, dueAt: esc.dueAt.toISOString(), via: "job" },
    },
    now,
  );
  return activateAfter(tx, null, profile, incident, esc.step, now);
}

export const escalateJob = defineJob({
  kind: ESCALATE_JOB,
  payload: z.object({ escalationId: z.uuid() }),
  run: async (payload, { tx, now, profile }) => {
    await escalateIfUnacknowledged(tx, await profile(), payload.escalationId, now);
  },
});

/**
 * A person told at the pending step acknowledges it (with the time); a deputy's
 * acknowledgement is recorded as acting for the absent principal, who is told. The next step
 * of the chain is told in turn (each step reports up).
 */
export async function acknowledgeStep(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  incident: IncidentRow,
  input: { note?: string | null },
  now: Date,
) {
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  return db.transaction(async (tx) => {
    const pending = await tx
      .select()
      .from(incidentEscalations)
      .where(and(eq(incidentEscalations.incidentId, incident.id), eq(incidentEscalations.status, "pending")));
    const esc = pending.find((e) => e.targets.some((t) => t.personId === actor.personId));
    if (!esc)
      throw conflict(
        "nothing_to_acknowledge",
        "確認待ちの報告はありません。",
        "There is nothing for you to acknowledge.",
      );
    const target = esc.targets.find((t) => t.personId === actor.personId);
    const actingFor = target?.actingForPersonId ?? null;
    await tx
      .update(incidentEscalations)
      .set({
        status: "acknowledged",
        acknowledgedAt: now,
        acknowledgedByPersonId: actor.personId,
        acknowledgedForPersonId: actingFor,
        note: input.note ?? null,
      })
      .where(eq(incidentEscalations.id, esc.id));
    const patch: Partial<IncidentRow> = { updatedAt: now };
    if (!incident.firstAcknowledgedAt) patch.firstAcknowledgedAt = now;
    if (incident.stage === "new") patch.stage = "triage";
    await tx.update(incidents).set(patch).where(eq(incidents.id, incident.id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.acknowledged",
        targetType: "incident",
        targetId: incident.id,
        actingForPersonId: actingFor,
        data: {
          step: esc.step,
          duty: esc.duty,
          note: input.note ?? null,
          stage: patch.stage ?? incident.stage,
        },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: "report",
        occurredAt: now,
        text: `第${esc.step}段階（${DUTIES[esc.duty as Duty]?.ja ?? "報告先"}）確認: ${actor.name}${actingFor ? "（代行）" : ""}`,
        personId: actor.personId,
      },
      now,
    );
    if (actingFor)
      await notify(
        tx,
        [actingFor],
        {
          incidentId: incident.id,
          kind: "deputy_acted",
          ja: `代行者 ${actor.name} が、あなたに代わってインシデント報告 ${incident.receiptNumber} を確認しました。`,
          en: `Your deputy ${actor.name} acknowledged report ${incident.receiptNumber} for you.`,
        },
        now,
      );
    const next = await activateAfter(tx, ctx, profile, { ...incident, ...patch }, esc.step, now);
    return { escalationId: esc.id, next };
  });
}

/** 事後報告: the deputy who acted reports to the principal afterwards. */
export async function postReport(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  escalationId: string,
  report: string,
  now: Date,
) {
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  const [esc] = await db
    .select()
    .from(incidentEscalations)
    .where(and(eq(incidentEscalations.id, escalationId), eq(incidentEscalations.incidentId, incident.id)));
  if (!esc) throw notFound({ ja: "エスカレーション", en: "The escalation step" });
  if (esc.acknowledgedByPersonId !== actor.personId || !esc.acknowledgedForPersonId)
    throw forbidden(
      "事後報告は、代行として確認した本人のみが行えます。",
      "Only the deputy who acknowledged may report afterwards.",
    );
  if (esc.postReportedAt)
    throw conflict("already_reported", "事後報告は済んでいます。", "The post-report has already been made.");
  const principal = esc.acknowledgedForPersonId;
  return db.transaction(async (tx) => {
    await tx
      .update(incidentEscalations)
      .set({ postReport: report, postReportedAt: now })
      .where(eq(incidentEscalations.id, esc.id));
    await notify(
      tx,
      [principal],
      {
        incidentId: incident.id,
        kind: "deputy_post_report",
        ja: `代行者 ${actor.name} からの事後報告（${incident.receiptNumber}）: ${report.slice(0, 200)}`,
        en: `Post-report from your deputy ${actor.name} (${incident.receiptNumber}): ${report.slice(0, 200)}`,
      },
      now,
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.deputy_post_report",
        targetType: "incident",
        targetId: incident.id,
        actingForPersonId: principal,
        data: { step: esc.step, report },
      },
      now,
    );
  });
}

/**
 * The CSIRT evaluated the report as an incident (incidents.triage_tells, 西原村 6.3(3)② 速やかに): the
 * chain's step of the rule's duty is told now if it has not been — whatever the steps before it have
 * done — in the triage's transaction. Returns the step told, or null (no rule, no such step, told already).
 */
export async function tellOnTriage(
  tx: DbOrTx,
  ctx: Ctx,
  profile: Profile,
  incident: IncidentRow,
  now: Date,
): Promise<EscalationRow | null> {
  return tellStepOf(tx, ctx, profile, incident, profile.incidents.triage_tells?.duty, now);
}

/**
 * A staff report (incidents.report_tells, 西原村 6.3(1)① 情報セキュリティ・システム管理者**及び**統一的な
 * 窓口): the chain's step of the rule's duty (the CSIRT) is told with step 1, at the report. A report
 * from the public form follows its own chain (6.3(2)) and arrives at the contact point already.
 */
export async function tellOnReport(
  tx: DbOrTx,
  ctx: Ctx | null,
  profile: Profile,
  incident: IncidentRow,
  now: Date,
): Promise<EscalationRow | null> {
  if (incident.source === "public") return null;
  return tellStepOf(tx, ctx, profile, incident, profile.incidents.report_tells?.duty, now);
}

/** Tells the chain's step of this duty now unless it has been told (then the chain goes on from it). */
async function tellStepOf(
  tx: DbOrTx,
  ctx: Ctx | null,
  profile: Profile,
  incident: IncidentRow,
  duty: string | undefined,
  now: Date,
): Promise<EscalationRow | null> {
  if (!duty) return null;
  const chain = escalationChain(profile, incident);
  const target = chain.find((s) => s.duty === duty);
  if (!target) return null;
  const before = chain.filter((s) => s.step < target.step).map((s) => s.step);
  return activateAfter(
    tx,
    ctx,
    profile,
    incident,
    before.length ? Math.max(...before) : null,
    now,
    target.step,
  );
}
