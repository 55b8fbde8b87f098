import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { Profile } from "../../../profile";
import { newReceiptNumber } from "../domain/receipt";
import { incidents } from "../tables";
import { addTimeline, type Ctx, grantAccess } from "./common";
import { activateAfter, tellOnReport } from "./escalation";
import { insertFile, type NewFile } from "./files";

export interface StaffReportInput {
  summary: string;
  details: string;
  occurredAt?: string | null;
  place?: string | null;
  personalInfo: boolean;
  personCount?: number | null;
}

/** A staff member's report: recorded, its reporter may follow it, and the chain starts. */
export async function createStaffReport(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  input: StaffReportInput,
  now: Date,
) {
  const actor = ctx.actor;
  if (!actor) throw new Error("actor required");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidents)
      .values({
        receiptNumber: newReceiptNumber(now),
        source: "staff",
        summary: input.summary,
        details: input.details,
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : null,
        place: input.place ?? null,
        personalInfo: input.personalInfo,
        personCount: input.personCount ?? null,
        reporterPersonId: actor.personId,
        departmentId: actor.departmentId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await grantAccess(tx, row.id, [actor.personId], "reporter", now);
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.reported",
        targetType: "incident",
        targetId: row.id,
        departmentId: actor.departmentId,
        data: {
          source: "staff",
          receiptNumber: row.receiptNumber,
          summary: row.summary,
          personalInfo: row.personalInfo,
          personCount: row.personCount,
        },
      },
      now,
    );
    if (row.occurredAt)
      await addTimeline(
        tx,
        {
          incidentId: row.id,
          kind: "detection",
          occurredAt: row.occurredAt,
          text: "発生（報告者による）",
          personId: actor.personId,
        },
        now,
      );
    await addTimeline(
      tx,
      {
        incidentId: row.id,
        kind: "report",
        occurredAt: now,
        text: `職員から報告（${actor.name}）`,
        personId: actor.personId,
      },
      now,
    );
    await activateAfter(tx, ctx, profile, row, null, now);
    await tellOnReport(tx, ctx, profile, row, now);
    return row;
  });
}

/**
 * A report through the public form: text only, no account. The chain starts as for staff
 * (steps tied to a department are skipped: a resident names none).
 */
export async function createPublicReport(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  input: { summary: string; details: string; contact?: string | null },
  now: Date,
  /** Attachments from the form, already checked (type by content, size); stored with the report. */
  files: NewFile[] = [],
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidents)
      .values({
        receiptNumber: newReceiptNumber(now),
        source: "public",
        summary: input.summary,
        details: input.details,
        contact: input.contact ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.reported",
        targetType: "incident",
        targetId: row.id,
        // The reporter's words stay in the case; the log keeps that a public report arrived.
        data: { source: "public", receiptNumber: row.receiptNumber },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: row.id,
        kind: "report",
        occurredAt: now,
        text: "公開フォームから報告を受付",
        personId: null,
      },
      now,
    );
    for (const file of files) await insertFile(tx, ctx, row.id, file, now);
    await activateAfter(tx, ctx, profile, row, null, now);
    return row;
  });
}
