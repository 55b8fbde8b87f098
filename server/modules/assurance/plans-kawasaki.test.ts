// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { json, signedIn, type U } from "./test-helpers";

/** 改善計画 under 川崎市 (基準 第12章8): the 情報管理責任者 makes it, the 局's 情報セキュリティ責任者 approves. */
let t: TestApp;
let manager: U, bureauHead: U, otherHead: U;
let dept: string;
const rows = async (q: ReturnType<typeof sql>) => ((await t.database.db.execute(q)) as any).rows;

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const bureau = (await makeDepartment(t.database.db, { kind: "bureau", name: "こども未来局" })).id;
  const other = (await makeDepartment(t.database.db, { kind: "bureau", name: "環境局" })).id;
  dept = (await makeDepartment(t.database.db, { parentId: bureau, name: "保育課" })).id;
  manager = await signedIn(t, [["information_manager", dept]], dept);
  bureauHead = await signedIn(t, [["bureau_security_head", bureau]], bureau);
  otherHead = await signedIn(t, [["bureau_security_head", other]], other);
}, 120_000);
afterAll(async () => t.close());

describe("川崎市 基準 第12章8 改善計画: 情報セキュリティ責任者の承認を得て改善を行う", () => {
  it("the 情報管理責任者 makes and submits it; the head of another 局 and its author may not approve; the 局's head does", async () => {
    const [f] = await rows(sql`
      insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, due_date, state, created_at, updated_at)
      values ('kawasaki', 'answer', 'kawasaki:基準/第12章/4/(1)', ${dept}, '台帳の未更新', 'medium', '2026-09-30', 'open', now(), now())
      returning id`);
    const res = await manager.client.post("/api/assurance/improvement-plans", {
      title: "保育課の改善計画",
      description: "台帳の更新",
      departmentId: dept,
      findingIds: [f.id],
    });
    expect(res.status).toBe(201);
    const plan = (await json(res)).data;
    expect(plan).toMatchObject({ status: "draft", approverDuty: "inspect_bureau" });
    expect((await manager.client.post(`/api/assurance/improvement-plans/${plan.id}/submit`)).status).toBe(
      200,
    );
    const decide = (u: U) =>
      u.client.post(`/api/assurance/improvement-plans/${plan.id}/decision`, { decision: "approve" });
    expect((await decide(manager)).status).toBe(403);
    expect([403, 404]).toContain((await decide(otherHead)).status);
    expect((await decide(bureauHead)).status).toBe(200);
    const view = (await json(await manager.client.get(`/api/assurance/improvement-plans/${plan.id}`))).data;
    expect(view).toMatchObject({ status: "approved", decidedByPersonId: bureauHead.personId });
    expect(view.rule.clause).toBe("kawasaki:基準/第12章/8");
  });
});
