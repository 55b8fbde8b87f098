import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

// 川崎市 基準 第5章2 規程等の周知, read against the documents routes (issue #13, per-clause record):
// 「情報管理責任者及び情報システム利用責任者は職員が常に規程及び本基準等を確認できるように常備しなければ
// ならない」 — the 基準 in force is published to everyone: any 職員 of any 課 finds it in the list and reads
// the version in force, while a draft is not shown to them.

let k: TestApp;
let chief: AuthedClient;
let staff: AuthedClient;
let otherStaff: AuthedClient;
// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies in tests
const json = async (r: Response) => (await r.json()) as any;

async function mk(roles: Array<[string, string | null]>, dept: string): Promise<AuthedClient> {
  const u = await makeUser(k.database.db, { departmentId: dept, roles });
  return authed(k, await signIn(k, u.user.loginId, u.password));
}

beforeAll(async () => {
  k = await createTestApp({ profileId: "kawasaki" });
  const d1 = (await makeDepartment(k.database.db, { name: "情報管理課" })).id;
  const d2 = (await makeDepartment(k.database.db, { name: "市民課" })).id;
  chief = await mk([["information_chief", null]], d1);
  staff = await mk([["information_user", d1]], d1);
  otherStaff = await mk([["information_user", d2]], d2);
}, 120_000);

afterAll(async () => {
  await k?.close();
});

describe("川崎市 基準 第5章2 規程等の周知: 職員が常に本基準等を確認できる", () => {
  it("the 基準 in force is in every 職員's list and readable by staff of any 課; a draft version is not shown to them", async () => {
    const res = await chief.post("/api/documents", {
      kind: "standards",
      title: "川崎市情報セキュリティ基準",
      audience: { everyone: true },
    });
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id as string;
    expect(
      (await chief.post(`/api/documents/${id}/versions`, { text: "第1章 総則\n第2章 組織体制" })).status,
    ).toBe(201);
    // Before approval and publication, staff read no version of it.
    expect((await staff.get(`/api/documents/${id}/versions/1`)).status).not.toBe(200);
    expect(
      (
        await chief.post(`/api/documents/${id}/versions/1/approve`, {
          effectiveOn: "2026-04-01",
          overrideReason: "情報統括監理者は一人のため",
        })
      ).status,
    ).toBe(200);
    expect((await chief.post(`/api/documents/${id}/versions/1/publish`)).status).toBe(200);
    for (const reader of [staff, otherStaff]) {
      const list = (await json(await reader.get("/api/documents"))).data as Array<{ id: string }>;
      expect(list.map((d) => d.id)).toContain(id);
      const version = await reader.get(`/api/documents/${id}/versions/1`);
      expect(version.status).toBe(200);
      expect(JSON.stringify(await json(version))).toContain("第2章 組織体制");
    }
    // A second version being drafted does not hide the one in force.
    expect((await chief.post(`/api/documents/${id}/versions`, { text: "第1章 総則（改）" })).status).toBe(
      201,
    );
    expect((await otherStaff.get(`/api/documents/${id}/versions/1`)).status).toBe(200);
    expect((await otherStaff.get(`/api/documents/${id}/versions/2`)).status).not.toBe(200);
  });
});
