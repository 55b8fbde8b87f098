import { and, eq, sql } from "drizzle-orm";
import type { Duty } from "../../../../common/duties";
import { FINDING_STATE_LABELS, labelOf } from "../../../../common/labels";
import { authorize, can } from "../../../access";
import { requireVisiblePerson } from "../../../access/people";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf, selectRows, textArraySql } from "../../../db/sql";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { FindingRef } from "../access";
import { activePerson, unitsByIds } from "../directory";
import { actionFor, checkTransition } from "../domain/findings";
import { loadSheet, sheetRef } from "../queries";
import {
  assuranceAnswers,
  assuranceFiles,
  assuranceFindings,
  assuranceItems,
  type FindingState,
  type Severity,
} from "../tables";
import { insertFile, type NewFile } from "./answers";

type FindingRow = typeof assuranceFindings.$inferSelect;

export function findingRef(profile: Profile, f: FindingRow, auditorIds: string[] = []): FindingRef {
  return {
    departmentId: f.departmentId,
    bureauId: f.bureauId,
    ownerPersonId: f.ownerPersonId,
    verifierDuty: (profile.assurance?.findings.verifier_duty ?? "chief_information_security_officer") as Duty,
    state: f.state,
    auditorIds,
  };
}

/** The finding's access facts, with the auditors of running audits of its unit. */
export async function loadFindingRef(db: DbOrTx, profile: Profile, f: FindingRow): Promise<FindingRef> {
  const units = [f.departmentId, f.bureauId].filter((x): x is string => !!x);
  if (!units.length) return findingRef(profile, f);
  const rows = await selectRows<{ person_id: string }>(
    db,
    sql`
    select distinct aa.person_id from assurance_audits au join assurance_auditors aa on aa.audit_id = au.id
    where au.profile_id = ${profile.id} and au.status in ('fieldwork', 'reported')
      and au.unit_ids ?| ${textArraySql(units)}`,
  );
  return findingRef(
    profile,
    f,
    rows.map((r) => r.person_id),
  );
}

export async function loadFinding(db: DbOrTx, profileId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(assuranceFindings)
    .where(and(eq(assuranceFindings.id, id), eq(assuranceFindings.profileId, profileId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound({ ja: "指摘事項", en: "The finding" });
  return row;
}

/** The owner named in a body: an active person the caller may see, else answered like an unknown id. */
async function checkOwner(db: DbOrTx, actor: Actor | null, personId: string | undefined | null) {
  if (!personId) return;
  const notFound = () => fieldError("ownerPersonId", "担当者が見つかりません。", "The owner was not found.");
  if (!actor || !(await activePerson(db, personId))) throw notFound();
  await requireVisiblePerson(db, actor, personId, "ownerPersonId").catch(() => {
    throw notFound();
  });
}

/**
 * Turns an answer of できていない into a finding of the sheet's unit, citing the item's clause.
 * One finding per answer; nothing is written when the answer is not できていない.
 */
export async function createFromAnswer(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: {
    answerId: string;
    title?: string;
    severity: Severity;
    ownerPersonId?: string;
    correctiveAction?: string;
    dueDate: string;
  },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [answer] = await tx.select().from(assuranceAnswers).where(eq(assuranceAnswers.id, input.answerId));
    const sheet = answer ? await loadSheet(tx, profile.id, answer.sheetId) : null;
    // An answer of a sheet the caller may not read is answered like an unknown one (#12 item 3).
    if (!sheet || !can(ctx.actor, "read", "assurance_sheet", sheetRef(profile, sheet)))
      throw fieldError("answerId", "回答が見つかりません。", "The answer was not found.");
    authorize(ctx.actor, "raise_finding", "assurance_sheet", sheetRef(profile, sheet));
    if (answer.value !== "no")
      throw fieldError(
        "answerId",
        "指摘事項にできるのは「できていない」の回答です。",
        "Only an answer of “not in place” can become a finding.",
      );
    const [existing] = await tx
      .select({ id: assuranceFindings.id })
      .from(assuranceFindings)
      .where(eq(assuranceFindings.answerId, answer.id));
    if (existing)
      throw conflict(
        "finding_exists",
        "この回答はすでに指摘事項になっています。",
        "This answer is already a finding.",
      );
    await checkOwner(tx, ctx.actor, input.ownerPersonId);
    const [item] = await tx.select().from(assuranceItems).where(eq(assuranceItems.id, answer.itemId));
    const [row] = await tx
      .insert(assuranceFindings)
      .values({
        profileId: profile.id,
        source: "answer",
        answerId: answer.id,
        itemId: answer.itemId,
        clauseId: item.clauseId,
        departmentId: sheet.department_id,
        bureauId: sheet.bureau_id,
        title: input.title ?? item.question,
        severity: input.severity,
        ownerPersonId: input.ownerPersonId ?? null,
        correctiveAction: input.correctiveAction ?? null,
        dueDate: input.dueDate,
        createdByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.finding_created",
        targetType: "assurance_finding",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          source: "answer",
          answerId: answer.id,
          clauseId: row.clauseId,
          severity: row.severity,
          dueDate: row.dueDate,
        },
      },
      now,
    );
    return row;
  });
}

/**
 * Edits a finding and moves it along open → in_progress → done → verified → closed. Verifying and
 * closing need the verifier duty and, for the profile's severities, at least one evidence file.
 */
export async function updateFinding(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: {
    state?: FindingState;
    severity?: Severity;
    ownerPersonId?: string | null;
    correctiveAction?: string;
    dueDate?: string;
    note?: string;
  },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const finding = await loadFinding(tx, profile.id, id, true);
    const ref = await loadFindingRef(tx, profile, finding);
    const editsFields =
      input.severity !== undefined ||
      input.ownerPersonId !== undefined ||
      input.correctiveAction !== undefined ||
      input.dueDate !== undefined;
    if (editsFields || !input.state) authorize(ctx.actor, "update", "assurance_finding", ref);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (input.state && input.state !== finding.state) {
      const [{ n: evidenceCount }] = rowsOf<{ n: number }>(
        await tx.execute(
          sql`select count(*)::int as n from ${assuranceFiles} where owner_type = 'finding' and owner_id = ${id}::uuid`,
        ),
      );
      const error = checkTransition(finding.state, input.state, {
        severity: input.severity ?? finding.severity,
        evidenceCount,
        evidenceRequiredFor: profile.assurance?.findings.evidence_required_for ?? [],
      });
      if (error?.code === "invalid_transition")
        throw invalid(
          {
            state: {
              message_ja: `「${labelOf(FINDING_STATE_LABELS, finding.state).ja}」から「${labelOf(FINDING_STATE_LABELS, input.state).ja}」には進められません。`,
              message_en: `A finding cannot move from ${labelOf(FINDING_STATE_LABELS, finding.state).en} to ${labelOf(FINDING_STATE_LABELS, input.state).en}.`,
            },
          },
          "invalid_transition",
        );
      // Who may take the step is checked before what the step needs.
      authorize(ctx.actor, actionFor(input.state), "assurance_finding", ref);
      if (error?.code === "evidence_required")
        throw conflict(
          "evidence_required",
          "この重要度の指摘事項は、是正の証跡を登録してから確認・完了してください。",
          "Attach evidence of the correction before verifying or closing a finding of this severity.",
          {
            state: {
              message_ja: `根拠: ${profile.assurance?.findings.clause ?? ""}`,
              message_en: `Clause: ${profile.assurance?.findings.clause ?? ""}`,
            },
          },
        );
      changes.state = { from: finding.state, to: input.state };
    }
    await checkOwner(tx, ctx.actor, input.ownerPersonId);
    const set: Partial<FindingRow> = { updatedAt: now };
    if (input.state) set.state = input.state;
    if (input.state === "verified") set.verifiedByPersonId = ctx.actor?.personId ?? null;
    if (input.state === "closed") set.closedAt = now;
    for (const key of ["severity", "ownerPersonId", "correctiveAction", "dueDate"] as const) {
      if (input[key] === undefined || input[key] === finding[key]) continue;
      changes[key] = { from: finding[key], to: input[key] };
      (set as Record<string, unknown>)[key] = input[key];
    }
    const [row] = await tx.update(assuranceFindings).set(set).where(eq(assuranceFindings.id, id)).returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.finding_updated",
        targetType: "assurance_finding",
        targetId: id,
        departmentId: finding.departmentId,
        data: { ...changes, ...(input.note ? { note: input.note } : {}) },
      },
      now,
    );
    return row;
  });
}

export async function addFindingFile(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  file: NewFile,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const finding = await loadFinding(tx, profile.id, id, true);
    authorize(ctx.actor, "attach", "assurance_finding", await loadFindingRef(tx, profile, finding));
    return insertFile(tx, ctx, { type: "finding", id, departmentId: finding.departmentId }, file, now);
  });
}

/**
 * 横展開 (西原村 10.1(7)): the same check opened in other chosen 課, each a finding of its own
 * that names the one it came from, tracked to closure. A 課 that already has one is refused.
 */
export async function openLateral(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { departmentIds: string[]; dueDate: string; note?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const origin = await loadFinding(tx, profile.id, id, true);
    authorize(ctx.actor, "lateral", "assurance_finding", findingRef(profile, origin));
    const ids = [...new Set(input.departmentIds)];
    const units = await unitsByIds(tx, ids);
    const existing = new Set(
      (
        await tx
          .select({ departmentId: assuranceFindings.departmentId })
          .from(assuranceFindings)
          .where(eq(assuranceFindings.originFindingId, id))
      ).map((r) => r.departmentId),
    );
    const bad: Record<string, { message_ja: string; message_en: string }> = {};
    input.departmentIds.forEach((d, i) => {
      const unit = units.get(d);
      if (unit?.kind !== "department")
        bad[`departmentIds.${i}`] = { message_ja: "課が見つかりません。", message_en: "No such department." };
      else if (d === origin.departmentId || existing.has(d))
        bad[`departmentIds.${i}`] = {
          message_ja: "この課はすでに対象です。",
          message_en: "This department is already covered.",
        };
    });
    if (Object.keys(bad).length) throw invalid(bad);
    const rows = await tx
      .insert(assuranceFindings)
      .values(
        ids.map((d) => ({
          profileId: profile.id,
          source: "lateral" as const,
          originFindingId: id,
          itemId: origin.itemId,
          clauseId: origin.clauseId,
          departmentId: d,
          bureauId: units.get(d)?.parentId ?? null,
          title: `【横展開】${origin.title}`,
          severity: origin.severity,
          correctiveAction: input.note ?? null,
          dueDate: input.dueDate,
          createdByPersonId: ctx.actor?.personId ?? null,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.lateral_opened",
        targetType: "assurance_finding",
        targetId: id,
        departmentId: origin.departmentId,
        data: { departments: ids, findings: rows.map((r) => r.id), dueDate: input.dueDate },
      },
      now,
    );
    return rows;
  });
}
