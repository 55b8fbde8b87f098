/**
 * Privileged IDs in use: a check-out for one task (who, why, from–to) within the profile's window,
 * the return with what was done, the keeper's review after use (西原村 7.2(5), 川崎市 第8章6(3)ウ),
 * and deputies named in an approved request of the profile's kind (西原村 7.2(1)③(イ)).
 */

import { and, eq, gt, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { addDays, formatDateTimeJa, toIsoDate } from "../../../../common/calendar";
import { clauseLabel } from "../../../../common/clause-label";
import { refuseSelfGrant } from "../../../access/self-grant";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf, uuidListSql } from "../../../db/sql";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { requestByNumber, requestLabels } from "../../requests";
import type { CheckoutRecord } from "../access";
import { privilegedCheckouts, privilegedDeputies } from "../tables";
import type { AccountRow } from "./accounts";
import { accountsRule } from "./reconciliation";

export type CheckoutRow = typeof privilegedCheckouts.$inferSelect;
export type DeputyRow = typeof privilegedDeputies.$inferSelect;

/** Deputies of this ID whose request period covers `now` (not ended by hand). */
export async function activeDeputies(db: DbOrTx, accountId: string, now: Date): Promise<DeputyRow[]> {
  return db
    .select()
    .from(privilegedDeputies)
    .where(
      and(
        eq(privilegedDeputies.accountId, accountId),
        isNull(privilegedDeputies.endedAt),
        or(isNull(privilegedDeputies.startsAt), lt(privilegedDeputies.startsAt, now)),
        or(isNull(privilegedDeputies.endsAt), gt(privilegedDeputies.endsAt, now)),
      ),
    );
}

export async function loadCheckout(db: DbOrTx, id: string): Promise<CheckoutRow> {
  const [row] = await db.select().from(privilegedCheckouts).where(eq(privilegedCheckouts.id, id));
  if (!row) throw notFound({ ja: "特権IDの貸出し", en: "The privileged check-out" });
  return row;
}

export interface CheckoutInput {
  accountId: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
}

/** Takes a privileged ID for one task. The caller has authorized `take` (holder or deputy). */
export async function checkOut(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  account: AccountRow,
  deputy: DeputyRow | null,
  input: CheckoutInput,
  now: Date,
) {
  const rule = accountsRule(profile).privileged_ids.checkout;
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (!account.privileged || account.state !== "active")
    throw fieldError(
      "accountId",
      "有効な特権IDのみ貸し出せます。",
      "Only an active privileged ID can be checked out.",
    );
  if (endsAt <= startsAt)
    throw fieldError("endsAt", "終了は開始より後にしてください。", "The end must be after the start.");
  if (endsAt <= now) throw fieldError("endsAt", "終了が過ぎています。", "The end has already passed.");
  if (endsAt.getTime() - startsAt.getTime() > rule.max_hours * 3_600_000)
    throw fieldError(
      "endsAt",
      `貸出しは${rule.max_hours}時間以内です（根拠: ${clauseLabel(rule.clause)}）。`,
      `A check-out lasts at most ${rule.max_hours} hours (clause: ${clauseLabel(rule.clause)}).`,
    );
  return db.transaction(async (tx) => {
    // One check-out of an ID at a time: a window overlapping one not yet returned is refused.
    const [busy] = await tx
      .select({ id: privilegedCheckouts.id, endsAt: privilegedCheckouts.endsAt })
      .from(privilegedCheckouts)
      .where(
        and(
          eq(privilegedCheckouts.accountId, account.id),
          eq(privilegedCheckouts.state, "out"),
          lt(privilegedCheckouts.startsAt, endsAt),
          gt(privilegedCheckouts.endsAt, startsAt),
        ),
      )
      .for("update");
    if (busy)
      throw conflict(
        "checked_out",
        `この特権IDは${formatDateTimeJa(busy.endsAt)}まで貸出し中です。`,
        `This privileged ID is checked out until ${busy.endsAt.toISOString()}.`,
      );
    const [row] = await tx
      .insert(privilegedCheckouts)
      .values({
        accountId: account.id,
        systemId: account.systemId,
        departmentId: account.departmentId,
        personId: actor.personId,
        deputyId: deputy?.id ?? null,
        purpose: input.purpose,
        startsAt,
        endsAt,
        connectionLimitMinutes: account.connectionLimitMinutes,
        clause: rule.clause,
        reviewDueOn: addDays(toIsoDate(endsAt), rule.review_days),
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.privileged_checked_out",
        targetType: "system_account",
        targetId: account.id,
        departmentId: account.departmentId,
        data: {
          checkoutId: row.id,
          loginName: account.loginName,
          purpose: row.purpose,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          asDeputy: !!deputy,
          connectionLimitMinutes: row.connectionLimitMinutes,
        },
      },
      now,
    );
    return row;
  });
}

/** The ID is given back with what was done (the taker, or a keeper closing a forgotten one). */
export async function returnCheckout(
  db: Db,
  ctx: RequestContext,
  row: CheckoutRow,
  workNote: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(privilegedCheckouts)
      .set({ state: "returned", returnedAt: now, workNote })
      .where(and(eq(privilegedCheckouts.id, row.id), eq(privilegedCheckouts.state, "out")))
      .returning();
    if (!done)
      throw conflict("not_checked_out", "この貸出しは返却済みです。", "This check-out was already returned.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.privileged_returned",
        targetType: "system_account",
        targetId: row.accountId,
        departmentId: row.departmentId,
        data: { checkoutId: row.id, workNote, late: now > row.endsAt },
      },
      now,
    );
    return done;
  });
}

/** A keeper (never the taker) confirms what was done with the ID after it was returned. */
export async function reviewCheckout(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  row: CheckoutRow,
  reviewNote: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(privilegedCheckouts)
      .set({ state: "reviewed", reviewedAt: now, reviewedBy: actor.personId, reviewNote })
      .where(and(eq(privilegedCheckouts.id, row.id), eq(privilegedCheckouts.state, "returned")))
      .returning();
    if (!done)
      throw conflict(
        "not_returned",
        row.state === "out" ? "返却前の貸出しは確認できません。" : "この貸出しは確認済みです。",
        row.state === "out"
          ? "A check-out is reviewed after its return."
          : "This check-out was already reviewed.",
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.privileged_reviewed",
        targetType: "system_account",
        targetId: row.accountId,
        departmentId: row.departmentId,
        data: { checkoutId: row.id, reviewNote },
      },
      now,
    );
    return done;
  });
}

export function checkoutRecord(row: CheckoutRow, unit: Omit<CheckoutRecord, "personId">): CheckoutRecord {
  return { ...unit, personId: row.personId };
}

/**
 * Records a deputy of a privileged ID from an approved request of the profile's kind that names
 * them. The request must be one the keeper may open; its period becomes the deputy's.
 */
export async function recordDeputy(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  account: AccountRow,
  /** The ID's system: the approved request must name its asset. */
  system: { assetId: string },
  requestNumber: number,
  now: Date,
) {
  const rule = accountsRule(profile).privileged_ids.deputy;
  if (!rule)
    throw fieldError(
      "requestNumber",
      "このプロファイルには特権IDの代行者の定めがありません。",
      "This profile has no deputies of privileged IDs.",
    );
  if (!account.privileged)
    throw fieldError("accountId", "代行者は特権IDにのみ記録できます。", "Only a privileged ID has deputies.");
  const request = await requestByNumber(db, requestNumber);
  const label = request ? (await requestLabels(db, actor, [request.id])).get(request.id) : undefined;
  if (!request || !label || label.hidden)
    throw fieldError("requestNumber", "その申請番号の申請はありません。", "There is no such request.");
  if (request.kind !== rule.request_kind)
    throw fieldError(
      "requestNumber",
      "特権の代行者の申請ではありません。",
      "That request is not a request for a privileged deputy.",
    );
  if (!request.approved)
    throw fieldError(
      "requestNumber",
      `申請が承認されていません（根拠: ${clauseLabel(rule.clause)}）。`,
      `The request is not approved (clause: ${clauseLabel(rule.clause)}).`,
    );
  if (request.endsAt && request.endsAt <= now)
    throw fieldError("requestNumber", "申請の期間が終わっています。", "The request's period is over.");
  // The approval is for the privilege of the system the request names, not for any system (#12).
  if (!request.assetIds.includes(system.assetId))
    throw fieldError(
      "requestNumber",
      request.assetIds.length
        ? `申請 No.${request.number} は別のシステムの代行者の申請です。このIDのシステムを対象とする承認済みの申請を指定してください（根拠: ${clauseLabel(rule.clause)}）。`
        : `申請 No.${request.number} は対象システムを指定していません。このIDのシステムを対象とする承認済みの申請を指定してください（根拠: ${clauseLabel(rule.clause)}）。`,
      request.assetIds.length
        ? `Request No.${request.number} names a deputy for another system. Give an approved request for this ID's system (clause: ${clauseLabel(rule.clause)}).`
        : `Request No.${request.number} names no system. Give an approved request for this ID's system (clause: ${clauseLabel(rule.clause)}).`,
    );
  const personId = typeof request.fields.deputyPersonId === "string" ? request.fields.deputyPersonId : null;
  if (!personId)
    throw fieldError("requestNumber", "申請に代行者がありません。", "The request names no deputy.");
  if (personId === account.personId)
    throw fieldError("requestNumber", "代行者はIDの保有者以外です。", "The deputy cannot be the holder.");
  // A keeper never records themselves as a privileged ID's deputy (#12 item 4): another keeper does.
  if (personId === actor.personId)
    await refuseSelfGrant(db, ctx, profile, "deputy", { accountId: account.id, requestNumber }, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(privilegedDeputies)
      .values({
        accountId: account.id,
        systemId: account.systemId,
        departmentId: account.departmentId,
        personId,
        requestId: request.id,
        startsAt: request.startsAt,
        endsAt: request.endsAt,
        clause: rule.clause,
        recordedBy: actor.personId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        "deputy_exists",
        "この申請の代行者は記録済みです。",
        "This request's deputy is already recorded.",
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.privileged_deputy_recorded",
        targetType: "system_account",
        targetId: account.id,
        departmentId: account.departmentId,
        data: { deputyId: row.id, personId, requestId: request.id, requestNumber: request.number },
      },
      now,
    );
    return row;
  });
}

/** Check-outs of the IDs the viewer sees (or took), newest first; `s` joins the system. */
export async function listCheckouts(db: DbOrTx, visible: SQL, accountId?: string) {
  const only = accountId ? sql`and c.account_id = ${accountId}::uuid` : sql``;
  const res = rowsOf<CheckoutListRow>(
    await db.execute(sql`
    select c.id, c.account_id as "accountId", c.system_id as "systemId", c.department_id as "departmentId",
           a.login_name as "loginName", c.person_id as "personId", c.deputy_id is not null as "asDeputy",
           c.purpose, c.starts_at as "startsAt", c.ends_at as "endsAt",
           c.connection_limit_minutes as "connectionLimitMinutes", c.clause, c.state,
           c.returned_at as "returnedAt", c.work_note as "workNote", c.review_due_on::text as "reviewDueOn",
           c.reviewed_at as "reviewedAt", c.reviewed_by as "reviewedBy", c.review_note as "reviewNote",
           s.administrator_person_id as "administratorPersonId"
      from privileged_checkouts c
      join account_systems s on s.id = c.system_id
      join system_accounts a on a.id = c.account_id
     where ${visible} ${only}
     order by c.starts_at desc
     limit 500`),
  );
  return res;
}

export interface CheckoutListRow {
  id: string;
  accountId: string;
  systemId: string;
  departmentId: string;
  loginName: string;
  personId: string;
  asDeputy: boolean;
  purpose: string;
  startsAt: string;
  endsAt: string;
  connectionLimitMinutes: number | null;
  clause: string;
  state: "out" | "returned" | "reviewed";
  returnedAt: string | null;
  workNote: string | null;
  reviewDueOn: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewNote: string | null;
  administratorPersonId: string | null;
}

/** Deputies of these IDs, current and past. */
export async function deputiesOf(db: DbOrTx, accountIds: string[]) {
  if (!accountIds.length) return [];
  return db
    .select()
    .from(privilegedDeputies)
    .where(sql`${privilegedDeputies.accountId} in (${uuidListSql(accountIds)})`);
}
