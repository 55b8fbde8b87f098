/** /api/accounts/reviews — ID review campaigns (ID棚卸し): start, decide per ID, tasks, close. */

import { createRoute } from "@hono/zod-openapi";
import { authorize, can, requireActor, serialize } from "../../../access";
import type { DbOrTx } from "../../../db/client";
import { personNames } from "../../../directory";
import type { Actor } from "../../../http/context";
import { fieldError, notFound } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import type { Profile } from "../../../profile";
import { reviewDecisionApproval } from "../access";
import { accountsRule } from "../commands/reconciliation";
import {
  closeReview,
  completeTask,
  decideItem,
  itemRecord,
  loadReview,
  loadReviewItem,
  startReview,
} from "../commands/reviews";
import { loadSystem, systemUnit } from "../commands/systems";
import { presentSystems } from "../presenter";
import { listSystems } from "../queries";
import {
  listReviews,
  openTasks,
  type ReviewItemListRow,
  removedSinceLast,
  reviewItems,
  reviewSystems,
  reviewVisible,
} from "../queries-reviews";
import { answer, ReviewDetailRes, ReviewListRes, ReviewTasksRes } from "../responses";
import { ReviewItemRowRes, ReviewItemsRes, ReviewRowRes, ReviewStartedRes } from "../responses-writes";
import {
  DecisionReq,
  IdParam,
  ItemParam,
  ReviewItemsQuery,
  ReviewReq,
  ReviewTasksQuery,
  TaskDoneReq,
} from "../schema";

const TAG = ["accounts"];
const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});
const NOT_FOUND = { ja: "ID棚卸し", en: "The ID review" };

export async function presentItems(db: DbOrTx, actor: Actor, profile: Profile, rows: ReviewItemListRow[]) {
  const names = await personNames(
    db,
    rows.flatMap((r) => [r.personId, r.decidedBy]).filter((x): x is string => !!x),
  );
  // The item's rights depend only on its unit and administrator (itemRecord), the same for
  // every ID of a system: decide once per distinct record, not once per row.
  const decided = new Map<string, Record<string, boolean>>();
  const policiesOf = (r: ReviewItemListRow) => {
    const key = `${r.departmentId}|${r.bureauId ?? ""}|${r.administratorPersonId ?? ""}`;
    const known = decided.get(key);
    if (known) return known;
    const p = serialize(actor, "account_review_item", itemRecord(profile, r, r));
    decided.set(key, p);
    return p;
  };
  // The names and rights are set on the rows as read (the caller's own, read for this answer):
  // spreading 750 rows of 22 fields into copies cost more CPU than reading the names.
  return rows.map((r) =>
    Object.assign(r, {
      personName: r.personId ? (names.get(r.personId) ?? null) : null,
      decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
      policies: policiesOf(r),
    }),
  );
}

/** The review the viewer may see (one of its systems visible), or 404. */
async function visibleReview(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await listReviews(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** An item the viewer may see, with its access record; 404 otherwise. */
async function visibleItem(db: DbOrTx, actor: Actor, profile: Profile, reviewId: string, itemId: string) {
  const item = await loadReviewItem(db, reviewId, itemId);
  const system = await systemUnit(db, await loadSystem(db, item.systemId));
  const record = itemRecord(profile, item, system);
  if (!can(actor, "read", "account_review_item", record))
    throw notFound({ ja: "棚卸し対象のID", en: "The reviewed ID" });
  return { item, record };
}

export function reviewRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/reviews",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ID棚卸し（進捗つき）/ ID review campaigns with progress over the systems the viewer sees",
      responses: { 200: answer("Campaigns and the profile's review rule", ReviewListRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const rule = accountsRule(deps.profile()).review;
      const rows = await listReviews(deps.database.db, actor);
      return c.json(
        {
          data: {
            reviews: rows,
            rule: {
              cycleMonths: rule.cycle_months,
              dueDays: rule.due_days,
              taskDays: rule.task_days,
              text: rule.text,
              clause: rule.clause,
            },
            policies: serialize(actor, "account_review", null),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/reviews",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "ID棚卸しの開始（システムごとに所管課の審査者へ）/ Start an ID review over systems, split per owner",
      request: body(ReviewReq),
      responses: { 201: answer("Started", ReviewStartedRes), ...errorResponses },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "organize", "account_review", null);
      const deps = c.get("deps");
      const db = deps.database.db;
      const input = c.req.valid("json");
      const systems = await listSystems(db, actor, input.systemIds);
      const seen = new Set(systems.map((s) => s.id));
      const missing = (input.systemIds ?? []).findIndex((id) => !seen.has(id));
      if (missing >= 0)
        throw fieldError(`systemIds.${missing}`, "システムが見つかりません。", "No such system.");
      const row = await startReview(db, requestContext(c), actor, deps.profile(), input, systems, deps.now());
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/reviews/tasks",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "ID棚卸しの措置（変更・削除）・未判断のID / Change and removal tasks, or undecided IDs, of the systems the viewer sees",
      request: { query: ReviewTasksQuery },
      responses: { 200: answer("Open tasks", ReviewTasksRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const rows = await openTasks(db, actor, c.req.valid("query"));
      const systems = await presentSystems(
        db,
        actor,
        deps.profile(),
        await listSystems(db, actor, [...new Set(rows.map((r) => r.systemId))]),
      );
      const names = new Map(systems.map((s) => [s.id, s.name]));
      const items = await presentItems(db, actor, deps.profile(), rows);
      return c.json(
        {
          data: items.map((r, i) => ({
            ...r,
            reviewId: rows[i].reviewId,
            reviewTitle: rows[i].reviewTitle,
            systemName: names.get(r.systemId) ?? null,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/reviews/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "ID棚卸しの詳細（システムごとの進捗と審査者）/ One review: its systems, progress and reviewers",
      request: { params: IdParam },
      responses: { 200: answer("The review", ReviewDetailRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const profile = deps.profile();
      const review = await visibleReview(db, actor, c.req.valid("param").id);
      const units = await reviewSystems(db, actor, review.id);
      const systems = await presentSystems(
        db,
        actor,
        profile,
        await listSystems(
          db,
          actor,
          units.map((u) => u.systemId),
        ),
      );
      const byId = new Map(systems.map((s) => [s.id, s]));
      const starter = review.startedBy ? await personNames(db, [review.startedBy]) : new Map();
      return c.json(
        {
          data: {
            ...review,
            startedByName: review.startedBy ? (starter.get(review.startedBy) ?? null) : null,
            systems: units.map((u) => {
              const s = byId.get(u.systemId);
              return {
                ...u,
                name: s?.name ?? null,
                departmentName: s?.departmentName ?? null,
                administratorName: s?.administratorName ?? null,
                mayDecide: can(actor, "decide", "account_review_item", itemRecord(profile, u, s)),
              };
            }),
            policies: serialize(actor, "account_review", null),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts/reviews/{id}/items",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "システムのID一覧（突合の指摘・前回との差分・判断）/ One system's IDs in the review: findings, differences since the last review, decisions",
      request: { params: IdParam, query: ReviewItemsQuery },
      responses: { 200: answer("IDs of the system", ReviewItemsRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const reviewId = c.req.valid("param").id;
      if (!(await reviewVisible(db, actor, reviewId))) throw notFound(NOT_FOUND);
      const review = { id: reviewId };
      const { systemId } = c.req.valid("query");
      const system = await systemUnit(db, await loadSystem(db, systemId));
      if (!can(actor, "read", "account_system", system)) throw notFound({ ja: "システム", en: "The system" });
      const rows = await reviewItems(db, actor, review.id, systemId);
      const removed = await removedSinceLast(db, review.id, systemId);
      const names = await personNames(
        db,
        removed.map((r) => r.personId).filter((x): x is string => !!x),
      );
      return c.json(
        {
          data: {
            items: await presentItems(db, actor, deps.profile(), rows),
            removedSinceLast: removed.map((r) => ({
              ...r,
              personName: r.personId ? (names.get(r.personId) ?? null) : null,
            })),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/reviews/{id}/items/{itemId}/decision",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "IDの判断（継続・変更・削除と理由）/ Decide on one ID: keep, change or remove, with the reason",
      request: { params: ItemParam, ...body(DecisionReq) },
      responses: { 200: answer("Decided", ReviewItemRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const profile = deps.profile();
      const { id, itemId } = c.req.valid("param");
      const review = await loadReview(db, id);
      const { item, record } = await visibleItem(db, actor, profile, review.id, itemId);
      authorize(actor, "decide", "account_review_item", record);
      const row = await decideItem(
        db,
        requestContext(c),
        actor,
        profile,
        review,
        item,
        record.administratorPersonId,
        c.req.valid("json"),
        deps.now(),
        reviewDecisionApproval(record, item),
      );
      return c.json({ data: row }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/reviews/{id}/items/{itemId}/done",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "措置の完了（削除はIDを削除済みに）/ Mark a change or removal done (a removal stops the ID)",
      request: { params: ItemParam, ...body(TaskDoneReq) },
      responses: { 200: answer("Done", ReviewItemRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const { id, itemId } = c.req.valid("param");
      const review = await loadReview(db, id);
      const { item, record } = await visibleItem(db, actor, deps.profile(), review.id, itemId);
      authorize(actor, "complete_task", "account_review_item", record);
      const row = await completeTask(
        db,
        requestContext(c),
        actor,
        deps.profile(),
        item,
        c.req.valid("json").note,
        deps.now(),
      );
      return c.json({ data: row }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/reviews/{id}/close",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ID棚卸しの終了（全IDの判断後）/ Close a review once every ID is decided",
      request: { params: IdParam },
      responses: { 200: answer("Closed", ReviewRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      await visibleReview(db, actor, c.req.valid("param").id);
      authorize(actor, "organize", "account_review", null);
      const review = await loadReview(db, c.req.valid("param").id);
      return c.json({ data: await closeReview(db, requestContext(c), actor, review, deps.now()) }, 200);
    },
  );

  return app;
}
