// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * 川崎市 基準: the records a request leaves, through the routes — the asset register updated when an
 * asset is disposed of (第4章1(9)エ) and the carry-out / bring-in record of devices the 情報管理責任者
 * permitted (第7章3(7)ウ).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { drainJobs } from "../../test/jobs";
import type { AuthedClient } from "../../test/session";
import { kawasakiDesk, makeAsset } from "./test-support";

let t: TestApp;
let dept: string;
let staff: AuthedClient, manager: AuthedClient;
let staffId: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  ({
    dept,
    staff: { client: staff, personId: staffId },
    manager: { client: manager },
  } = await kawasakiDesk(t, { name: "区政推進課" }));
}, 180_000);
afterAll(() => t?.close());

describe("川崎市 基準 第4章1(9)エ 廃棄したときは情報資産台帳を更新する", () => {
  it("completing a disposal marks the asset disposed in the register, dated as done; before completion it is still in use", async () => {
    const pc = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "device",
      confidentiality: "III",
      name: "窓口端末 3号機",
    });
    const id = (
      await json(
        await staff.post("/api/requests", {
          kind: "disposal",
          assetIds: [pc.id],
          fields: { reason: "更新のため", method: "secure_erase", plannedOn: "2026-04-01" },
        }),
      )
    ).data.id;
    await staff.post(`/api/requests/${id}/submit`, {});
    expect((await manager.post(`/api/requests/${id}/approve`, {})).status).toBe(200);
    await drainJobs(t);
    expect((await json(await staff.get(`/api/assets/${pc.id}`))).data.status).not.toBe("disposed");
    const done = await staff.post(`/api/requests/${id}/complete`, {
      method: "secure_erase",
      disposedOn: "2026-04-01",
      personId: staffId,
      certificateNumber: "消去記録 第5号",
    });
    expect(done.status).toBe(200);
    await drainJobs(t);
    const asset = (await json(await manager.get(`/api/assets/${pc.id}`))).data;
    expect(asset.status).toBe("disposed");
    expect(String(asset.disposedOn)).toContain("2026-04-01");
  });
});

describe("川崎市 基準 第7章3(7)ウ 許可した情報機器の持ち出しや持込みについて記録を作成し、保管する", () => {
  it("the carry-out and bring-in of a device the 情報管理責任者 permitted are in the 持ち出し・持込み記録, step by step", async () => {
    const laptop = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "device",
      confidentiality: "III",
      name: "貸出用ノートPC",
    });
    t.clock.now = new Date("2026-04-01T09:00:00+09:00");
    const out = (
      await json(
        await staff.post("/api/requests", {
          kind: "carry_out",
          assetIds: [laptop.id],
          fields: {
            purpose: "出張先での説明",
            destination: "市民館",
            startsAt: "2026-04-01T09:20:00+09:00",
            returnDueAt: "2026-04-01T17:00:00+09:00",
            encrypted: true,
          },
        }),
      )
    ).data.id;
    await staff.post(`/api/requests/${out}/submit`, {});
    expect((await manager.post(`/api/requests/${out}/approve`, {})).status).toBe(200);
    t.clock.now = new Date("2026-04-01T09:20:00+09:00");
    expect((await staff.post(`/api/requests/${out}/start`, {})).status).toBe(200);

    const into = (
      await json(
        await staff.post("/api/requests", {
          kind: "bring_in",
          assetIds: [laptop.id],
          fields: {
            purpose: "保守作業",
            area: "電算室（区分Ⅱの情報システムの管理エリア）",
            startsAt: "2026-04-01T09:40:00+09:00",
            virusChecked: true,
          },
        }),
      )
    ).data.id;
    await staff.post(`/api/requests/${into}/submit`, {});
    expect((await manager.post(`/api/requests/${into}/approve`, {})).status).toBe(200);

    const log = (await json(await manager.get("/api/registers/carry_out_log"))).data as any[];
    const events = (requestId: string) =>
      log
        .filter((r) => r.request_id === requestId)
        .map((r) => r.event)
        .sort();
    expect(events(out)).toEqual(["carried_out", "permitted"]);
    expect(events(into)).toContain("permitted");
    expect(log.filter((r) => r.request_id === out).every((r) => r.asset_id === laptop.id)).toBe(true);
  });
});
