/** Write fixtures of 情報資産 (assets): the rules are described in ./index.ts. */

import { sql } from "drizzle-orm";
import {
  assetBody,
  assetOfB,
  campaign,
  csvFile,
  makeAsset,
  namedPerson,
  nextInventoryYear,
  person,
  personOfB,
  relation,
  savedView,
} from "../matrix-world";
import { A, ALL, type WriteFixture } from "./shared";

export const ASSETS_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/assets/import": {
    allow: ["staffA", "managerA"],
    rule: "asset_import.upload for everyone; each row needs asset_department.create (member or own_assets)",
    refusal: {
      statuses: [400],
      why: "the upload itself is open to everyone; a row of a department one may not write is refused as that row's error (import_has_errors) and nothing is imported",
    },
    async prepare(w) {
      const n = w.seq();
      return {
        url: "/api/assets/import",
        form: () => {
          const f = csvFile("台帳.csv", [
            ["資産番号", "資産名", "種別", "所管課", "機密性", "完全性", "可用性"],
            [`WM-IMP-${n}`, `取込資産${n}`, "情報", w.deptA.name, "機密性2", "1", "1"],
          ]);
          f.append("dryRun", "false");
          return f;
        },
        watch: [["assets"]],
      };
    },
  },
  "POST /api/assets": {
    allow: ["staffA", "managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
    },
    rule: "asset_department.create: a member of the department or own_assets over it",
    async prepare(w) {
      return { url: "/api/assets", body: assetBody(w), watch: [["assets"]] };
    },
  },
  "POST /api/assets/bulk": {
    allow: ["staffA", "managerA"],
    bodyIds: { "ids[]": { hidden: assetOfB } },
    rule: "asset.update on every asset (member of the department or own_assets)",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: "/api/assets/bulk",
        body: { ids: [id], set: { storagePlace: "書庫2" } },
        watch: [["assets", id]],
      };
    },
  },
  "POST /api/assets/views": {
    allow: ALL,
    rule: "a saved view is one's own: everyone signed in may save one",
    async prepare() {
      return {
        url: "/api/assets/views",
        body: { name: "私の検索", query: { q: "USB" } },
        watch: [["asset_saved_views"]],
      };
    },
  },
  "PATCH /api/assets/views/{id}": {
    allow: ["staffA"],
    rule: "asset_view.manage: only its owner (staffA)",
    async prepare(w) {
      const id = await savedView(w);
      return { url: `/api/assets/views/${id}`, body: { name: "改名" }, watch: [["asset_saved_views", id]] };
    },
  },
  "DELETE /api/assets/views/{id}": {
    allow: ["staffA"],
    rule: "asset_view.manage: only its owner (staffA)",
    async prepare(w) {
      const id = await savedView(w);
      return { url: `/api/assets/views/${id}`, watch: [["asset_saved_views", id]] };
    },
  },
  "POST /api/assets/inventory/campaigns": {
    allow: ["managerA"],
    bodyIds: {
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
    },
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      return {
        url: "/api/assets/inventory/campaigns",
        body: { fiscalYear: nextInventoryYear(w), departmentId: A(w) },
        watch: [["inventory_campaigns"]],
      };
    },
  },
  "POST /api/assets/inventory/campaigns/{id}/items/{assetId}": {
    allow: ["managerA"],
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      const c = await campaign(w);
      return {
        url: `/api/assets/inventory/campaigns/${c.id}/items/${c.asset}`,
        body: { result: "confirmed" },
        watch: [["inventory_items"]],
      };
    },
  },
  "POST /api/assets/inventory/campaigns/{id}/found": {
    allow: ["managerA"],
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      const c = await campaign(w);
      return {
        url: `/api/assets/inventory/campaigns/${c.id}/found`,
        body: { name: "未登録のUSBメモリ", kind: "medium", subkind: "usb_memory", storagePlace: "書庫" },
        watch: [["assets"], ["inventory_items"]],
      };
    },
  },
  "POST /api/assets/inventory/campaigns/{id}/complete": {
    allow: ["managerA"],
    rule: "asset_department.inventory: own_assets over the department",
    async prepare(w) {
      const c = await campaign(w);
      // Every asset checked (as the manager would have, one by one): only then may it complete.
      await w.t.database.db.execute(
        sql`update inventory_items set result = 'confirmed', checked_by = ${w.members.managerA.personId}, checked_at = now() where campaign_id = ${c.id}`,
      );
      return {
        url: `/api/assets/inventory/campaigns/${c.id}/complete`,
        watch: [["inventory_campaigns", c.id]],
      };
    },
  },
  "PATCH /api/assets/{id}": {
    allow: ["staffA", "managerA"],
    rule: "asset.update: sees it and is a member of the department or holds own_assets",
    async prepare(w) {
      const id = await makeAsset(w);
      return { url: `/api/assets/${id}`, body: { storagePlace: "書庫3" }, watch: [["assets", id]] };
    },
  },
  "POST /api/assets/{id}/reclassify": {
    allow: ["managerA"],
    rule: "asset.reclassify: classify_assets over the department (3.(2)④)",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: `/api/assets/${id}/reclassify`,
        body: { levels: { integrity: "2" }, reason: "改ざんの影響が大きい" },
        watch: [["assets", id]],
      };
    },
  },
  "POST /api/assets/{id}/status": {
    allow: ["staffA", "managerA"],
    rule: "asset.changeStatus: as update",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: `/api/assets/${id}/status`,
        body: { status: "lost", date: "2026-04-01", note: "紛失" },
        watch: [["assets", id]],
      };
    },
  },
  "POST /api/assets/{id}/relations": {
    allow: ["staffA", "managerA"],
    bodyIds: { toAssetId: { hidden: assetOfB } },
    rule: "asset.relate: as update",
    async prepare(w) {
      const from = await makeAsset(w, { kind: "medium" });
      const to = await makeAsset(w, { kind: "information", subkind: null });
      return {
        url: `/api/assets/${from}/relations`,
        body: { type: "contains", toAssetId: to },
        watch: [["asset_relations"], ["assets", to]],
      };
    },
  },
  "DELETE /api/assets/{id}/relations/{relationId}": {
    allow: ["staffA", "managerA"],
    rule: "asset.relate: as update",
    async prepare(w) {
      const r = await relation(w);
      return {
        url: `/api/assets/${r.from}/relations/${r.relationId}`,
        watch: [["asset_relations", r.relationId]],
      };
    },
  },
  "POST /api/assets/{id}/named-people": {
    allow: ["managerA"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "asset.manageNamedPeople: the department's manager (own_assets / classify_assets)",
    async prepare(w) {
      const id = await makeAsset(w);
      return {
        url: `/api/assets/${id}/named-people`,
        body: { personId: await person(w) },
        watch: [["asset_named_people"]],
      };
    },
  },
  "DELETE /api/assets/{id}/named-people/{personId}": {
    allow: ["managerA"],
    rule: "asset.manageNamedPeople: the department's manager",
    async prepare(w) {
      const n = await namedPerson(w);
      return { url: `/api/assets/${n.asset}/named-people/${n.personId}`, watch: [["asset_named_people"]] };
    },
  },

  // ── settings ─────────────────────────────────────────────────────────────────────────────────
};
