// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * 川崎市 基準 第7章3(7)ウ 「情報管理責任者又は情報システム利用責任者は、許可した情報機器の持ち出しや持込みに
 * ついて記録を作成し、保管する。」, read against the requests routes (issue #13, per-clause record): the
 * permission of a device's carry-out (第7章3(7)ア) and each step after it are rows of the 持ち出し・持込み
 * 記録 (`carry_out_log`, append-only), written in the transaction of the step, with who and when.
 *
 * 川崎市 基準 第4章1(9)エ 「…情報資産を廃棄した場合は、情報資産台帳を更新する。」: a disposal the
 * 情報管理責任者 permitted and the requester completed with its evidence marks the asset 廃棄済み in the
 * register, with the date (the assets face applies it from the request's job).
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { drainJobs } from "../../test/jobs";
import type { AuthedClient } from "../../test/session";
import { carryOutLog } from "./tables";
import { kawasakiDesk, makeAsset } from "./test-support";

let t: TestApp;
let dept: string;
let staff: AuthedClient, manager: AuthedClient;
let staffId: string, managerId: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  t.clock.now = new Date("2026-04-06T09:00:00+09:00");
  ({
    dept,
    staff: { client: staff, personId: staffId },
    manager: { client: manager, personId: managerId },
  } = await kawasakiDesk(t, { name: "区政推進課", staffRole: "information_user" }));
}, 180_000);
afterAll(() => t?.close());

describe("川崎市 基準 第7章3(7)ウ 許可した情報機器の持ち出しの記録", () => {
  it("a device's carry-out: the 情報管理責任者's permission, the carrying out, the return and its confirmation are each recorded with who and when", async () => {
    const pc = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "device",
      name: "説明会用ノートPC",
    });
    const created = (await (
      await staff.post("/api/requests", {
        kind: "carry_out",
        assetIds: [pc.id],
        fields: {
          purpose: "区の説明会",
          destination: "区役所",
          startsAt: "2026-04-06T09:10:00+09:00",
          returnDueAt: "2026-04-06T17:00:00+09:00",
          encrypted: true,
        },
      })
    ).json()) as any;
    const id = created.data.id as string;
    expect(created.data.basis.map((b: { clause: string }) => b.clause)).toContain(
      "kawasaki:基準/第7章/3/(7)/ア",
    );
    expect((await staff.post(`/api/requests/${id}/submit`, {})).status).toBe(200);
    const log = () =>
      t.database.db
        .select()
        .from(carryOutLog)
        .where(eq(carryOutLog.requestId, id))
        .orderBy(asc(carryOutLog.seq));
    expect(await log()).toEqual([]);
    expect((await manager.post(`/api/requests/${id}/approve`, {})).status).toBe(200);
    expect((await log()).map((r) => [r.event, r.recordedByPersonId])).toEqual([["permitted", managerId]]);
    expect((await staff.post(`/api/requests/${id}/start`, {})).status).toBe(200);
    expect(
      (await staff.post(`/api/requests/${id}/return-report`, { returnedAt: t.clock.now.toISOString() }))
        .status,
    ).toBe(200);
    expect((await manager.post(`/api/requests/${id}/complete`, { nothingMissing: true })).status).toBe(200);
    const rows = await log();
    expect(rows.map((r) => r.event)).toEqual(["permitted", "carried_out", "returned", "return_confirmed"]);
    expect(rows.every((r) => r.assetId === pc.id && r.personId === staffId)).toBe(true);
    expect(rows[0]).toMatchObject({ destination: "区役所", purpose: "区の説明会" });
    expect(rows[3].recordedByPersonId).toBe(managerId);
  });
});

describe("川崎市 基準 第4章1(9)エ 廃棄した場合は情報資産台帳を更新する", () => {
  it("a permitted disposal, completed with its evidence, marks the asset disposed in the register with its date", async () => {
    const pc = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "device",
      name: "旧業務端末",
      confidentiality: "III",
    });
    const created = (await (
      await staff.post("/api/requests", {
        kind: "disposal",
        assetIds: [pc.id],
        fields: { reason: "更新のため", method: "physical_destruction", plannedOn: "2026-04-06" },
      })
    ).json()) as any;
    const id = created.data.id as string;
    expect((await staff.post(`/api/requests/${id}/submit`, {})).status).toBe(200);
    expect((await staff.post(`/api/requests/${id}/approve`, {})).status).not.toBe(200);
    expect((await manager.post(`/api/requests/${id}/approve`, {})).status).toBe(200);
    const done = await staff.post(`/api/requests/${id}/complete`, {
      method: "physical_destruction",
      disposedOn: "2026-04-06",
      personId: staffId,
      certificateNumber: "破砕証明 第26-001号",
      photoRef: "写真 2026-04-06 No.1",
      quantity: "1台",
    });
    expect(done.status).toBe(200);
    await drainJobs(t);
    const asset = (await (await manager.get(`/api/assets/${pc.id}`)).json()) as any;
    expect(asset.data.status).toBe("disposed");
    expect(String(asset.data.disposedOn)).toContain("2026-04-06");
  });
});
