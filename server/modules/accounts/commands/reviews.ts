/**
 * ID review campaigns (ID棚卸し): a campaign takes a snapshot of every ID of its systems with what
 * the reconciliation finds and how each differs from the previous campaign; each system's
 * reviewer (the profile's `accounts.review.reviewer` over the owner 課) decides keep / change /
 * remove with a reason; a change or removal becomes a task for the system's administrator with
 * the profile's deadline; the campaign closes when every ID is decided.
 */

import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { addDays, todayJst } from "../../../../common/calendar";
import { clauseLabel } from "../../../../common/clause-label";
import { type Approval, checkSelfApproval } from "../../../access/self-approval";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf, uuidListSql } from "../../../db/sql";
import { holdersOf } from "../../../directory";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import type { ReviewItemRecord } from "../access";
import type { SystemListRow } from "../queries";
import { accountReviewItems, accountReviews, type ReviewDecision, systemAccounts } from "../tables";
import { closeAskOnStateChange } from "./deletion-decision";
import { accountsRule, reconcileSystems } from "./reconciliation";

defineKindTexts("accounts", {
  review_started: { ja: "ID棚卸しが始まりました", en: "An ID review has started" },
  review_task: { ja: "ID棚卸しの措置をお願いします", en: "An ID review asks you to act" },
  review_due: { ja: "ID棚卸しの期限が近づいています", en: "An ID review is due soon" },
  review_overdue: { ja: "ID棚卸しの期限が過ぎています", en: "An ID review is overdue" },
  review_task_overdue: { ja: "ID棚卸しの措置の期限が過ぎています", en: "An ID review task is overdue" },
});

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });
const CHUNK = 1000;
export type ReviewRow = typeof accountReviews.$inferSelect;
export type ReviewItemRow = typeof accountReviewItems.$inferSelect;

export async function loadReview(db: DbOrTx, id: string): Promise<ReviewRow> {
  const [row] = await db.select().from(accountReviews).where(eq(accountReviews.id, id));
  if (!row) throw notFound({ ja: "ID棚卸し", en: "The ID review" });
  return row;
}

export async function loadReviewItem(db: DbOrTx, reviewId: string, itemId: string): Promise<ReviewItemRow> {
  const [row] = await db
    .select()
    .from(accountReviewItems)
    .where(and(eq(accountReviewItems.id, itemId), eq(accountReviewItems.reviewId, reviewId)));
  if (!row) throw notFound({ ja: "棚卸し対象のID", en: "The reviewed ID" });
  return row;
}

/** The unit an item's access is judged by, with the profile's reviewer. */
export function itemRecord(
  profile: Profile,
  item: { departmentId: string },
  system: { bureauId: string | null; administratorPersonId: string | null } | undefined,
): ReviewItemRecord {
  return {
    departmentId: item.departmentId,
    bureauId: system?.bureauId ?? null,
    administratorPersonId: system?.administratorPersonId ?? null,
    reviewer: accountsRule(profile).review.reviewer,
  };
}

/** Reviewers of each system: holders of the reviewer duty (through the role, if named) over the owner. */
async function reviewersOf(db: DbOrTx, profile: Profile, systems: SystemListRow[], now: Date) {
  const { reviewer } = accountsRule(profile).review;
  const out = new Map<string, string[]>();
  for (const s of systems) {
    const holders = await holdersOf(
      db,
      profile,
      reviewer.duty,
      { departmentId: s.departmentId, bureauId: s.bureauId },
      now,
    );
    out.set(s.id, [
      ...new Set(holders.filter((h) => !reviewer.role || h.roleKey === reviewer.role).map((h) => h.personId)),
    ]);
  }
  return out;
}

/**
 * Starts a campaign over `systems` (the caller has checked the right to see them). `ctx` and
 * `startedBy` are null when the daily job starts it on the profile's cycle.
 */
export async function startReview(
  db: DbOrTx,
  ctx: RequestContext | null,
  startedBy: Actor | null,
  profile: Profile,
  input: { title: string; dueOn: string | null },
  systems: SystemListRow[],
  now: Date,
) {
  const rule = accountsRule(profile).review;
  if (!systems.length)
    throw invalid({ systemIds: fe("対象のシステムがありません。", "There is no system to review.") });
  const today = todayJst(now);
  const dueOn = input.dueOn ?? addDays(today, rule.due_days);
  if (dueOn < today)
    throw invalid({ dueOn: fe("期限は今日以降にしてください。", "The due date must not be in the past.") });
  const recon = await reconcileSystems(db, profile, now, systems);
  const findings = new Map<string, string[]>();
  for (const f of recon.findings) findings.set(f.accountId, [...(findings.get(f.accountId) ?? []), f.kind]);
  const systemIds = systems.map((s) => s.id);
  const accounts = await db
    .select()
    .from(systemAccounts)
    .where(and(inArray(systemAccounts.systemId, systemIds), ne(systemAccounts.state, "removed")));
  const previous = await previousItems(db, systemIds);
  const reviewers = await reviewersOf(db, profile, systems, now);
  // Inside the job's transaction this is a savepoint: the campaign is whole or absent.
  return (db as Db).transaction(async (tx) => {
    const [review] = await tx
      .insert(accountReviews)
      .values({
        title: input.title,
        startedOn: today,
        dueOn,
        startedBy: startedBy?.personId ?? null,
        systemIds,
        clause: rule.clause,
        createdAt: now,
      })
      .returning();
    const values = accounts.map((a) => {
      const before = previous.get(a.systemId);
      const prior = before?.get(a.id);
      return {
        reviewId: review.id,
        systemId: a.systemId,
        departmentId: a.departmentId,
        accountId: a.id,
        loginName: a.loginName,
        holderKind: a.holderKind,
        personId: a.personId,
        privileged: a.privileged,
        role: a.role,
        lastUsedOn: a.lastUsedOn,
        findings: findings.get(a.id) ?? [],
        sinceLast: !before
          ? null
          : prior === undefined
            ? ("added" as const)
            : prior !== a.privileged
              ? ("privilege_changed" as const)
              : null,
      };
    });
    for (let i = 0; i < values.length; i += CHUNK)
      await tx.insert(accountReviewItems).values(values.slice(i, i + CHUNK));
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.review_started",
        targetType: "account_review",
        targetId: review.id,
        data: {
          title: review.title,
          systems: systems.length,
          ids: values.length,
          dueOn,
          clause: rule.clause,
          ...(ctx ? {} : { via: "job" }),
        },
      },
      now,
    );
    const to = [...new Set([...reviewers.values()].flat())];
    if (to.length)
      await notify(tx, {
        to,
        module: "accounts",
        kind: "review_started",
        record: { type: "account_review", id: review.id },
        link: `/accounts/reviews/${review.id}`,
        now,
        message: {
          ja: `「${review.title}」が始まりました。所管システムのIDを${dueOn}までに確認してください（根拠: ${clauseLabel(rule.clause)}）。`,
          en: `"${review.title}" has started: review the IDs of your systems by ${dueOn} (${clauseLabel(rule.clause)}).`,
        },
      });
    return { ...review, ids: values.length };
  });
}

/** Per system: the items of the latest earlier campaign over it (account id → privileged). */
async function previousItems(db: DbOrTx, systemIds: string[]) {
  const out = new Map<string, Map<string, boolean>>();
  if (!systemIds.length) return out;
  const rows = rowsOf<{ systemId: string; accountId: string; privileged: boolean }>(
    await db.execute(sql`
      with last as (
        select distinct on (i.system_id) i.system_id, i.review_id
          from account_review_items i join account_reviews r on r.id = i.review_id
         where i.system_id in (${uuidListSql(systemIds)})
         order by i.system_id, r.started_on desc, r.created_at desc)
      select i.system_id as "systemId", i.account_id as "accountId", i.privileged
        from account_review_items i join last l on l.review_id = i.review_id and l.system_id = i.system_id`),
  );
  for (const r of rows) {
    const m = out.get(r.systemId) ?? new Map<string, boolean>();
    m.set(r.accountId, r.privileged);
    out.set(r.systemId, m);
  }
  return out;
}

export async function decideItem(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  review: ReviewRow,
  item: ReviewItemRow,
  administratorPersonId: string | null,
  input: { decision: ReviewDecision; reason: string | null; overrideReason?: string },
  now: Date,
  /** The decision as an approval (accounts/access.ts reviewDecisionApproval): not on one's own ID. */
  approval?: Approval,
) {
  const rule = accountsRule(profile).review;
  if (review.state !== "open")
    throw conflict("review_closed", "この棚卸しは終了しています。", "This review is closed.");
  if (item.taskDoneAt)
    throw conflict(
      "task_done",
      "措置が完了したIDの判断は変更できません。",
      "The task for this ID is done; its decision cannot change.",
    );
  // A reason is asked for every change or removal, and for keeping an ID the reconciliation flagged.
  if (!input.reason && (input.decision !== "keep" || item.findings.length))
    throw invalid({
      reason: fe(
        input.decision === "keep"
          ? "突合で指摘のあるIDを継続する理由を入力してください。"
          : "変更・削除の理由を入力してください。",
        input.decision === "keep"
          ? "Give the reason to keep an ID the reconciliation flagged."
          : "Give the reason for the change or removal.",
      ),
    });
  const taskDueOn = input.decision === "keep" ? null : addDays(todayJst(now), rule.task_days);
  return db.transaction(async (tx) => {
    const override = approval
      ? await checkSelfApproval(tx, profile, actor, approval, input.overrideReason, now)
      : null;
    const [updated] = await tx
      .update(accountReviewItems)
      .set({
        decision: input.decision,
        reason: input.reason,
        decidedBy: actor.personId,
        decidedAt: now,
        taskDueOn,
        taskRemindedAt: null,
      })
      .where(eq(accountReviewItems.id, item.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.review_decided",
        targetType: "system_account",
        targetId: item.accountId,
        departmentId: item.departmentId,
        data: {
          reviewId: review.id,
          itemId: item.id,
          loginName: item.loginName,
          decision: input.decision,
          reason: input.reason,
          ...(override ? { overrideReason: override } : {}),
          previous: item.decision,
          taskDueOn,
          clause: review.clause,
        },
      },
      now,
    );
    if (taskDueOn && administratorPersonId && administratorPersonId !== actor.personId)
      await notify(tx, {
        to: [administratorPersonId],
        module: "accounts",
        kind: "review_task",
        record: { type: "account_review", id: review.id },
        link: "/accounts/reviews",
        now,
        message: {
          ja: `ID「${item.loginName}」の${input.decision === "remove" ? "削除" : "変更"}を${taskDueOn}までに行ってください（${review.title}）。`,
          en: `${input.decision === "remove" ? "Remove" : "Change"} the ID "${item.loginName}" by ${taskDueOn} (${review.title}).`,
        },
      });
    return updated;
  });
}

/** The administrator's task done: a removal stops the ID (state removed) in the same transaction. */
export async function completeTask(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  item: ReviewItemRow,
  note: string | null,
  now: Date,
) {
  if (item.decision !== "change" && item.decision !== "remove")
    throw conflict("no_task", "このIDに措置はありません。", "This ID has no task.");
  if (item.taskDoneAt) throw conflict("task_done", "措置は完了済みです。", "The task is already done.");
  if (item.decision === "change" && !note)
    throw invalid({ note: fe("行った変更を入力してください。", "Say what was changed.") });
  return db.transaction(async (tx) => {
    if (item.decision === "remove") {
      const [before] = await tx
        .select({ state: systemAccounts.state })
        .from(systemAccounts)
        .where(eq(systemAccounts.id, item.accountId))
        .for("update");
      if (before && before.state !== "removed") {
        await tx
          .update(systemAccounts)
          .set({ state: "removed", updatedAt: now })
          .where(eq(systemAccounts.id, item.accountId));
        await recordEvent(
          tx,
          ctx,
          {
            type: "accounts.account_updated",
            targetType: "system_account",
            targetId: item.accountId,
            departmentId: item.departmentId,
            data: { state: { from: before.state, to: "removed" }, via: "review", reviewId: item.reviewId },
          },
          now,
        );
      }
      await closeAskOnStateChange(tx, ctx, actor, profile, item.accountId, "removed", note, now);
    }
    const [updated] = await tx
      .update(accountReviewItems)
      .set({ taskDoneAt: now, taskDoneBy: actor.personId, taskNote: note })
      .where(and(eq(accountReviewItems.id, item.id), isNull(accountReviewItems.taskDoneAt)))
      .returning();
    if (!updated) throw conflict("task_done", "措置は完了済みです。", "The task is already done.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.review_task_done",
        targetType: "system_account",
        targetId: item.accountId,
        departmentId: item.departmentId,
        data: {
          reviewId: item.reviewId,
          itemId: item.id,
          loginName: item.loginName,
          decision: item.decision ?? "",
          note,
        },
      },
      now,
    );
    return updated;
  });
}

/** Closes a campaign once every ID is decided (the results stay as the evidence). */
export async function closeReview(db: Db, ctx: RequestContext, actor: Actor, review: ReviewRow, now: Date) {
  if (review.state !== "open")
    throw conflict("review_closed", "この棚卸しは終了しています。", "This review is closed.");
  const [{ open }] = (await db
    .select({ open: sql<number>`count(*)::int` })
    .from(accountReviewItems)
    .where(and(eq(accountReviewItems.reviewId, review.id), isNull(accountReviewItems.decision)))) as Array<{
    open: number;
  }>;
  if (open)
    throw conflict(
      "review_undecided",
      `判断していないIDが${open}件あります。`,
      `${open} IDs are not decided yet.`,
    );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(accountReviews)
      .set({ state: "closed", closedAt: now, closedBy: actor.personId })
      .where(and(eq(accountReviews.id, review.id), eq(accountReviews.state, "open")))
      .returning();
    if (!row) throw conflict("review_closed", "この棚卸しは終了しています。", "This review is closed.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.review_closed",
        targetType: "account_review",
        targetId: review.id,
        data: { title: row.title },
      },
      now,
    );
    return row;
  });
}

/** The latest campaign (for the cycle): when it started. */
export async function latestReview(db: DbOrTx) {
  const [row] = await db.select().from(accountReviews).orderBy(desc(accountReviews.startedOn)).limit(1);
  return row ?? null;
}
