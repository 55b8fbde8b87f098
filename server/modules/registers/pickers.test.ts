// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "../../db/schema";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * The register forms choose the medium, the person, the second person and the escort with
 * searchable pickers over GET /api/assets?kind=medium&q=… and GET /api/people?q=…; what a picker
 * gives (the row's id) is what the register accepts, and the register shows the chosen names.
 */
let t: TestApp;
let deptA: string;
let recorder: { client: AuthedClient; personId: string };
const json = async (res: Response) => (await res.json()) as any;

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  deptA = (await makeDepartment(t.database.db, { name: "情報政策課" })).id;
  const u = await makeUser(t.database.db, { departmentId: deptA, name: "記録 太郎" });
  recorder = { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
  await makeUser(t.database.db, { departmentId: deptA, name: "確認 花子" });
  await t.database.db.insert(assets).values([
    { assetNumber: "PK-M-1", name: "貸出用USBメモリ青", kind: "medium", departmentId: deptA },
    { assetNumber: "PK-D-1", name: "貸出用USBメモリ青の手順書", kind: "document", departmentId: deptA },
  ]);
});
afterAll(async () => t.close());

describe("register pickers use the list endpoints' ids", () => {
  it("a medium found by kind=medium&q is lent; people found by q are the second person and the escort", async () => {
    const media = await json(await recorder.client.get("/api/assets?kind=medium&q=USBメモリ青"));
    expect(media.items.map((a: any) => a.assetNumber)).toEqual(["PK-M-1"]);
    const people = await json(await recorder.client.get(`/api/people?q=${encodeURIComponent("確認")}`));
    const second = people.items.find((p: any) => p.name === "確認 花子");
    expect(second).toBeTruthy();

    const lent = await recorder.client.post("/api/registers/media_loan_log", {
      entryType: "lend",
      occurredAt: "2026-04-01T09:00:00+09:00",
      personId: recorder.personId,
      assetId: media.items[0].id,
      data: { dueAt: "2026-04-01T17:00:00+09:00", purpose: "会議資料" },
    });
    expect(lent.status).toBe(201);
    const unreturned = await json(await recorder.client.get("/api/registers/media_loan_log/unreturned"));
    expect(unreturned.data.map((r: any) => r.asset_label).join()).toContain("PK-M-1");

    const work = await recorder.client.post("/api/registers/work_log", {
      entryType: "record",
      occurredAt: "2026-04-01T09:00:00+09:00",
      personId: recorder.personId,
      data: { system: "住記", work: "設定変更", secondPersonId: second.id },
    });
    expect(work.status).toBe(201);
    const works = await json(await recorder.client.get("/api/registers/work_log"));
    expect(works.data[0].data).toMatchObject({ secondPersonId: second.id, secondPersonName: "確認 花子" });

    const entered = await recorder.client.post("/api/registers/area_access_log", {
      entryType: "in",
      occurredAt: "2026-04-01T09:00:00+09:00",
      personId: null,
      data: { area: "サーバ室", visitorName: "保守業者", purpose: "保守", escortPersonId: second.id },
    });
    expect(entered.status).toBe(201);
    const log = await json(await recorder.client.get("/api/registers/area_access_log"));
    expect(log.data[0].data).toMatchObject({ escortPersonId: second.id, escortName: "確認 花子" });

    // Without a person, a person-required register names the field the picker fills.
    const none = await recorder.client.post("/api/registers/failure_log", {
      entryType: "record",
      occurredAt: "2026-04-01T09:00:00+09:00",
      data: { system: "財務", symptom: "停止", action: "再起動" },
    });
    expect(none.status).toBe(400);
    expect(Object.keys((await json(none)).error.fields)).toContain("personId");
  });
});
