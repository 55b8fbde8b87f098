import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, can, requireActor, serialize } from "../../access";
import { refuseSelfGrant } from "../../access/self-grant";
import type { AppEnv } from "../../http/context";
import { AppError, fieldError, notFound } from "../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import type { AuditDataValue } from "../../http/wire";
import "./commands/status-job";
import { registerModule, registerRegister } from "../../profile/consumers";
import { canSeeAsset } from "./access";
import {
  addNamedPerson,
  addRelation,
  changeStatus,
  createAsset,
  loadAsset,
  loadAssetRows,
  reclassifyAsset,
  removeNamedPerson,
  removeRelation,
  updateAsset,
} from "./commands/assets";
import { bulkEdit } from "./commands/bulk";
import { presentAsset } from "./presenter";
import {
  decodeCursor,
  departmentUnit,
  historyOf,
  type ListFilter,
  listAssets,
  loadAssetRef,
  loadAssetRefs,
  refOf,
  relationsOf,
} from "./queries";
import { AssetDetail, AssetDetailOrGone, AssetPage } from "./responses";
import {
  AssetCreateReq,
  AssetUpdateReq,
  BulkReq,
  IdParam,
  ListQuery,
  NamedPersonParam,
  NamedPersonReq,
  ReclassifyReq,
  RelationParam,
  RelationReq,
  StatusReq,
} from "./schema";

registerModule("assets", { ja: "情報資産台帳", en: "Asset register" });
registerRegister("asset_register", "assets");

type C = Context<AppEnv>;

const TAG = ["assets"];
const ASSET = { ja: "情報資産", en: "The asset" };

const list = (s: string | undefined) =>
  s
    ? s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
const bool = (s: "true" | "false" | undefined) => (s === undefined ? undefined : s === "true");

/** The asset if the actor may read it; otherwise 404, exactly as if it did not exist. */
export async function visibleAsset(c: C, id: string) {
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const found = await loadAssetRef(deps.database.db, deps.profile(), id);
  if (!found || !canSeeAsset(actor, found.ref)) throw notFound(ASSET);
  return { actor, ...found };
}

async function detail(c: C, id: string) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const { actor, row, ref, named } = await visibleAsset(c, id);
  const rels = await relationsOf(db, id);
  // A related asset the actor may not read is shown as hidden, never by number or name. Their
  // access references in one statement, not one load per relation.
  const others = await loadAssetRefs(
    db,
    profile,
    rels.map((r) => r.otherId),
  );
  const relations = [];
  for (const r of rels) {
    const other = others.get(r.otherId);
    const visible = other ? canSeeAsset(actor, other) : false;
    relations.push({
      id: r.id,
      type: r.type,
      direction: r.fromAssetId === id ? ("out" as const) : ("in" as const),
      other: visible
        ? { id: r.otherId, assetNumber: r.otherNumber, name: r.otherName, hidden: false as const }
        : { id: null, assetNumber: null, name: null, hidden: true as const },
    });
  }
  const history = await historyOf(db, id);
  return {
    data: {
      ...presentAsset(actor, profile, row, ref),
      relations,
      namedPeople: named.map((n) => ({ personId: n.personId, name: n.name })),
      history: history.map((h) => ({
        id: h.id,
        occurredAt: h.occurredAt.toISOString(),
        type: h.type,
        actor: h.actorPersonId ? { id: h.actorPersonId, name: h.actorName } : null,
        // An audit event's data is always an object (server/audit: recordEvent).
        data: h.data as AuditDataValue,
      })),
    },
    policies: serialize(actor, "asset", ref),
  };
}

/** GET /api/assets/{id} (and the answer of an edit): the web app's AssetDetail (contract.ts). */
export type AssetDetailView = Awaited<ReturnType<typeof detail>>;

export function assetRoutes() {
  const app = createRouter();

  // ── list and search ────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "情報資産台帳の一覧・検索 / List and search the asset register",
      request: { query: ListQuery },
      responses: {
        200: json(AssetPage, "A page"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const profile = deps.profile();
      const cursor = q.cursor ? decodeCursor(q.cursor) : null;
      if (q.cursor && !cursor) throw fieldError("cursor", "カーソルが正しくありません。", "Invalid cursor.");
      const filter: ListFilter = {
        q: q.q,
        confidentiality: list(q.confidentiality),
        integrity: list(q.integrity),
        availability: list(q.availability),
        confidentialityAtLeast: q.confidentialityAtLeast,
        zone: list(q.zone),
        kind: list(q.kind),
        status: list(q.status),
        departmentId: list(q.departmentId)?.filter((d) => /^[0-9a-f-]{36}$/i.test(d)),
        hasPersonalInfo: bool(q.hasPersonalInfo),
        specificPersonalInfo: bool(q.specificPersonalInfo),
        sensitivePersonalInfo: bool(q.sensitivePersonalInfo),
        classificationPending: bool(q.classificationPending),
        disposalDueBefore: q.disposalDueBefore,
      };
      if (q.confidentialityAtLeast) {
        const lvl = profile.classification.confidentiality.levels.find(
          (l) => l.key === q.confidentialityAtLeast,
        );
        if (!lvl)
          throw fieldError(
            "confidentialityAtLeast",
            "機密性の区分がプロファイルにありません。",
            "Unknown level.",
          );
      }
      const db = deps.database.db;
      const page = await listAssets(db, actor, profile, filter, {
        sort: q.sort ?? "assetNumber",
        order: q.order ?? "asc",
        cursor,
        limit: q.limit ?? 50,
      });
      const items = page.items.map((r) =>
        presentAsset(actor, profile, r, refOf(profile, r, page.named.get(r.id) ?? [])),
      );
      return c.json(
        {
          items,
          nextCursor: page.nextCursor,
          policies: {
            create:
              actor.departmentId != null &&
              can(actor, "create", "asset_department", {
                departmentId: actor.departmentId,
                bureauId: actor.bureauId,
              }),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "情報資産の登録 / Register an asset",
      request: body(AssetCreateReq),
      responses: {
        201: json(AssetDetail, "Created"),
        409: { description: "Asset number in use" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const profile = deps.profile();
      const unit = await departmentUnit(db, input.departmentId);
      if (!unit)
        throw fieldError("departmentId", "所管課が見つかりません。", "The department does not exist.");
      authorize(actor, "create", "asset_department", { departmentId: unit.id, bureauId: unit.bureauId });
      const source = input.copyOf ? await visibleAsset(c, input.copyOf).catch(() => null) : null;
      if (input.copyOf && !source)
        throw fieldError("copyOf", "複製元が見つかりません。", "The source asset was not found.");
      const container = input.containedIn ? await visibleAsset(c, input.containedIn).catch(() => null) : null;
      if (input.containedIn && !container)
        throw fieldError("containedIn", "格納先が見つかりません。", "The container was not found.");
      if (container) authorize(actor, "relate", "asset", container.ref);
      const { copyOf: _c, containedIn: _i, ...fields } = input;
      const row = await createAsset(db, ctxOf(c), profile, fields, deps.now(), {
        source: source ? await loadAsset(db, source.row.id) : null,
        container: container ? await loadAsset(db, container.row.id) : null,
      });
      return c.json(await detail(c, row.id), 201);
    },
  );

  // ── bulk edit ──────────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/bulk",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "一括変更（管理者・保管場所・分類）すべてか無しか / Bulk edit, all or nothing",
      request: body(BulkReq),
      responses: { 200: json(z.object({ updated: z.number() }), "Updated"), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const profile = deps.profile();
      if (input.set.levels && Object.keys(input.set.levels).length && !input.reason?.trim())
        throw fieldError(
          "reason",
          "分類を変更する理由を入力してください。",
          "Give a reason for the reclassification.",
        );
      const ids = [...new Set(input.ids)];
      const refused: string[] = [];
      for (const id of ids) {
        const found = await loadAssetRef(db, profile, id);
        if (!found || !canSeeAsset(actor, found.ref)) {
          refused.push(id);
          continue;
        }
        const mayEdit =
          (input.set.custodianPersonId === undefined && input.set.storagePlace === undefined) ||
          can(actor, "update", "asset", found.ref);
        const mayClassify = !input.set.levels || can(actor, "reclassify", "asset", found.ref);
        if (!mayEdit || !mayClassify) refused.push(id);
      }
      if (refused.length)
        throw new AppError(
          403,
          "forbidden",
          `変更できない情報資産が${refused.length}件含まれています。何も変更していません。`,
          `${refused.length} of the assets cannot be changed by you; nothing was changed.`,
          { ids: { message_ja: refused.join(", "), message_en: refused.join(", ") } },
        );
      const rows = await loadAssetRows(db, ids);
      const result = await bulkEdit(db, ctxOf(c), profile, rows, input, deps.now());
      return c.json(result, 200);
    },
  );

  // Routes with {id} come after the static paths above (bulk) and in routes-work.ts (views,
  // tasks, inventory), which app.ts registers first.
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "情報資産の詳細（実効分類・取扱制限・関連・履歴）/ An asset with its effective levels, restrictions, relations and history",
      request: { params: IdParam },
      responses: { 200: json(AssetDetail, "The asset"), ...errorResponses },
    }),
    async (c) => c.json(await detail(c, c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/assets/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam, ...body(AssetUpdateReq) },
      responses: {
        200: json(AssetDetail, "Updated"),
        409: { description: "Asset number in use" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "update", "asset", ref);
      if (input.exceptionRef !== undefined) authorize(actor, "setException", "asset", ref);
      const deps = c.get("deps");
      const db = deps.database.db;
      if (input.departmentId && input.departmentId !== ref.departmentId) {
        const unit = await departmentUnit(db, input.departmentId);
        if (!unit)
          throw fieldError("departmentId", "所管課が見つかりません。", "The department does not exist.");
        authorize(actor, "create", "asset_department", { departmentId: unit.id, bureauId: unit.bureauId });
      }
      const before = await loadAsset(db, id);
      if (!before) throw notFound(ASSET);
      await updateAsset(db, ctxOf(c), deps.profile(), before, input, deps.now());
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/{id}/reclassify",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "分類の変更・決定（理由必須）/ Reclassify or decide a pending classification (reason required)",
      request: { params: IdParam, ...body(ReclassifyReq) },
      responses: { 200: json(AssetDetail, "Reclassified"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "reclassify", "asset", ref);
      const deps = c.get("deps");
      const db = deps.database.db;
      const before = await loadAsset(db, id);
      if (!before) throw notFound(ASSET);
      await db.transaction((tx) => reclassifyAsset(tx, ctxOf(c), deps.profile(), before, input, deps.now()));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/{id}/status",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "状態の変更（使用中・貸出中・持出中・紛失・廃棄）/ Change status",
      request: { params: IdParam, ...body(StatusReq) },
      responses: { 200: json(AssetDetail, "Changed"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "changeStatus", "asset", ref);
      const deps = c.get("deps");
      const before = await loadAsset(deps.database.db, id);
      if (!before) throw notFound(ASSET);
      await changeStatus(deps.database.db, ctxOf(c), before, input, deps.now());
      return c.json(await detail(c, id), 200);
    },
  );

  // ── relations ──────────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/{id}/relations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "関連の追加（含む・複製・稼働・保管）/ Add a relation",
      request: { params: IdParam, ...body(RelationReq) },
      responses: { 201: json(AssetDetail, "Added"), 409: { description: "Exists" }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "relate", "asset", ref);
      const other = await visibleAsset(c, input.toAssetId).catch(() => null);
      if (!other)
        throw fieldError(
          "toAssetId",
          "関連先の情報資産が見つかりません。",
          "The related asset was not found.",
        );
      const deps = c.get("deps");
      const db = deps.database.db;
      const [from, to] = [await loadAsset(db, id), await loadAsset(db, input.toAssetId)];
      if (!from || !to) throw notFound(ASSET);
      await addRelation(db, ctxOf(c), deps.profile(), from, to, input.type, deps.now());
      return c.json(await detail(c, id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/assets/{id}/relations/{relationId}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: RelationParam },
      responses: { 200: json(AssetDetail, "Removed"), ...errorResponses },
    }),
    async (c) => {
      const { id, relationId } = c.req.valid("param");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "relate", "asset", ref);
      const deps = c.get("deps");
      const asset = await loadAsset(deps.database.db, id);
      if (!asset) throw notFound(ASSET);
      await removeRelation(deps.database.db, ctxOf(c), deps.profile(), asset, relationId, deps.now());
      return c.json(await detail(c, id), 200);
    },
  );

  // ── named people (who may see a top-level asset) ───────────────────────────
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/{id}/named-people",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "取扱者の指定（最高区分の閲覧者）/ Name a person who may see the asset",
      request: { params: IdParam, ...body(NamedPersonReq) },
      responses: { 200: json(AssetDetail, "Named"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { personId } = c.req.valid("json");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "manageNamedPeople", "asset", ref);
      const deps = c.get("deps");
      const asset = await loadAsset(deps.database.db, id);
      if (!asset) throw notFound(ASSET);
      if (personId === actor.personId)
        await refuseSelfGrant(
          deps.database.db,
          ctxOf(c),
          deps.profile(),
          "asset_named_person",
          { assetId: id, assetNumber: asset.assetNumber },
          deps.now(),
        );
      await addNamedPerson(deps.database.db, ctxOf(c), asset, personId, deps.now());
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/assets/{id}/named-people/{personId}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: NamedPersonParam },
      responses: { 200: json(AssetDetailOrGone, "Removed"), ...errorResponses },
    }),
    async (c) => {
      const { id, personId } = c.req.valid("param");
      const { actor, ref } = await visibleAsset(c, id);
      authorize(actor, "manageNamedPeople", "asset", ref);
      const deps = c.get("deps");
      const asset = await loadAsset(deps.database.db, id);
      if (!asset) throw notFound(ASSET);
      await removeNamedPerson(deps.database.db, ctxOf(c), asset, personId, deps.now());
      const still = await loadAssetRef(deps.database.db, deps.profile(), id);
      // The manager may have removed the last way they could see it: answer without the detail then.
      if (!still || !canSeeAsset(actor, still.ref)) return c.json({ data: { id }, policies: {} }, 200);
      return c.json(await detail(c, id), 200);
    },
  );

  return app;
}
