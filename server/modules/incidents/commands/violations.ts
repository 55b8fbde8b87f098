import { eq } from "drizzle-orm";
import type { Duty } from "../../../../common/duties";
import { requireVisiblePerson } from "../../../access/people";
import { recordEvent } from "../../../audit/record";
import { loginOfPerson, setLoginDisabled } from "../../../auth/logins";
import type { Db } from "../../../db/client";
import { findPerson } from "../../../directory";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import { holdersOf, unitOf } from "../queries";
import { violations } from "../tables";
import { type Ctx, notify } from "./common";

consumesRule("incidents.violations", "incidents");
consumesRule("incidents.emergency_plan", "incidents");

export type ViolationRow = typeof violations.$inferSelect;

export async function loadViolation(db: Db, id: string) {
  const [row] = await db.select().from(violations).where(eq(violations.id, id));
  if (!row) throw notFound({ ja: "違反", en: "The violation" });
  return row;
}

/** The profile's violation rules, with a fallback when it says nothing (notify only, no rights measures). */
export function violationPolicy(profile: Profile) {
  const v = profile.incidents.violations;
  return {
    notifyDuty: (v?.notify_duty ?? "manage_department_security") as Duty,
    alsoNotify: v?.also_notify ? { duty: v.also_notify.duty as Duty, clause: v.also_notify.clause } : null,
    rightsDuty: (v?.rights_duty ?? null) as Duty | null,
    rightsMeasures: v?.rights_measures ?? [],
    clause: v?.clause ?? null,
  };
}

export async function createViolation(
  db: Db,
  ctx: Ctx,
  input: { personId: string; description: string; occurredOn?: string | null; incidentId?: string | null },
  now: Date,
) {
  // The person is named in the body: one the reporter may not see is refused like an unknown id.
  if (ctx.actor) await requireVisiblePerson(db, ctx.actor, input.personId, "personId");
  const person = await findPerson(db, input.personId);
  if (!person) throw fieldError("personId", "職員が見つかりません。", "The person does not exist.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(violations)
      .values({
        personId: person.id,
        departmentId: person.departmentId,
        description: input.description,
        occurredOn: input.occurredOn ?? null,
        incidentId: input.incidentId ?? null,
        reportedByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "violation.reported",
        targetType: "violation",
        targetId: row.id,
        departmentId: row.departmentId,
        data: { personId: person.id, description: row.description, occurredOn: row.occurredOn },
      },
      now,
    );
    return row;
  });
}

/**
 * Tells the managers of the person's department (the profile's notify duty over it, deputies
 * included) and asks for appropriate measures (8.6(2)①②).
 */
export async function notifyManager(db: Db, ctx: Ctx, profile: Profile, v: ViolationRow, now: Date) {
  const policy = violationPolicy(profile);
  const unit = await unitOf(db, v.departmentId);
  const { holders, deputiesNow } = await holdersOf(db, profile, policy.notifyDuty, "department", unit, now);
  const managers = [
    ...holders.map((h) => ({ personId: h.personId, name: h.name })),
    ...deputiesNow.map((d) => ({ personId: d.deputyPersonId, name: d.deputyName })),
  ];
  // 西原村 8.6(2)②: whoever else finds it tells the ネットワーク管理者 too; when the ネットワーク管理者
  // found it (①), they are the one telling, so they are not told again.
  const also = policy.alsoNotify
    ? await holdersOf(db, profile, policy.alsoNotify.duty, "organization", unit, now)
    : null;
  const alsoTold = also
    ? [
        ...also.holders.map((h) => ({ personId: h.personId, name: h.name })),
        ...also.deputiesNow.map((d) => ({ personId: d.deputyPersonId, name: d.deputyName })),
      ].filter((p) => p.personId !== ctx.actor?.personId)
    : [];
  const told = [...managers, ...alsoTold].filter(
    (p, i, all) => all.findIndex((q) => q.personId === p.personId) === i && p.personId !== v.personId,
  );
  if (!managers.some((p) => p.personId !== v.personId))
    throw conflict(
      "no_manager",
      "この職員の所属課の管理者が登録されていません。",
      "No manager of this person's department is on record.",
    );
  const person = await findPerson(db, v.personId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(violations)
      .set({ managerNotifiedAt: now, managersNotified: told, updatedAt: now })
      .where(eq(violations.id, v.id))
      .returning();
    await notify(
      tx,
      told.map((t) => t.personId),
      {
        violationId: v.id,
        kind: "violation",
        ja: `所属職員 ${person?.name ?? ""} の情報セキュリティポリシー違反が確認されました。適正な措置をお願いします。`,
        en: `A policy violation by ${person?.name ?? ""} of your department was found. Please take appropriate measures.`,
      },
      now,
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "violation.manager_notified",
        targetType: "violation",
        targetId: v.id,
        departmentId: v.departmentId,
        data: {
          managers: told.map((t) => t.personId),
          clause: policy.clause,
          alsoClause: alsoTold.length ? policy.alsoNotify?.clause : undefined,
        },
      },
      now,
    );
    return row;
  });
}

export async function recordMeasures(db: Db, ctx: Ctx, v: ViolationRow, measures: string, now: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(violations)
      .set({ measures, updatedAt: now })
      .where(eq(violations.id, v.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "violation.measures_recorded",
        targetType: "violation",
        targetId: v.id,
        departmentId: v.departmentId,
        data: { measures: { from: v.measures, to: measures } },
      },
      now,
    );
    return row;
  });
}

/**
 * Suspends or withdraws the person's system rights (8.6(2)③): their login is disabled (their
 * sessions stop working at once: a disabled login is anonymous); `restore` enables it again.
 */
export async function changeRights(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  v: ViolationRow,
  input: { action: "suspend" | "withdraw" | "restore"; reason: string },
  now: Date,
) {
  const login = await loginOfPerson(db, v.personId);
  if (!login && input.action !== "restore")
    throw conflict("no_login", "この職員にはログインがありません。", "This person has no login.");
  return db.transaction(async (tx) => {
    if (login) await setLoginDisabled(tx, login.id, input.action !== "restore");
    const [row] = await tx
      .update(violations)
      .set({
        rightsAction: input.action === "restore" ? "none" : input.action,
        rightsActionAt: now,
        rightsReason: input.reason,
        updatedAt: now,
      })
      .where(eq(violations.id, v.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: `violation.rights_${input.action === "restore" ? "restored" : input.action === "suspend" ? "suspended" : "withdrawn"}`,
        targetType: "violation",
        targetId: v.id,
        departmentId: v.departmentId,
        data: {
          personId: v.personId,
          userId: login?.id ?? null,
          disabled: { from: login?.disabled ?? null, to: input.action !== "restore" },
          reason: input.reason,
          clause: profile.incidents.violations?.clause ?? null,
        },
      },
      now,
    );
    return row;
  });
}
