/**
 * 川崎市 基準 第2章8(2)ア: 職員は…直ちに情報管理責任者又は情報システム利用責任者に報告し、指示を仰ぐ。
 * The first step of the chain tells those two department roles at once — not the 局長 (情報セキュリティ
 * 責任者, told at step 2 per 第2章8(3)ア) nor the 庶務担当課長.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { client, type Json, member, ok } from "./test-helpers";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
});
afterAll(async () => {
  await t.close();
});

describe("川崎市 第2章8(2)ア: the first report goes at once to 情報管理責任者 or 情報システム利用責任者", () => {
  it("step 1 targets exactly the department's 情報管理責任者 and 情報システム利用責任者, told when the report is made", async () => {
    const db = t.database.db;
    const bureau = await makeDepartment(db, { kind: "bureau", name: "市民文化局" });
    const dept = await makeDepartment(db, { parentId: bureau.id, name: "区政推進課" });
    const other = await makeDepartment(db, { parentId: bureau.id, name: "庶務課" });
    const staff = await member(t, "区政 職員", dept.id, [["information_user", dept.id]]);
    const infoManager = await member(t, "区政 課長", dept.id, [["information_manager", dept.id]]);
    const userManager = await member(t, "システム利用 課長", dept.id, [["system_user_manager", dept.id]]);
    const bureauHead = await member(t, "市民文化 局長", bureau.id, [["bureau_security_head", bureau.id]]);
    const generalAffairs = await member(t, "庶務 課長", other.id, [["chief_information_manager", bureau.id]]);

    const reporter = await client(t, staff);
    const created = await ok<Json>(
      await reporter.post("/api/incidents", {
        summary: "USBメモリの紛失",
        details: "庁舎内で紛失しました。",
        occurredAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
      }),
      201,
    );
    const view = await ok<Json>(await (await client(t, infoManager)).get(`/api/incidents/${created.id}`));
    expect(view.escalations[0]).toMatchObject({
      step: 1,
      status: "pending",
      clause: "kawasaki:基準/第2章/8/(2)/ア",
    });
    const targets = (view.escalations[0].targets as Json[]).map((x) => x.personId).sort();
    expect(targets).toEqual([infoManager.personId, userManager.personId].sort());
    expect(targets).not.toContain(bureauHead.personId);
    expect(targets).not.toContain(generalAffairs.personId);
  });
});
