import { createHash } from "node:crypto";
import { desc, eq, inArray } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import { loginOfPerson, setLoginDisabled } from "../../../auth/logins";
import { revokeUserSessions } from "../../../auth/session-store";
import type { DbOrTx } from "../../../db/client";
import { directoryChanged as announceDirectoryChange } from "../../../directory";
import { departments, type EmploymentType, people } from "../../../directory/tables";
import type { RequestContext } from "../../../http/context";
import { conflict, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { notifyLeaving } from "../commands/leaving-notice";
import { directoryLinks, directorySyncRuns } from "../tables";
import type { LdapSyncConfig } from "./config";
import {
  CHANGE_KINDS,
  type CurrentState,
  disableShare,
  type PersonChange,
  planSync,
  type SyncPlan,
} from "./plan";
import { type DirectorySnapshot, readDirectory } from "./source";

export type SyncRun = typeof directorySyncRuns.$inferSelect;

/** The kind of employment given to a person the directory brings in (HR may refine it later). */
const NEW_PERSON_EMPLOYMENT: EmploymentType = "regular";

const runNotFound = () => notFound({ ja: "ディレクトリ同期の実行", en: "The directory sync run" });

async function currentState(db: DbOrTx): Promise<CurrentState> {
  const [depts, persons, links] = await Promise.all([
    db
      .select({
        id: departments.id,
        code: departments.code,
        name: departments.name,
        active: departments.active,
      })
      .from(departments),
    db
      .select({
        id: people.id,
        employeeNumber: people.employeeNumber,
        name: people.name,
        nameKana: people.nameKana,
        email: people.email,
        departmentId: people.departmentId,
        title: people.title,
        active: people.active,
      })
      .from(people),
    db.select({ personId: directoryLinks.personId }).from(directoryLinks),
  ]);
  return { departments: depts, people: persons, linkedPersonIds: new Set(links.map((l) => l.personId)) };
}

/** The SHA-256 of what would change: the approved dry run and the applied run must agree. */
export function planDigest(plan: SyncPlan): string {
  return createHash("sha256")
    .update(JSON.stringify({ d: plan.departments, p: plan.people, e: plan.errors }))
    .digest("hex");
}

export function planCounts(plan: SyncPlan) {
  const c: Record<string, number> = { departmentsNew: 0, departmentsRenamed: 0 };
  for (const kind of CHANGE_KINDS) c[kind] = 0;
  for (const d of plan.departments) c[d.kind === "new" ? "departmentsNew" : "departmentsRenamed"]++;
  for (const p of plan.people) c[p.kind] = (c[p.kind] ?? 0) + 1;
  return {
    ...c,
    errors: plan.errors.length,
    unchanged: plan.unchanged,
    skippedDisabled: plan.skippedDisabled,
  };
}

/** Reads the directory (throws `directory_unavailable`) and computes the plan. */
export async function dryRun(db: DbOrTx, config: LdapSyncConfig, snapshot?: DirectorySnapshot) {
  const snap = snapshot ?? (await readDirectory(config));
  return planSync(snap, config, await currentState(db));
}

/** A dry run, kept with its audit event. Nothing in the people register changes. */
export async function recordDryRun(
  db: DbOrTx,
  ctx: RequestContext | null,
  plan: SyncPlan,
  now: Date,
): Promise<SyncRun> {
  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(directorySyncRuns)
      .values({
        status: "previewed",
        createdBy: ctx?.actor?.personId ?? null,
        plan,
        digest: planDigest(plan),
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.directory_sync.previewed",
        targetType: "directory_sync_run",
        targetId: run.id,
        data: { counts: planCounts(plan) },
      },
      now,
    );
    return run;
  });
}

/** The scheduled job's record of a directory it could not read (a request just answers 502). */
export async function recordFailedRun(
  db: DbOrTx,
  detail: { code: string; message_ja: string; message_en: string },
  now: Date,
) {
  await db.transaction(async (tx) => {
    const [run] = await tx
      .insert(directorySyncRuns)
      .values({ status: "failed", failure: detail, createdAt: now })
      .returning();
    await recordEvent(
      tx,
      null,
      {
        type: "org.directory_sync.failed",
        targetType: "directory_sync_run",
        targetId: run.id,
        data: { reason: detail.code, via: "job" },
      },
      now,
    );
  });
}

export async function loadRun(db: DbOrTx, id: string): Promise<SyncRun> {
  const [row] = await db.select().from(directorySyncRuns).where(eq(directorySyncRuns.id, id));
  if (!row) throw runNotFound();
  return row;
}

export async function recentRuns(db: DbOrTx, limit = 20): Promise<SyncRun[]> {
  return db.select().from(directorySyncRuns).orderBy(desc(directorySyncRuns.createdAt)).limit(limit);
}

const directoryChanged = () =>
  conflict(
    "directory_changed",
    "ドライランの後にディレクトリまたは職員台帳が変わりました。もう一度ドライランを行い、差分を確認してください。",
    "The directory or the people register changed after the dry run. Run a new dry run and review its differences.",
  );

/**
 * Applies an approved dry run: the directory is read again and must give exactly the approved
 * differences; everything is written in one transaction with an audit event per change, or
 * nothing. Leavers are disabled (person inactive, login disabled, sessions ended), never deleted.
 */
export async function applyRun(
  db: DbOrTx,
  ctx: RequestContext,
  runId: string,
  config: LdapSyncConfig,
  opts: { confirmMassDisable: boolean; profile: Profile },
  now: Date,
  snapshot?: DirectorySnapshot,
): Promise<SyncRun> {
  const snap = snapshot ?? (await readDirectory(config));
  return db.transaction(async (tx) => {
    const [run] = await tx
      .select()
      .from(directorySyncRuns)
      .where(eq(directorySyncRuns.id, runId))
      .for("update");
    if (!run) throw runNotFound();
    if (run.status !== "previewed")
      throw conflict(
        "run_not_previewed",
        "このドライランは反映済みか失敗しています。",
        "This run is not an open dry run.",
      );
    const plan = planSync(snap, config, await currentState(tx));
    if (planDigest(plan) !== run.digest) throw directoryChanged();
    if (plan.errors.length > 0)
      throw conflict(
        "directory_has_errors",
        `ディレクトリに誤りのあるエントリが${plan.errors.length}件あります。修正してからドライランをやり直してください。`,
        `${plan.errors.length} directory entries are malformed. Fix them and run a new dry run.`,
      );
    const share = disableShare(plan, config.maxDisableShare);
    if (share.exceeds && !opts.confirmMassDisable)
      throw conflict(
        "mass_disable_unconfirmed",
        `${share.disabling}人（${Math.round(share.share * 100)}%）を無効にします。上限（${Math.round(config.maxDisableShare * 100)}%）を超えるため、確認のうえ反映してください。`,
        `This would disable ${share.disabling} people (${Math.round(share.share * 100)}%), more than the allowed ${Math.round(config.maxDisableShare * 100)}%. Confirm to apply.`,
        {
          confirmMassDisable: {
            message_ja: "無効化の件数を確認してください。",
            message_en: "Confirm the number of people disabled.",
          },
        },
      );
    const deptIds = await applyDepartments(tx, ctx, plan, now);
    for (const change of plan.people) await applyPerson(tx, ctx, opts.profile, change, deptIds, now);
    await touchSeen(tx, plan, snap, config, now);
    const [done] = await tx
      .update(directorySyncRuns)
      .set({ status: "applied", appliedAt: now, appliedBy: ctx.actor?.personId ?? null })
      .where(eq(directorySyncRuns.id, run.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.directory_sync.applied",
        targetType: "directory_sync_run",
        targetId: run.id,
        data: { counts: planCounts(plan), confirmedMassDisable: share.exceeds },
      },
      now,
    );
    await announceDirectoryChange(tx, { now, context: ctx });
    return done;
  });
}

async function applyDepartments(tx: DbOrTx, ctx: RequestContext, plan: SyncPlan, now: Date) {
  for (const d of plan.departments) {
    if (d.kind === "new") {
      const [row] = await tx
        .insert(departments)
        .values({ code: d.code, name: d.name, kind: "department", createdAt: now, updatedAt: now })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.department.created",
          targetType: "department",
          targetId: row.id,
          departmentId: row.id,
          data: {
            changes: { code: { from: null, to: d.code }, name: { from: null, to: d.name } },
            via: "directory_sync",
          },
        },
        now,
      );
    } else if (d.departmentId) {
      await tx
        .update(departments)
        .set({ name: d.name, updatedAt: now })
        .where(eq(departments.id, d.departmentId));
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.department.updated",
          targetType: "department",
          targetId: d.departmentId,
          departmentId: d.departmentId,
          data: { changes: { name: { from: d.from, to: d.name } }, via: "directory_sync" },
        },
        now,
      );
    }
  }
  const rows = await tx.select({ id: departments.id, code: departments.code }).from(departments);
  return new Map(rows.map((r) => [r.code, r.id]));
}

const COLUMN = { name: "name", nameKana: "nameKana", email: "email", title: "title" } as const;

async function applyPerson(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  change: PersonChange,
  deptIds: Map<string, string>,
  now: Date,
) {
  const set: Partial<typeof people.$inferInsert> = {};
  for (const [field, c] of Object.entries(change.changes)) {
    if (!c) continue;
    if (field === "department") set.departmentId = c.to === null ? null : (deptIds.get(String(c.to)) ?? null);
    else if (field === "active") set.active = Boolean(c.to);
    else (set as Record<string, unknown>)[COLUMN[field as keyof typeof COLUMN]] = c.to ?? null;
  }
  let personId = change.personId;
  const before = personId
    ? (
        await tx
          .select({ name: people.name, departmentId: people.departmentId })
          .from(people)
          .where(eq(people.id, personId))
      )[0]
    : undefined;
  const audit = { changes: change.changes, via: "directory_sync" };
  if (change.kind === "new") {
    const [row] = await tx
      .insert(people)
      .values({
        employeeNumber: change.employeeNumber,
        name: change.name,
        employmentType: NEW_PERSON_EMPLOYMENT,
        ...set,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    personId = row.id;
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.person.created",
        targetType: "person",
        targetId: row.id,
        departmentId: row.departmentId,
        data: audit,
      },
      now,
    );
  } else if (personId && Object.keys(set).length > 0) {
    const [row] = await tx
      .update(people)
      .set({ ...set, updatedAt: now })
      .where(eq(people.id, personId))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.person.updated",
        targetType: "person",
        targetId: personId,
        departmentId: row.departmentId,
        data: audit,
      },
      now,
    );
  }
  if (!personId) return;
  const leaving = change.kind === "disabled" || change.kind === "removed";
  if (leaving) await disableLogin(tx, ctx, personId, now);
  // The old 課's manager is told as for a transfer or retirement entered by hand (personnel.leaving).
  const moved = set.departmentId !== undefined && set.departmentId !== before?.departmentId;
  if (before && (leaving || moved))
    await notifyLeaving(
      tx,
      profile,
      {
        personId,
        personName: before.name,
        fromDepartmentId: before.departmentId,
        reason: leaving ? "directory_disabled" : "transfer",
        effectiveDate: todayJst(now),
        link: `/org/people/${personId}`,
        record: { type: "person", id: personId },
      },
      now,
    );
  if (change.dn)
    await tx
      .insert(directoryLinks)
      .values({ personId, dn: change.dn, linkedAt: now, lastSeenAt: now })
      .onConflictDoUpdate({ target: directoryLinks.personId, set: { dn: change.dn, lastSeenAt: now } });
}

/** A leaver's login is disabled and every session ended at once (7.2(1)②(ウ): IDs stopped). */
async function disableLogin(tx: DbOrTx, ctx: RequestContext, personId: string, now: Date) {
  const login = await loginOfPerson(tx, personId);
  if (!login) return;
  const ended = await revokeUserSessions(tx, login.id, now);
  if (login.disabled) return;
  await setLoginDisabled(tx, login.id, true);
  await recordEvent(
    tx,
    ctx,
    {
      type: "auth.user_disabled",
      targetType: "user",
      targetId: login.id,
      data: { loginId: login.loginId, reason: "directory_sync", sessionsEnded: ended, via: "directory_sync" },
    },
    now,
  );
}

/** Linked people the directory still lists: their last-seen time moves (one statement). */
async function touchSeen(
  tx: DbOrTx,
  plan: SyncPlan,
  snap: DirectorySnapshot,
  config: LdapSyncConfig,
  now: Date,
) {
  const attr = config.attributes.employeeNumber as string;
  const numbers = snap.people
    .map((e) => (e.attributes[attr] ?? [])[0]?.trim())
    .filter((n): n is string => !!n);
  if (numbers.length === 0) return;
  const ids = (
    await tx.select({ id: people.id }).from(people).where(inArray(people.employeeNumber, numbers))
  ).map((r) => r.id);
  const changed = new Set(plan.people.map((p) => p.personId));
  const rest = ids.filter((id) => !changed.has(id));
  for (let i = 0; i < rest.length; i += 5000)
    await tx
      .update(directoryLinks)
      .set({ lastSeenAt: now })
      .where(inArray(directoryLinks.personId, rest.slice(i, i + 5000)));
}
