import { eq } from "drizzle-orm";
import { formatDateJa, startOfJstDay } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { findPerson } from "../../../directory";
import { fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import { ppcDeadlines, ppcReportingDuty } from "../domain/ppc";
import type { OutsideDecision, PpcFacts } from "../domain/types";
import type { IncidentRow } from "../queries";
import { incidentOutsideReports, incidents } from "../tables";
import { addTimeline, type Ctx } from "./common";

consumesRule("incidents.outside_bodies.**", "incidents");

/** Decision to report to one outside body of the profile (or not, with reason); date sent, reference. */
export async function decideOutsideReport(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  incident: IncidentRow,
  bodyKey: string,
  input: {
    decision: OutsideDecision;
    reason?: string | null;
    sentOn?: string | null;
    referenceNumber?: string | null;
  },
  now: Date,
) {
  const body = profile.incidents.outside_bodies.find((b) => b.key === bodyKey);
  if (!body)
    throw fieldError("bodyKey", "プロファイルにない報告先です。", "This outside body is not in the profile.");
  if (input.decision === "not_report" && !input.reason?.trim())
    throw fieldError("reason", "報告しない理由を入力してください。", "Give the reason for not reporting.");
  if (input.decision === "not_report" && (input.sentOn || input.referenceNumber))
    throw fieldError(
      "sentOn",
      "報告しない場合、送付日は入力できません。",
      "No date sent when not reporting.",
    );
  return db.transaction(async (tx) => {
    const values = {
      incidentId: incident.id,
      bodyKey,
      decision: input.decision,
      reason: input.reason ?? null,
      sentOn: input.sentOn ?? null,
      referenceNumber: input.referenceNumber ?? null,
      decidedByPersonId: ctx.actor?.personId ?? null,
      decidedAt: now,
    };
    const [row] = await tx
      .insert(incidentOutsideReports)
      .values(values)
      .onConflictDoUpdate({
        target: [incidentOutsideReports.incidentId, incidentOutsideReports.bodyKey],
        set: values,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.outside_report_decided",
        targetType: "incident",
        targetId: incident.id,
        data: {
          body: bodyKey,
          decision: input.decision,
          reason: row.reason,
          sentOn: row.sentOn,
          referenceNumber: row.referenceNumber,
          clause: body.clause,
        },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: "outside_report",
        occurredAt: row.sentOn ? startOfJstDay(row.sentOn) : now,
        text:
          input.decision === "report"
            ? `${body.name.ja}へ報告${row.sentOn ? `（${formatDateJa(row.sentOn)} 送付${row.referenceNumber ? `、受付番号 ${row.referenceNumber}` : ""}）` : "（予定）"}`
            : `${body.name.ja}へは報告しない: ${row.reason}`,
        personId: ctx.actor?.personId ?? null,
      },
      now,
    );
    return row;
  });
}

/** The facts of a personal-information leak; the PPC duty and deadlines follow from them. */
export async function recordPpcFacts(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  incident: IncidentRow,
  facts: PpcFacts,
  now: Date,
) {
  const body = profile.incidents.outside_bodies.find((b) => b.key === "ppc");
  const duty = ppcReportingDuty(facts);
  const deadlines = ppcDeadlines(facts, body?.deadlines ?? []);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(incidents)
      .set({
        ppcFacts: facts,
        personalInfo: true,
        personCount: facts.personCount ?? incident.personCount,
        updatedAt: now,
      })
      .where(eq(incidents.id, incident.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.ppc_assessed",
        targetType: "incident",
        targetId: incident.id,
        data: {
          facts: { ...facts },
          mandatory: duty.mandatory,
          reasons: duty.reasons,
          deadlines: deadlines.map((d) => ({ key: d.key, due: d.due })),
        },
      },
      now,
    );
    return row;
  });
}

/** 報道発表: decision with its approver. */
export async function decidePress(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  input: { decision: "publish" | "not_publish"; reason: string; approverPersonId: string },
  now: Date,
) {
  const approver = await findPerson(db, input.approverPersonId);
  if (!approver)
    throw fieldError("approverPersonId", "承認者が見つかりません。", "The approver does not exist.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(incidents)
      .set({
        pressDecision: input.decision,
        pressReason: input.reason,
        pressApproverPersonId: approver.id,
        pressDecidedAt: now,
        updatedAt: now,
      })
      .where(eq(incidents.id, incident.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.press_decided",
        targetType: "incident",
        targetId: incident.id,
        data: { decision: input.decision, reason: input.reason, approverPersonId: approver.id },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: "press",
        occurredAt: now,
        text: `報道発表: ${input.decision === "publish" ? "行う" : "行わない"}（承認者 ${approver.name}）`,
        personId: ctx.actor?.personId ?? null,
      },
      now,
    );
    return row;
  });
}
