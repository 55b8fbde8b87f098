/**
 * /api/accounts/privileged/checkouts and /deputies — a privileged ID taken for one task and
 * reviewed after use (西原村 7.2(5), 川崎市 第8章6(3)ウ), and its deputies from approved
 * 特権代行者 requests (西原村 7.2(1)③(イ)).
 */

import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { authorize, can, requireActor, serialize } from "../../../access";
import type { DbOrTx } from "../../../db/client";
import { departmentUnit, personNames } from "../../../directory";
import type { Actor } from "../../../http/context";
import { notFound } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { checkoutVisibilitySql } from "../access";
import { loadAccount } from "../commands/accounts";
import {
  activeDeputies,
  type CheckoutListRow,
  checkOut,
  checkoutRecord,
  listCheckouts,
  loadCheckout,
  recordDeputy,
  returnCheckout,
  reviewCheckout,
} from "../commands/privileged";
import { loadSystem, systemUnit } from "../commands/systems";
import { answer } from "../responses";
import { CheckoutListRes, CheckoutRowRes, DeputyRowRes } from "../responses-writes";
import {
  CheckoutQuery,
  CheckoutReq,
  CheckoutReturnReq,
  CheckoutReviewReq,
  DeputyReq,
  IdParam,
} from "../schema";

const TAG = ["accounts"];
const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});
const NOT_FOUND = { ja: "特権IDの貸出し", en: "The privileged check-out" };

/**
 * Time past the window (西原村 7.2(5), 川崎市 第8章6(3)ウ: privileged connection time kept to the
 * minimum): still out after its end (overdue), or given back after it (returned_late) — shown to
 * the keeper who reviews the use.
 */
export function overtimeOf(r: Pick<CheckoutListRow, "state" | "endsAt" | "returnedAt">, now: Date) {
  const end = new Date(r.endsAt).getTime();
  if (r.state === "out") return end < now.getTime() ? ("overdue" as const) : null;
  return r.returnedAt && new Date(r.returnedAt).getTime() > end ? ("returned_late" as const) : null;
}

export async function presentCheckouts(
  db: DbOrTx,
  actor: Actor,
  rows: CheckoutListRow[],
  bureau: Map<string, string | null>,
  now: Date,
) {
  const names = await personNames(
    db,
    rows.flatMap((r) => [r.personId, r.reviewedBy]).filter((x): x is string => !!x),
  );
  return rows.map((r) => ({
    ...r,
    personName: names.get(r.personId) ?? null,
    reviewedByName: r.reviewedBy ? (names.get(r.reviewedBy) ?? null) : null,
    overtime: overtimeOf(r, now),
    policies: serialize(actor, "privileged_checkout", {
      departmentId: r.departmentId,
      bureauId: bureau.get(r.departmentId) ?? null,
      administratorPersonId: r.administratorPersonId,
      personId: r.personId,
    }),
  }));
}

/** A check-out the viewer may see, with its access record; 404 otherwise. */
async function visibleCheckout(db: DbOrTx, actor: Actor, id: string) {
  const row = await loadCheckout(db, id);
  const record = checkoutRecord(row, await systemUnit(db, await loadSystem(db, row.systemId)));
  if (!can(actor, "read", "privileged_checkout", record)) throw notFound(NOT_FOUND);
  return { row, record };
}

export function checkoutRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/privileged/checkouts",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "特権IDの貸出し記録（利用者・目的・時間帯・返却・利用後の確認）/ Privileged check-outs: who, why, from–to, return and review",
      request: { query: CheckoutQuery },
      responses: {
        200: answer("Check-outs the viewer took or whose system they see", CheckoutListRes),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const rows = await listCheckouts(
        db,
        checkoutVisibilitySql(actor, sql`c.department_id`, sql`s.administrator_person_id`, sql`c.person_id`),
        c.req.valid("query").accountId,
      );
      const units = new Map<string, string | null>();
      for (const r of rows)
        if (!units.has(r.departmentId))
          units.set(r.departmentId, (await departmentUnit(db, r.departmentId))?.bureauId ?? null);
      return c.json({ data: await presentCheckouts(db, actor, rows, units, deps.now()) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/privileged/checkouts",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "特権IDの貸出し（保有者又は承認された代行者、プロファイルの時間内）/ Check out a privileged ID for a task (its holder or an approved deputy, within the profile's window)",
      request: body(CheckoutReq),
      responses: { 201: answer("Checked out", CheckoutRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const now = deps.now();
      const input = c.req.valid("json");
      const account = await loadAccount(db, input.accountId);
      const unit = {
        ...(await systemUnit(db, await loadSystem(db, account.systemId))),
        personId: account.personId,
      };
      const deputies = await activeDeputies(db, account.id, now);
      const target = { ...unit, deputyPersonIds: deputies.map((d) => d.personId) };
      if (!can(actor, "check_out", "privileged_id", target) && !can(actor, "read", "system_account", unit))
        throw notFound({ ja: "利用者ID", en: "The user ID" });
      authorize(actor, "check_out", "privileged_id", target);
      const deputy =
        account.personId === actor.personId
          ? null
          : (deputies.find((d) => d.personId === actor.personId) ?? null);
      const row = await checkOut(db, requestContext(c), actor, deps.profile(), account, deputy, input, now);
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/privileged/checkouts/{id}/return",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "特権IDの返却（作業の内容）/ Return a privileged ID with what was done",
      request: { params: IdParam, ...body(CheckoutReturnReq) },
      responses: { 200: answer("Returned", CheckoutRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const { row, record } = await visibleCheckout(db, actor, c.req.valid("param").id);
      authorize(actor, "return", "privileged_checkout", record);
      const done = await returnCheckout(db, requestContext(c), row, c.req.valid("json").workNote, deps.now());
      return c.json({ data: done }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/privileged/checkouts/{id}/review",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "特権ID利用後の確認（利用者以外の管理者）/ Review a returned check-out (a keeper other than the one who used it)",
      request: { params: IdParam, ...body(CheckoutReviewReq) },
      responses: { 200: answer("Reviewed", CheckoutRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const { row, record } = await visibleCheckout(db, actor, c.req.valid("param").id);
      authorize(actor, "review", "privileged_checkout", record);
      const done = await reviewCheckout(
        db,
        requestContext(c),
        actor,
        row,
        c.req.valid("json").reviewNote,
        deps.now(),
      );
      return c.json({ data: done }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/privileged/deputies",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "特権IDの代行者の記録（承認済みの特権代行者申請から）/ Record a deputy of a privileged ID from an approved privileged-deputy request",
      request: body(DeputyReq),
      responses: { 201: answer("Recorded", DeputyRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const input = c.req.valid("json");
      const account = await loadAccount(db, input.accountId);
      const system = await loadSystem(db, account.systemId);
      const unit = { ...(await systemUnit(db, system)), personId: account.personId };
      if (!can(actor, "read", "system_account", unit)) throw notFound({ ja: "利用者ID", en: "The user ID" });
      authorize(actor, "record", "privileged_deputy", unit);
      const row = await recordDeputy(
        db,
        requestContext(c),
        actor,
        deps.profile(),
        account,
        system,
        input.requestNumber,
        deps.now(),
      );
      return c.json({ data: row }, 201);
    },
  );

  return app;
}
