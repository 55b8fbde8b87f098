import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

// 川崎市 基準 第8章1, 第10章1(1), 第12章9: which documents the profile makes a kind of, who keeps
// each and who approves it. The procedures are 実施手順, not public (第12章10): another 課 does not
// see them. Reached through the routes, as the 課's 情報管理責任者 and the 情報統括監理者 work.

let k: TestApp;
let d1: string;
let d2: string;
let manager: AuthedClient;
let otherManager: AuthedClient;
let otherStaff: AuthedClient;
let chief: AuthedClient;

const json = async (r: Response) => (await r.json()) as any;

async function mk(roles: Array<[string, string | null]>, dept: string): Promise<AuthedClient> {
  const u = await makeUser(k.database.db, { departmentId: dept, roles });
  return authed(k, await signIn(k, u.user.loginId, u.password));
}

beforeAll(async () => {
  k = await createTestApp({ profileId: "kawasaki" });
  d1 = (await makeDepartment(k.database.db, { name: "情報管理課" })).id;
  d2 = (await makeDepartment(k.database.db, { name: "市民課" })).id;
  manager = await mk([["information_manager", d1]], d1);
  otherManager = await mk([["information_manager", d2]], d2);
  otherStaff = await mk([], d2);
  chief = await mk([["information_chief", null]], d2);
}, 120_000);

afterAll(async () => {
  await k?.close();
});

describe("川崎市 基準 第8章1(1), 第8章1(2)ア・イ, 第8章1(5), 第10章1(1): the 情報管理責任者 keeps the procedures of their system", () => {
  const kinds = [
    ["implementation_guideline", "情報セキュリティ実施要領", "kawasaki:基準/第8章/1/(1)"],
    ["operations_manual", "管理運用手順書", "kawasaki:基準/第8章/1/(2)/ア"],
    ["incident_manual", "障害対応手順書", "kawasaki:基準/第8章/1/(2)/イ"],
    ["user_manual", "情報システム利用手順書", "kawasaki:基準/第8章/1/(5)"],
    ["development_manual", "開発手順書", "kawasaki:基準/第10章/1/(1)"],
  ] as const;
  for (const [kind, title, clause] of kinds)
    it(`${title} (${clause}): kept in the 課 by its 情報管理責任者, not by another 課's, and hidden from other 課 (第12章10)`, async () => {
      const refused = await otherManager.post("/api/documents", {
        kind,
        title,
        departmentId: d1,
        audience: { everyone: false, departments: [d1] },
      });
      expect(refused.status).toBe(403);
      const res = await manager.post("/api/documents", {
        kind,
        title,
        departmentId: d1,
        audience: { everyone: false, departments: [d1] },
      });
      expect(res.status).toBe(201);
      const doc = (await json(res)).data;
      expect(doc.kind).toBe(kind);
      const id = doc.id;
      expect((await manager.post(`/api/documents/${id}/versions`, { text: "1 目的\n2 手順" })).status).toBe(
        201,
      );
      // The only 情報管理責任者 of the 課 approves what they drafted only with the reason (第2章1(11)ア).
      const ok = await manager.post(`/api/documents/${id}/versions/1/approve`, {
        effectiveOn: "2026-04-01",
        overrideReason: "この課の情報管理責任者は一人のため",
      });
      expect(ok.status).toBe(200);
      expect((await json(ok)).data.approvedClause).toBe("kawasaki:基準/第8章/1");
      expect((await manager.post(`/api/documents/${id}/versions/1/publish`)).status).toBe(200);
      // Another 課's 情報管理責任者 approves nothing here.
      expect(
        (await manager.post(`/api/documents/${id}/versions`, { text: "1 目的\n2 手順（改）" })).status,
      ).toBe(201);
      expect(
        (await otherManager.post(`/api/documents/${id}/versions/2/approve`, { effectiveOn: "2026-05-01" }))
          .status,
      ).not.toBe(200);
      expect((await otherStaff.get(`/api/documents/${id}`)).status).toBe(404);
    });
});

describe("川崎市 基準 第11章1(2) 手順の改訂", () => {
  it("the 災害復旧手順書 is revised as a new version, approved by the 情報管理責任者, the earlier one kept", async () => {
    const res = await manager.post("/api/documents", {
      kind: "disaster_recovery",
      title: "基幹システム災害復旧手順書",
      departmentId: d1,
      audience: { everyone: false, departments: [d1] },
    });
    const id = (await json(res)).data.id;
    const reason = { overrideReason: "この課の情報管理責任者は一人のため" };
    await manager.post(`/api/documents/${id}/versions`, { text: "ア 体制" });
    expect(
      (
        await manager.post(`/api/documents/${id}/versions/1/approve`, {
          effectiveOn: "2026-04-01",
          ...reason,
        })
      ).status,
    ).toBe(200);
    expect((await manager.post(`/api/documents/${id}/versions/1/publish`)).status).toBe(200);
    // システム更新時の見直し: a second version, approved under 第11章1.
    expect(
      (await manager.post(`/api/documents/${id}/versions`, { text: "ア 体制\nイ 新システムの代替運用" }))
        .status,
    ).toBe(201);
    const v2 = await manager.post(`/api/documents/${id}/versions/2/approve`, {
      effectiveOn: "2026-10-01",
      ...reason,
    });
    expect(v2.status).toBe(200);
    expect((await json(v2)).data.approvedClause).toBe("kawasaki:基準/第11章/1");
    const versions = (await json(await manager.get(`/api/documents/${id}`))).data.versions as Array<{
      number: number;
    }>;
    expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);
  });
});

describe("川崎市 基準 第12章9 本基準の見直し", () => {
  it("the 情報統括監理者 keeps and approves the 基準, with no review interval invented", async () => {
    expect(
      (
        await manager.post("/api/documents", {
          kind: "standards",
          title: "川崎市情報セキュリティ基準",
          audience: { everyone: true },
        })
      ).status,
    ).toBe(403);
    const res = await chief.post("/api/documents", {
      kind: "standards",
      title: "川崎市情報セキュリティ基準",
      audience: { everyone: true },
    });
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    await chief.post(`/api/documents/${id}/versions`, { text: "第1章 総則" });
    const ok = await chief.post(`/api/documents/${id}/versions/1/approve`, {
      effectiveOn: "2026-04-01",
      overrideReason: "情報統括監理者は一人のため",
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data.approvedClause).toBe("kawasaki:基準/第12章/9");
    // 「必要があると認めた場合」: no fixed interval, so no due date.
    expect((await json(await chief.get(`/api/documents/${id}`))).data.reviewDueOn).toBeNull();
  });
});
