import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

// 川崎市 基準 第2章5(4)イ through the routes: the 情報管理責任者 asks for the 同意書 on hiring, with
// 川崎市's own text — of 会計年度任用職員, 臨時的任用職員 and 特別職非常勤職員, as the clause names them.
let t: TestApp;
let manager: AuthedClient;
let staff: AuthedClient;
let fiscal: string;
let temporary: string;
let regular: string;
let special: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "市民課" })).id;
  const m = await makeUser(db, { departmentId: dept, roles: [["information_manager", dept]] });
  manager = authed(t, await signIn(t, m.user.loginId, m.password));
  const s = await makeUser(db, { departmentId: dept });
  staff = authed(t, await signIn(t, s.user.loginId, s.password));
  fiscal = (
    await makePerson(db, {
      name: "会計 年度",
      employeeNumber: "K-1",
      departmentId: dept,
      employmentType: "fiscal_year",
    })
  ).id;
  temporary = (
    await makePerson(db, {
      name: "臨時 任用",
      employeeNumber: "K-2",
      departmentId: dept,
      employmentType: "temporary",
    })
  ).id;
  regular = (await makePerson(db, { name: "正規 職員", employeeNumber: "K-3", departmentId: dept })).id;
  special = (
    await makePerson(db, {
      name: "特別 非常勤",
      employeeNumber: "K-4",
      departmentId: dept,
      employmentType: "special_part_time",
    })
  ).id;
}, 120_000);
afterAll(async () => t?.close());

describe("川崎市 基準 第2章5(4)イ 同意書", () => {
  it("the 情報管理責任者 asks 会計年度任用職員 and 臨時的任用職員 for it with the 基準's text; not a regular employee; staff cannot ask", async () => {
    const wrong = await manager.post("/api/training/consents", { personId: regular });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.fields.personId.message_ja).toContain("kawasaki:基準/第2章/5/(4)/イ");
    expect((await staff.post("/api/training/consents", { personId: fiscal })).status).toBe(403);
    for (const personId of [fiscal, temporary]) {
      const asked = await manager.post("/api/training/consents", { personId });
      expect(asked.status).toBe(201);
      const consent = (await json(asked)).data;
      expect(consent.text).toContain("川崎市情報セキュリティ基準等を遵守することに同意します");
      expect(consent.textVersion).toMatch(/^kawasaki:[0-9a-f]{12}$/);
      const paper = await manager.post(`/api/training/consents/${consent.id}/sign`, { method: "paper" });
      expect((await json(paper)).data).toMatchObject({ signedMethod: "paper" });
    }
  });

  it("川崎市 基準 第2章5(4)イ: a 特別職非常勤職員 is asked too — listed among those to ask, asked with the 基準's text, and signs", async () => {
    const list = await manager.get("/api/training/consents");
    expect(list.status).toBe(200);
    const people = JSON.stringify((await json(list)).data);
    expect(people).toContain(special);
    expect(people).not.toContain(regular);
    const asked = await manager.post("/api/training/consents", { personId: special });
    expect(asked.status).toBe(201);
    const consent = (await json(asked)).data;
    expect(consent.text).toContain("川崎市情報セキュリティ基準等を遵守することに同意します");
    const paper = await manager.post(`/api/training/consents/${consent.id}/sign`, { method: "paper" });
    expect((await json(paper)).data).toMatchObject({ signedMethod: "paper" });
  });
});
