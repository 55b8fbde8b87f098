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
import { systemOwnersByZone } from "../../assets";
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
import { auditKind, auditRef, loadAudit } from "./audits";

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

/** Where a finding came from: an answer of できていない, or an auditor's observation. */
type FindingOrigin = { source: "answer"; answerId: string } | { source: "audit"; auditId: string };

/**
 * Writes a new finding and its audit event (assurance.finding_created, with its origin) in the
 * caller's transaction: the one insert behind a finding from an answer and one from an audit.
 */
async function insertFinding(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  origin: FindingOrigin,
  where: {
    itemId: string | null;
    clauseId: string;
    departmentId: string | null;
    bureauId: string | null;
    title: string;
  },
  input: { severity: Severity; ownerPersonId?: string; correctiveAction?: string; dueDate: string },
  now: Date,
) {
  const [row] = await tx
    .insert(assuranceFindings)
    .values({
      profileId: profile.id,
      ...origin,
      ...where,
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
      data: { ...origin, clauseId: row.clauseId, severity: row.severity, dueDate: row.dueDate },
    },
    now,
  );
  return row;
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
    return insertFinding(
      tx,
      ctx,
      profile,
      { source: "answer", answerId: answer.id },
      {
        itemId: answer.itemId,
        clauseId: item.clauseId,
        departmentId: sheet.department_id,
        bureauId: sheet.bureau_id,
        title: input.title ?? item.question,
      },
      input,
      now,
    );
  });
}

/**
 * An auditor's observation becomes a finding of an audited unit (西原村 10.1(7): the CISO has the
 * owners of findings correct them; 川崎市 第12章8: findings lead to an improvement plan): by a
 * named auditor during fieldwork, citing the check item's clause or else the audit kind's.
 */
export async function createFromAudit(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  auditId: string,
  input: {
    departmentId: string;
    itemId?: string;
    title: string;
    severity: Severity;
    ownerPersonId?: string;
    correctiveAction?: string;
    dueDate: string;
  },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { audit, auditors } = await loadAudit(tx, profile.id, auditId, true);
    const ref = auditRef(
      profile,
      audit,
      auditors.map((a) => a.personId),
    );
    // An audit the caller may not read is answered like one that does not exist.
    if (ctx.actor && !can(ctx.actor, "read", "assurance_audit", ref))
      throw notFound({ ja: "監査", en: "The audit" });
    authorize(ctx.actor, "fieldwork", "assurance_audit", ref);
    const unit = (await unitsByIds(tx, [input.departmentId])).get(input.departmentId);
    const inScope =
      !!unit &&
      (audit.unitIds.includes(unit.id) || (!!unit.parentId && audit.unitIds.includes(unit.parentId)));
    if (!inScope) throw fieldError("departmentId", "被監査部門ではありません。", "Not an audited unit.");
    let clauseId = auditKind(profile, audit.kind)?.clause ?? "";
    if (input.itemId) {
      const [item] = await tx
        .select({ clauseId: assuranceItems.clauseId })
        .from(assuranceItems)
        .where(and(eq(assuranceItems.id, input.itemId), eq(assuranceItems.profileId, profile.id)));
      if (!item) throw fieldError("itemId", "点検項目が見つかりません。", "The check item was not found.");
      clauseId = item.clauseId;
    }
    await checkOwner(tx, ctx.actor, input.ownerPersonId);
    const isBureau = unit.kind === "bureau";
    return insertFinding(
      tx,
      ctx,
      profile,
      { source: "audit", auditId },
      {
        itemId: input.itemId ?? null,
        clauseId,
        departmentId: isBureau ? null : unit.id,
        bureauId: isBureau ? unit.id : (unit.parentId ?? null),
        title: input.title,
      },
      input,
      now,
    );
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
 * 横展開 (西原村 10.1(7)): the same check opened in other 課 where the same problem is likely,
 * each a finding of its own that names the one it came from, tracked to closure. The 課 are
 * chosen by name, or by system kind: the 課 that own systems of that kind (a zone of the
 * profile — マイナンバー利用事務系, LGWAN接続系, …) as far as the caller may see those systems.
 * A 課 chosen by name that is already covered is refused; one reached through the system kind
 * that is already covered (or is the finding's own) is passed over, and the kind is refused when
 * that leaves no 課.
 */
export async function openLateral(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { departmentIds?: string[]; systemKind?: string; dueDate: string; note?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const origin = await loadFinding(tx, profile.id, id, true);
    const actor = authorize(ctx.actor, "lateral", "assurance_finding", findingRef(profile, origin));
    const named = input.departmentIds ?? [];
    if (!named.length && !input.systemKind)
      throw invalid({
        departmentIds: {
          message_ja: "横展開先の課か、システムの種別を選んでください。",
          message_en: "Choose the departments or a system kind to check.",
        },
      });
    const existing = new Set(
      (
        await tx
          .select({ departmentId: assuranceFindings.departmentId })
          .from(assuranceFindings)
          .where(eq(assuranceFindings.originFindingId, id))
      ).map((r) => r.departmentId),
    );
    const covered = (d: string) => d === origin.departmentId || existing.has(d);
    const units = await unitsByIds(tx, [...new Set(named)]);
    const bad: Record<string, { message_ja: string; message_en: string }> = {};
    named.forEach((d, i) => {
      const unit = units.get(d);
      if (unit?.kind !== "department")
        bad[`departmentIds.${i}`] = { message_ja: "課が見つかりません。", message_en: "No such department." };
      else if (covered(d))
        bad[`departmentIds.${i}`] = {
          message_ja: "この課はすでに対象です。",
          message_en: "This department is already covered.",
        };
    });
    // By system kind: the owning 課 of the systems the caller may open (the assets face).
    const byKind = new Set<string>();
    if (input.systemKind) {
      const zone = profile.zones.find((z) => z.key === input.systemKind);
      if (!zone)
        bad.systemKind = {
          message_ja: "この組織のポリシーにないシステムの種別です。",
          message_en: "This policy has no such system kind.",
        };
      else {
        const owners = await systemOwnersByZone(tx, { actor, profile }, [zone.key]);
        for (const o of owners) if (!covered(o.departmentId)) byKind.add(o.departmentId);
        if (!byKind.size)
          bad.systemKind = {
            message_ja: `「${zone.name.ja}」のシステムを所管する課で、まだ対象でない課はありません。`,
            message_en: `No department not yet covered owns a system of the kind ${zone.name.en}.`,
          };
      }
    }
    if (Object.keys(bad).length) throw invalid(bad);
    for (const d of await unitsByIds(tx, [...byKind]).then((m) => [...m.values()])) units.set(d.id, d);
    const chosen = [
      ...[...new Set(named)].map((d) => ({ departmentId: d, zone: null as string | null })),
      ...[...byKind]
        .filter((d) => !named.includes(d))
        .map((d) => ({ departmentId: d, zone: input.systemKind ?? null })),
    ];
    const rows = await tx
      .insert(assuranceFindings)
      .values(
        chosen.map((c) => ({
          profileId: profile.id,
          source: "lateral" as const,
          originFindingId: id,
          lateralZone: c.zone,
          itemId: origin.itemId,
          clauseId: origin.clauseId,
          departmentId: c.departmentId,
          bureauId: units.get(c.departmentId)?.parentId ?? null,
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
        data: {
          departments: chosen.map((c) => c.departmentId),
          ...(input.systemKind ? { systemKind: input.systemKind } : {}),
          findings: rows.map((r) => r.id),
          dueDate: input.dueDate,
        },
      },
      now,
    );
    return rows;
  });
}
