/**
 * The asset list and detail routes answer what they declare (server/modules/assets/responses.ts):
 * real answers parsed against the declared response schemas (tsc holds the presenter to their types).
 */
import { afterAll, beforeAll, describe, it } from "vitest";
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
});
