import { desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { todayJst } from "../../../common/calendar";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { departmentNames, holderFacts, personNameSql, personNames } from "../../directory";
import type { Actor } from "../../http/context";
import type { AssetFacts as ProfileAssetFacts } from "../../profile";
import type { ZoneKey } from "../../profile/schema";
import type { AssetFacts } from "../assets";
import * as assetsFace from "../assets";
import type { RequestRef } from "./access";
import { KINDS } from "./domain/kinds";
import { requestAssets, requestDecisions, requests } from "./tables";

export type RequestRow = typeof requests.$inferSelect;

/**
 * Reads of the requests module. Assets are read through the assets module's face and people and
 * units through the directory (facts for the decision and approver resolution).
 */

export type AssetFact = AssetFacts;

/** Facts of the assets a request names, for the server's rules (the requester's right to name each is checked by `mayNameAsset`). */
export async function assetFacts(db: DbOrTx, ids: string[]): Promise<AssetFact[]> {
  return assetsFace.assetFacts(db, "system", ids);
}

export const toFacts = (a: AssetFact | Record<string, unknown>): ProfileAssetFacts => ({
  confidentiality: (a.confidentiality as string | null) ?? null,
  integrity: (a.integrity as string | null) ?? null,
  availability: (a.availability as string | null) ?? null,
  zone: (a.zone as ZoneKey | null) ?? null,
  kind: (a.kind as ProfileAssetFacts["kind"]) ?? null,
});

/** Current role assignments of the roles that hold any of these duties, and their deputies (the directory's facts). */
export const assignmentsFor = holderFacts;

export async function loadRequest(db: DbOrTx, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id));
  return row ?? null;
}

export async function deciderIds(db: DbOrTx, requestId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: requestDecisions.personId })
    .from(requestDecisions)
    .where(eq(requestDecisions.requestId, requestId));
  return [...new Set(rows.map((r) => r.personId))];
}

export function refOf(row: RequestRow, deciders: string[]): RequestRef {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    requesterPersonId: row.requesterPersonId,
    departmentId: row.departmentId,
    bureauId: row.bureauId,
    currentStep: row.currentStep,
    resolved: row.resolved,
    deciderPersonIds: deciders,
    span: { from: todayJst(row.createdAt), to: todayJst(row.createdAt) },
  };
}

export async function assetsOf(db: DbOrTx, requestId: string) {
  return db.select().from(requestAssets).where(eq(requestAssets.requestId, requestId));
}

export async function decisionsOf(db: DbOrTx, requestId: string) {
  return db
    .select({
      id: requestDecisions.id,
      step: requestDecisions.step,
      duty: requestDecisions.duty,
      decision: requestDecisions.decision,
      personId: requestDecisions.personId,
      personName: personNameSql(requestDecisions.personId),
      actingForPersonId: requestDecisions.actingForPersonId,
      override: requestDecisions.override,
      overrideReason: requestDecisions.overrideReason,
      comment: requestDecisions.comment,
      decidedAt: requestDecisions.decidedAt,
    })
    .from(requestDecisions)
    .where(eq(requestDecisions.requestId, requestId))
    .orderBy(requestDecisions.decidedAt);
}

/** Self-approvals with their recorded reasons, newest first (the CISO's override report). */
export async function listOverrides(db: DbOrTx) {
  return db
    .select({
      requestId: requestDecisions.requestId,
      number: requests.number,
      kind: requests.kind,
      departmentId: requests.departmentId,
      step: requestDecisions.step,
      duty: requestDecisions.duty,
      decision: requestDecisions.decision,
      personId: requestDecisions.personId,
      personName: personNameSql(requestDecisions.personId),
      reason: requestDecisions.overrideReason,
      decidedAt: requestDecisions.decidedAt,
    })
    .from(requestDecisions)
    .innerJoin(requests, eq(requests.id, requestDecisions.requestId))
    .where(eq(requestDecisions.override, true))
    .orderBy(desc(requestDecisions.decidedAt));
}

export { departmentNames, personNames };

export type ListScope = "mine" | "waiting" | "all";

/** Kinds whose follow-up is a return report (carry-out): the approver confirms the return. */
export const RETURN_KINDS = Object.values(KINDS)
  .filter((k) => k.followUp === "return_report")
  .map((k) => k.key);

/**
 * Follow-ups as list filters (`?followUp=`), over the alias `r`; the dashboard counts with the
 * same conditions, so its numbers equal these lists:
 * - `overdue`: my requests with a report past due — the return report of a carry-out in effect
 *   past its report due (the return due plus the profile's due_days), or the post-report of an emergency request past its due time (the conditions
 *   of the follow-up jobs in ./commands/jobs.ts);
 * - `return_to_confirm`: returns reported and not yet confirmed, where I hold the first step
 *   (the approver confirms nothing is missing; `policies.complete`), not my own requests.
 * - `late`: every request the viewer may see with a report past due (the `overdue` condition
 *   without "mine"; the list adds the visibility predicate) — the steering overview's figure.
 */
export type FollowUp = "overdue" | "return_to_confirm" | "late";
export function followUpSql(actor: Actor, which: FollowUp, now: Date, firstStepHolder: SQL): SQL {
  const me = sql`${actor.personId}::uuid`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const returnKinds = RETURN_KINDS.length
    ? sql`r.kind in (${sql.join(
        RETURN_KINDS.map((k) => sql`${k}`),
        sql`, `,
      )})`
    : sql`false`;
  const pastDue = sql`(
      (r.status = 'in_effect' and ${returnKinds} and r.returned_at is null
        and coalesce(r.return_report_due_at, r.ends_at) < ${at})
      or (r.emergency and r.post_reported_at is null and r.post_report_due_at < ${at}
          and r.status not in ('cancelled', 'rejected', 'draft')))`;
  if (which === "overdue") return sql`r.requester_person_id = ${me} and ${pastDue}`;
  if (which === "late") return pastDue;
  return sql`r.status = 'in_effect' and ${returnKinds} and r.returned_at is not null
      and r.return_confirmed_at is null and r.requester_person_id <> ${me} and ${firstStepHolder}`;
}

export async function listRequests(
  db: DbOrTx,
  actor: Actor,
  visibility: ReturnType<typeof sql>,
  waiting: ReturnType<typeof sql>,
  filter: { scope: ListScope; status?: string[]; kind?: string; followUp?: SQL; limit: number },
): Promise<RequestRow[]> {
  const conds = [visibility];
  if (filter.scope === "mine") conds.push(sql`r.requester_person_id = ${actor.personId}::uuid`);
  if (filter.scope === "waiting")
    conds.push(sql`${waiting} and r.requester_person_id <> ${actor.personId}::uuid`);
  if (filter.status?.length)
    conds.push(
      sql`r.status in (${sql.join(
        filter.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (filter.kind) conds.push(sql`r.kind = ${filter.kind}`);
  if (filter.followUp) conds.push(filter.followUp);
  const res = await db.execute(
    sql`select r.id from requests r where ${sql.join(conds, sql` and `)} order by r.created_at desc limit ${filter.limit}`,
  );
  const ids = rowsOf<{ id: string }>(res).map((r) => r.id);
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(requests)
    .where(inArray(requests.id, ids))
    .orderBy(desc(requests.createdAt));
  return rows;
}
