// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * 西原村 対策基準 6.2(1) and 6.2(4), read against the training routes (issue #13, per-clause record):
 * the CISO holds the training every 年度 through the approved plan, and every 職員等 — the 幹部
 * included — is in the audience and is listed when they have not attended.
 */
let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, head: AuthedClient, staff: AuthedClient;
let headId: string, staffId: string, cisoId: string;
let session: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), id: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "総務課" })).id;
  const office = (await makeDepartment(db, { name: "企画商工課" })).id;
  const c = await user([["ciso", null]], office);
  ciso = c.client;
  cisoId = c.id;
  committee = (await user([["committee", null]], office)).client;
  const h = await user([["security_system_manager", dept]], dept);
  head = h.client;
  headId = h.id;
  const s = await user([], dept);
  staff = s.client;
  staffId = s.id;
}, 120_000);
afterAll(async () => t?.close());

describe("西原村 対策基準 6.2(1) CISO は定期的に研修・訓練を実施する", () => {
  it("the CISO plans the 年度's training and holds its sessions once the committee approved the plan; staff and a 課長 may not plan or hold it", async () => {
    expect(
      (await staff.post("/api/training/plans", { fiscalYear: 2025, title: "職員の研修計画" })).status,
    ).toBe(403);
    expect(
      (await head.post("/api/training/plans", { fiscalYear: 2025, title: "課長の研修計画" })).status,
    ).toBe(403);
    const planRes = await ciso.post("/api/training/plans", { fiscalYear: 2025, title: "令和7年度 研修計画" });
    expect(planRes.status).toBe(201);
    const plan = (await json(planRes)).data;
    const courseRes = await ciso.post("/api/training/courses", {
      planId: plan.id,
      title: "情報セキュリティ基礎研修",
      delivery: "classroom",
      audience: { kind: "everyone" },
    });
    expect(courseRes.status).toBe(201);
    const course = (await json(courseRes)).data.id;
    expect((await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" })).status).toBe(
      200,
    );
    expect(
      (await committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" })).status,
    ).toBe(200);
    const effect = await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" });
    expect((await json(effect)).data.status).toBe("in_effect");
    expect(
      (
        await staff.post("/api/training/sessions", {
          courseId: course,
          heldOn: "2025-10-01",
          place: "大会議室",
        })
      ).status,
    ).toBe(403);
    const held = await ciso.post("/api/training/sessions", {
      courseId: course,
      heldOn: "2025-10-01",
      place: "役場2階 大会議室",
    });
    expect(held.status).toBe(201);
    session = (await json(held)).data.id;
    // Staff read the plan in force, with the session it holds.
    const seen = (await json(await staff.get(`/api/training/plans/${plan.id}`))).data;
    expect(seen.status).toBe("in_effect");
    expect(seen.courses.map((x: any) => x.title)).toEqual(["情報セキュリティ基礎研修"]);
  });
});

describe("西原村 対策基準 6.2(4) 幹部を含めたすべての職員等は研修に参加する", () => {
  it("the course for everyone counts the 課長 and the CISO too; after the 年度 whoever did not attend — 幹部 included — is listed overdue", async () => {
    // The staff member attends (recorded by themself); the 課長 and the CISO do not.
    const self = await staff.post("/api/training/attendance", { sessionId: session, personIds: [staffId] });
    expect(self.status).toBe(200);
    const overdue = (await json(await ciso.get("/api/training/overdue?fiscalYear=2025&asOf=2026-04-01"))).data
      .overdue;
    const ids = overdue.map((o: any) => o.personId);
    expect(ids).toContain(headId);
    expect(ids).toContain(cisoId);
    expect(ids).not.toContain(staffId);
    expect(overdue.find((o: any) => o.personId === headId).courseTitle).toBe("情報セキュリティ基礎研修");
  });
});
