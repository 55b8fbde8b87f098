// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * The list of 同意書 (西原村 6.1(2)②: the 課長 asks 会計年度任用・臨時的任用 staff as needed): per 課,
 * who signed which version, who is asked and still to sign, who is not asked — for the 課長 their
 * 課 only, for the CISO every 課, for staff nothing.
 */
let t: TestApp;
let ciso: AuthedClient, headA: AuthedClient, staffA: AuthedClient;
let deptA: string, deptB: string;
let signer: string, waiting: string, notAsked: string, regular: string, inB: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "総務課" })).id;
  deptB = (await makeDepartment(db, { name: "住民課" })).id;
  ciso = await user([["ciso", null]], deptB);
  headA = await user([["security_system_manager", deptA]], deptA);
  staffA = await user([], deptA);
  const person = async (name: string, departmentId: string, employmentType = "fiscal_year") =>
    (await makePerson(db, { name, departmentId, employmentType: employmentType as "fiscal_year" })).id;
  signer = await person("会計 署名", deptA);
  waiting = await person("臨時 未署名", deptA, "temporary");
  notAsked = await person("会計 未依頼", deptA);
  regular = await person("正規 職員", deptA, "regular");
  inB = await person("住民 会計", deptB);
  const ask = async (personId: string) =>
    (await json(await headA.post("/api/training/consents", { personId }))).data.id as string;
  const signed = await ask(signer);
  expect((await headA.post(`/api/training/consents/${signed}/sign`, { method: "paper" })).status).toBe(200);
  await ask(waiting);
}, 120_000);
afterAll(async () => t.close());

describe("GET /api/training/consents", () => {
  it("the 課長 sees their 課: signed, asked and not signed, not asked — regular staff are not listed", async () => {
    const res = await headA.get("/api/training/consents");
    expect(res.status).toBe(200);
    const { data } = await json(res);
    expect(data.rule.clause).toBe("nishihara:対策基準/6.1/(2)/②");
    expect(data.rule.textVersion).toMatch(/^nishihara:[0-9a-f]{12}$/);
    const by = new Map(data.people.map((p: any) => [p.personId, p]));
    expect((by.get(signer) as any).standing).toBe("signed");
    expect((by.get(signer) as any).consents[0]).toMatchObject({ signedMethod: "paper", current: true });
    expect((by.get(waiting) as any).standing).toBe("pending");
    expect((by.get(notAsked) as any).standing).toBe("not_requested");
    expect((by.get(notAsked) as any).standingLabel.ja).toBe("未依頼");
    expect(by.has(regular)).toBe(false);
    // Another 課's people are not the 課長's.
    expect(by.has(inB)).toBe(false);
    expect(data.units).toEqual([
      { departmentId: deptA, departmentName: "総務課", eligible: 3, signed: 1, pending: 1, notRequested: 1 },
    ]);
  });

  it("filters by standing; the CISO sees every 課; another 課 is refused to the 課長; staff see nothing", async () => {
    const pending = (await json(await headA.get("/api/training/consents?standing=pending"))).data.people;
    expect(pending.map((p: any) => p.personId)).toEqual([waiting]);
    const all = (await json(await ciso.get("/api/training/consents"))).data;
    expect(all.people.map((p: any) => p.personId)).toEqual(expect.arrayContaining([signer, inB]));
    expect(all.units.map((u: any) => u.departmentName).sort()).toEqual(["住民課", "総務課"].sort());
    const onlyB = (await json(await ciso.get(`/api/training/consents?departmentId=${deptB}`))).data.people;
    expect(onlyB.map((p: any) => p.personId)).toEqual([inB]);
    expect((await headA.get(`/api/training/consents?departmentId=${deptB}`)).status).toBe(403);
    expect((await staffA.get("/api/training/consents")).status).toBe(403);
    const bad = await ciso.get("/api/training/consents?standing=late");
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.standing).toBeDefined();
  });
});
