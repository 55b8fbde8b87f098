/**
 * The asset list and detail routes answer what they declare (server/modules/assets/responses.ts):
 * real answers parsed against the declared response schemas (tsc holds the presenter to their types);
 * likewise saved views, follow-up tasks and inventory (responses-work.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import type { AuthedClient } from "../../test/session";
import { userClient } from "./test-helpers";

let t: TestApp;
let deptId: string;
let manager: AuthedClient;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  deptId = (await makeDepartment(t.database.db, { code: "JUMIN", name: "住民課" })).id;
  ({ client: manager } = await userClient(t, {
    departmentId: deptId,
    roles: [["security_system_manager", deptId]],
  }));
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const levels = { confidentiality: "2", integrity: "2", availability: "2" };

describe("asset routes answer their declared response schemas", () => {
  it("register, list, and a detail with a relation and its history", async () => {
    const usb = (await expectDeclaredShape(
      t,
      await manager.post("/api/assets", {
        kind: "medium",
        subkind: "usb_memory",
        departmentId: deptId,
        name: "USBメモリ 応答形式",
        confidentiality: "1",
        integrity: "1",
        availability: "1",
      }),
      { method: "POST", path: "/api/assets", status: 201 },
    )) as { data: { id: string } };
    await expectDeclaredShape(
      t,
      await manager.post("/api/assets", {
        kind: "information",
        departmentId: deptId,
        name: "住民名簿 応答形式",
        hasPersonalInfo: true,
        personCount: 120,
        ...levels,
        containedIn: usb.data.id,
      }),
      { method: "POST", path: "/api/assets", status: 201 },
    );
    await expectDeclaredShape(t, await manager.get(`/api/assets/${usb.data.id}`), {
      method: "GET",
      path: "/api/assets/{id}",
    });
    await expectDeclaredShape(t, await manager.get("/api/assets?limit=10"), {
      method: "GET",
      path: "/api/assets",
    });
  });

  it("saved views, the follow-up tasks, and an inventory from start to report", async () => {
    const shape = (res: Response, method: string, path: string, status = 200) =>
      expectDeclaredShape(t, res, { method, path, status }) as Promise<Record<string, unknown>>;
    const view = (await shape(
      await manager.post("/api/assets/views", { name: "個人情報あり", query: { hasPersonalInfo: "true" } }),
      "POST",
      "/api/assets/views",
      201,
    )) as { id: string };
    await shape(await manager.get("/api/assets/views"), "GET", "/api/assets/views");
    await shape(
      await manager.patch(`/api/assets/views/${view.id}`, { name: "個人情報" }),
      "PATCH",
      "/api/assets/views/{id}",
    );
    await shape(await manager.delete(`/api/assets/views/${view.id}`), "DELETE", "/api/assets/views/{id}");
    const pc = (await shape(
      await manager.post("/api/assets", {
        kind: "device",
        subkind: "pc",
        departmentId: deptId,
        name: "PC-9",
        ...levels,
      }),
      "POST",
      "/api/assets",
      201,
    )) as { data: { id: string } };
    const camp = (await shape(
      await manager.post("/api/assets/inventory/campaigns", { fiscalYear: 2026, departmentId: deptId }),
      "POST",
      "/api/assets/inventory/campaigns",
      201,
    )) as { id: string };
    const at = `/api/assets/inventory/campaigns/${camp.id}`;
    await shape(
      await manager.post(`${at}/items/${pc.data.id}`, { result: "missing", note: "所在不明" }),
      "POST",
      "/api/assets/inventory/campaigns/{id}/items/{assetId}",
    );
    await shape(
      await manager.post(`${at}/found`, { name: "未登録のルーター", kind: "device" }),
      "POST",
      "/api/assets/inventory/campaigns/{id}/found",
      201,
    );
    const tasks = (await shape(await manager.get("/api/assets/tasks"), "GET", "/api/assets/tasks")) as {
      items: Array<{ kind: string }>;
    };
    expect(tasks.items.map((x) => x.kind)).toContain("inventory_missing");
    await shape(await manager.get(at), "GET", "/api/assets/inventory/campaigns/{id}");
    // The other assets of the 課 are still pending: complete once each is recorded.
    const open = (await (await manager.get(at)).json()) as {
      items: Array<{ assetId: string; result: string }>;
    };
    for (const i of open.items.filter((x) => x.result === "pending"))
      await manager.post(`${at}/items/${i.assetId}`, { result: "confirmed" });
    await shape(
      await manager.post(`${at}/complete`),
      "POST",
      "/api/assets/inventory/campaigns/{id}/complete",
    );
    await shape(
      await manager.get("/api/assets/inventory/campaigns?fiscalYear=2026"),
      "GET",
      "/api/assets/inventory/campaigns",
    );
    const report = (await shape(
      await manager.get("/api/assets/inventory/report?fiscalYear=2026"),
      "GET",
      "/api/assets/inventory/report",
    )) as { completed: number };
    expect(report.completed).toBe(1);
  });
});
