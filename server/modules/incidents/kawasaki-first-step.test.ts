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

describe("川崎市 第2章8(3)ア, 第11章2: after the first report, the 情報セキュリティ責任者, then the CSIRT, then the CISO", () => {
  it("each acknowledgement tells the next step, each step citing its clause and naming exactly its holders", async () => {
    const db = t.database.db;
    const bureau = await makeDepartment(db, { kind: "bureau", name: "健康福祉局" });
    const dept = await makeDepartment(db, { parentId: bureau.id, name: "保険年金課" });
    const staff = await member(t, "保険 職員", dept.id, [["information_user", dept.id]]);
    const infoManager = await member(t, "保険 課長", dept.id, [["information_manager", dept.id]]);
    const bureauHead = await member(t, "健康福祉 局長", bureau.id, [["bureau_security_head", bureau.id]]);
    const council = await member(t, "管理会議 委員", null, [["security_council", null]]);
    const chief = await member(t, "情報統括監理者", null, [["information_chief", null]]);

    const created = await ok<Json>(
      await (await client(t, staff)).post("/api/incidents", {
        summary: "不審なメールの添付ファイルを開いた",
        details: "脅威の疑いがあります。",
        occurredAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
      }),
      201,
    );
    const step = (view: Json, n: number) => view.escalations.find((e: Json) => e.step === n);
    const holders = (s: Json) => (s.targets as Json[]).map((x) => x.personId);

    // Step 1 acknowledged by the 情報管理責任者 → step 2, the 局's 情報セキュリティ責任者 (第2章8(3)ア).
    let view = await ok<Json>(
      await (await client(t, infoManager)).post(`/api/incidents/${created.id}/acknowledge`, {}),
    );
    expect(step(view, 2)).toMatchObject({ status: "pending", clause: "kawasaki:基準/第2章/8/(3)/ア" });
    expect(holders(step(view, 2))).toEqual([bureauHead.personId]);

    // → step 3, the CSIRT, which investigates with the department (第11章2).
    view = await ok<Json>(
      await (await client(t, bureauHead)).post(`/api/incidents/${created.id}/acknowledge`, {}),
    );
    expect(step(view, 3)).toMatchObject({ status: "pending", clause: "kawasaki:基準/第11章/2" });
    expect(holders(step(view, 3))).toContain(council.personId);

    // → step 4, the 情報統括監理者 (CISO), told of what was found (第11章2).
    view = await ok<Json>(
      await (await client(t, council)).post(`/api/incidents/${created.id}/acknowledge`, {}),
    );
    expect(step(view, 4)).toMatchObject({ status: "pending", clause: "kawasaki:基準/第11章/2" });
    expect(holders(step(view, 4))).toContain(chief.personId);
  });
});

describe("川崎市 基準 第8章8(6)ウ 記録の保存: an attack that may be a crime — the police among the outside bodies", () => {
  it("the CSIRT (情報セキュリティ管理会議) records the report to the police (when, reference), or why not; staff cannot", async () => {
    const db = t.database.db;
    const dept = await makeDepartment(db, { name: "情報システム課" });
    const staff = await member(t, "システム 職員", dept.id, [["information_user", dept.id]]);
    const council = await member(t, "管理会議 委員", dept.id, [["security_council", null]]);
    const created = await ok<Json>(
      await (await client(t, staff)).post("/api/incidents", {
        summary: "公開サーバへの不正アクセス",
        details: "外部から管理画面へのログイン試行が続いています。",
        occurredAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
      }),
      201,
    );
    const csirt = await client(t, council);
    let view = await ok<Json>(await csirt.get(`/api/incidents/${created.id}`));
    const police = (view.outsideReports as Json[]).find((o) => o.bodyKey === "police");
    expect(police).toMatchObject({ clause: "kawasaki:基準/第8章/8/(6)/ウ" });
    expect(
      (
        await (
          await client(t, staff)
        ).put(`/api/incidents/${created.id}/outside-reports/police`, {
          decision: "report",
          sentOn: "2026-04-02",
        })
      ).status,
    ).toBe(403);
    expect(
      (await csirt.put(`/api/incidents/${created.id}/outside-reports/police`, { decision: "not_report" }))
        .status,
    ).toBe(400);
    view = await ok<Json>(
      await csirt.put(`/api/incidents/${created.id}/outside-reports/police`, {
        decision: "report",
        sentOn: "2026-04-02",
        referenceNumber: "神奈川県警 サイバー 123",
      }),
    );
    expect((view.outsideReports as Json[]).find((o) => o.bodyKey === "police")).toMatchObject({
      decision: "report",
      sentOn: "2026-04-02",
      referenceNumber: "神奈川県警 サイバー 123",
    });
  });
});
