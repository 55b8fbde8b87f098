import { createRoute } from "@hono/zod-openapi";
import { authorize, serialize } from "../../../access";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { editItem, generatedFor, storedItems, summarize, syncItems } from "../commands/items";
import { diffItems } from "../domain/items";
import { presentItem } from "../presenter";
import { IdParam, ItemEditReq, ItemsQuery } from "../schema";
import { ItemRes, ItemSyncRes, ItemsRes } from "../views";
import { env, ok, TAG } from "./common";

export function itemRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/items",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "点検項目（条項から生成） / Check items generated from the clause catalog",
      request: { query: ItemsQuery },
      responses: ok("Items, with the catalog changes not yet applied", ItemsRes),
    }),
    async (c) => {
      const { actor, db, profile, dir } = env(c);
      authorize(actor, "read", "assurance_item", {});
      const q = c.req.valid("query");
      const stored = await storedItems(db, profile.id);
      const pending = summarize(diffItems(stored, generatedFor(profile, dir)));
      const items = stored.filter(
        (i) =>
          (!q.audience || i.audience === q.audience) &&
          (q.status === "changed" ? i.lastChange != null : q.status ? i.status === q.status : true),
      );
      return c.json(
        {
          data: {
            configured: profile.assurance != null,
            items: items.map(presentItem),
            pendingCatalogChanges: pending,
            needsSync:
              stored.length === 0 ||
              pending.added + pending.textChanged + pending.retired + pending.restored > 0,
          },
          policies: serialize(actor, "assurance_item", {}),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/items/sync",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "条項カタログの変更を点検項目に反映 / Apply catalog changes to the items",
      responses: ok("Counts of new, changed, retired and restored items", ItemSyncRes),
    }),
    async (c) => {
      const { actor, db, profile, now, dir } = env(c);
      authorize(actor, "edit", "assurance_item", {});
      const counts = await db.transaction((tx) => syncItems(tx, ctxOf(c), profile, now, dir));
      return c.json({ data: counts }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/assurance/items/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "点検項目の文言・対象の編集 / Edit a check item's wording or audience",
      request: { params: IdParam, ...jsonBody(ItemEditReq) },
      responses: ok("The item", ItemRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "edit", "assurance_item", {});
      const row = await editItem(db, ctxOf(c), profile.id, c.req.valid("param").id, c.req.valid("json"), now);
      return c.json({ data: presentItem(row) }, 200);
    },
  );

  return app;
}
