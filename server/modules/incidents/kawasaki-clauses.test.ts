/**
 * 川崎市 基準 第9章7(2) and 第11章3, read against the incidents routes (issue #13, per-clause record).
 * - 第9章7(2) ウィルス発見時の対処: 「…ネットワークから切断する等の措置を講じ、速やかに情報管理責任者に連絡
 *   する」 — the report reaches the reporter's 情報管理責任者 when it is made (step 1, in the report's
 *   transaction). Unplugging the terminal is the staff member's act, not Sekimori's.
 * - 第11章3 再発防止の措置: the measures decided with the CSIRT are recorded when the case closes, each
 *   with its owner (here the 情報管理責任者) and due date, and stay tracked after closing until done.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { client, eventsOf, type Json, type Member, member, ok } from "./test-helpers";

let t: TestApp;
let staff: Member, infoManager: Member, otherManager: Member, council: Member;

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const bureau = await makeDepartment(db, { kind: "bureau", name: "財政局" });
  const dept = await makeDepartment(db, { parentId: bureau.id, name: "税制課" });
  const other = await makeDepartment(db, { parentId: bureau.id, name: "資産管理課" });
  staff = await member(t, "税制 職員", dept.id, [["information_user", dept.id]]);
  infoManager = await member(t, "税制 課長", dept.id, [["information_manager", dept.id]]);
  otherManager = await member(t, "資産 課長", other.id, [["information_manager", other.id]]);
  council = await member(t, "管理会議 委員", null, [["security_council", null]]);
}, 180_000);
afterAll(async () => t?.close());

const report = async (summary: string) =>
  ok<Json>(
    await (await client(t, staff)).post("/api/incidents", {
      summary,
      details: "LANケーブルを抜いて切断しました。",
      occurredAt: new Date(t.clock.now.getTime() - 60_000).toISOString(),
    }),
    201,
  );

describe("川崎市 基準 第9章7(2) ウィルス発見時の対処: 速やかに情報管理責任者に連絡する", () => {
  it("the report tells the reporter's 情報管理責任者 at the moment it is made; another 課's is not told", async () => {
    const created = await report("ウイルス対策ソフトが警告を表示した");
    const view = await ok<Json>(await (await client(t, infoManager)).get(`/api/incidents/${created.id}`));
    const first = view.escalations[0];
    expect(first).toMatchObject({ step: 1, status: "pending", clause: "kawasaki:基準/第2章/8/(2)/ア" });
    expect(new Date(first.notifiedAt).getTime()).toBe(t.clock.now.getTime());
    const targets = (first.targets as Json[]).map((x) => x.personId);
    expect(targets).toContain(infoManager.personId);
    expect(targets).not.toContain(otherManager.personId);
    expect((await (await client(t, otherManager)).get(`/api/incidents/${created.id}`)).status).toBe(404);
  });
});

describe("川崎市 基準 第11章3 再発防止の措置", () => {
  it("the case closes with its cause and the measures, each owned by the 情報管理責任者 with a due date; they stay open after closing until recorded done", async () => {
    const created = await report("端末がマルウェアに感染した");
    const csirt = await client(t, council);
    await ok(
      await csirt.post(`/api/incidents/${created.id}/triage`, {
        decision: "incident",
        severity: "medium",
        category: "malware",
      }),
    );
    const noMeasure = await csirt.post(`/api/incidents/${created.id}/close`, {
      cause: "添付ファイルの開封",
      measures: "端末の初期化",
      preventionActions: [],
    });
    expect(noMeasure.status).toBe(400);
    const closed = await ok<Json>(
      await csirt.post(`/api/incidents/${created.id}/close`, {
        cause: "添付ファイルの開封",
        measures: "端末の初期化",
        preventionActions: [
          {
            title: "課内で標的型メールの注意喚起を行う",
            ownerPersonId: infoManager.personId,
            dueDate: "2026-04-30",
          },
        ],
      }),
    );
    expect(closed.stage).toBe("closed");
    const action = closed.preventionActions[0];
    expect(action).toMatchObject({
      title: "課内で標的型メールの注意喚起を行う",
      status: "open",
      dueDate: "2026-04-30",
    });
    const done = await csirt.post(`/api/incidents/${created.id}/prevention-actions/${action.id}/done`, {
      result: "4月20日の課内会議で周知した",
    });
    expect(done.status).toBe(200);
    expect((await eventsOf(t, "incident.prevention_done")).some((e) => e.targetId === created.id)).toBe(true);
    const after = await ok<Json>(await csirt.get(`/api/incidents/${created.id}`));
    expect(after.preventionActions[0].status).toBe("done");
  });
});
