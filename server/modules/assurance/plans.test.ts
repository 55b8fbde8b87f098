// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests

import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { remindToday, sendReminders } from "./commands/reminders";
import { json, shapedGet, signedIn, type U } from "./test-helpers";

/** 改善計画 (西原村 2(5)②: approved by the committee) and the reminders of deadlines. */
let t: TestApp;
let office: U, headA: U, committee: U, staffB: U;
let deptA: string, deptB: string;
const rows = async (q: ReturnType<typeof sql>) => ((await t.database.db.execute(q)) as any).rows;

async function finding(departmentId: string, due: string, owner: string | null = null): Promise<string> {
  const [row] = await rows(sql`
    insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, owner_person_id, due_date, state, created_at, updated_at)
    values ('nishihara', 'answer', 'nishihara:対策基準/10.2/(1)/②', ${departmentId}, 'パスワードの掲示', 'medium', ${owner}, ${due}, 'open', now(), now())
    returning id`);
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  deptA = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  deptB = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  office = await signedIn(t, [["network_administrator", null]], deptA);
  headA = await signedIn(t, [["security_system_manager", deptA]], deptA);
  committee = await signedIn(t, [["committee", null]], null);
  staffB = await signedIn(t, [], deptB);
}, 120_000);
afterAll(async () => t.close());

describe("improvement plans (2(5)②)", () => {
  let planId: string;
  let f1: string;
  it("the 課長 groups the 課's findings; another 課's finding or a second plan is refused, nothing written", async () => {
    f1 = await finding(deptA, "2026-06-30");
    const other = await finding(deptB, "2026-06-30");
    const body = { title: "総務課の改善計画", description: "掲示物の撤去と周知", departmentId: deptA };
    const wrong = await headA.client.post("/api/assurance/improvement-plans", {
      ...body,
      findingIds: [f1, other],
    });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.fields["findingIds.1"]).toBeDefined();
    expect(await rows(sql`select id from assurance_improvement_plans`)).toHaveLength(0);
    expect(
      (await staffB.client.post("/api/assurance/improvement-plans", { ...body, findingIds: [other] })).status,
    ).toBe(403);
    const res = await headA.client.post("/api/assurance/improvement-plans", { ...body, findingIds: [f1] });
    expect(res.status).toBe(201);
    const plan = (await json(res)).data;
    planId = plan.id;
    expect(plan).toMatchObject({ status: "draft", approverDuty: "committee_member" });
    const again = await office.client.post("/api/assurance/improvement-plans", { ...body, findingIds: [f1] });
    expect(again.status).toBe(400);
  });

  it("is submitted to the committee, who is told; the author may not approve it; the committee approves", async () => {
    expect(
      (
        await committee.client.post(`/api/assurance/improvement-plans/${planId}/decision`, {
          decision: "approve",
        })
      ).status,
    ).toBe(403);
    expect((await headA.client.post(`/api/assurance/improvement-plans/${planId}/submit`)).status).toBe(200);
    const told = await rows(
      sql`select person_id from notifications where module = 'assurance' and kind = 'plan_submitted'`,
    );
    expect(told.map((r: any) => r.person_id)).toEqual([committee.personId]);
    expect(
      (
        await headA.client.post(`/api/assurance/improvement-plans/${planId}/decision`, {
          decision: "approve",
        })
      ).status,
    ).toBe(403);
    const bad = await committee.client.post(`/api/assurance/improvement-plans/${planId}/decision`, {
      decision: "maybe",
    });
    expect(bad.status).toBe(400);
    const ok = await committee.client.post(`/api/assurance/improvement-plans/${planId}/decision`, {
      decision: "approve",
      note: "3月末までに完了を報告すること",
    });
    expect(ok.status).toBe(200);
    const view = await shapedGet(
      t,
      "/api/assurance/improvement-plans/{id}",
      await headA.client.get(`/api/assurance/improvement-plans/${planId}`),
    );
    const list = await shapedGet(
      t,
      "/api/assurance/improvement-plans",
      await headA.client.get("/api/assurance/improvement-plans"),
    );
    expect(list.data.plans.map((p: any) => p.id)).toContain(planId);
    expect(view.data).toMatchObject({ status: "approved", decidedByPersonId: committee.personId });
    expect(view.data.findings.map((f: any) => f.id)).toEqual([f1]);
    expect(view.data.rule.clause).toBe("nishihara:対策基準/2/(5)/②");
    expect((await staffB.client.get(`/api/assurance/improvement-plans/${planId}`)).status).toBe(404);
    const events = await rows(
      sql`select type from audit_events where type like 'assurance.plan_%' order by seq`,
    );
    expect(events.map((e: any) => e.type)).toEqual([
      "assurance.plan_created",
      "assurance.plan_submitted",
      "assurance.plan_decided",
    ]);
  });
});

describe("reminders", () => {
  it("the rhythm: 7 and 1 days before, the day after, then weekly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (late) => remindToday(-late) === (late % 7 === 1)),
    );
    expect([10, 7, 3, 1, 0].map((d) => remindToday(d))).toEqual([false, true, false, true, false]);
  });

  it("the 課長 is reminded of the 課's sheet and the owner of an overdue finding, once a day at most", async () => {
    await office.client.post("/api/assurance/items/sync");
    expect(
      (await office.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "department" }))
        .status,
    ).toBe(201);
    const f = await finding(deptA, "2027-01-23", headA.personId);
    await t.database.db.execute(sql`delete from notifications`);
    const run = (day: string) =>
      t.database.db.transaction((tx) =>
        sendReminders(tx, t.deps.profile(), new Date(`${day}T08:00:00+09:00`)),
      );
    // The 課 sheets are due 2027-01-31: 7 days before.
    expect(await run("2027-01-24")).toEqual({ sheets: 1, findings: 1 });
    const sent = await rows(sql`select person_id, kind, record_id from notifications order by kind`);
    expect(sent).toEqual([
      { person_id: headA.personId, kind: "finding_overdue", record_id: f },
      expect.objectContaining({ person_id: headA.personId, kind: "sheet_due" }),
    ]);
    expect(await run("2027-01-25")).toEqual({ sheets: 0, findings: 0 });
    expect(await run("2027-02-01")).toEqual({ sheets: 1, findings: 0 });
    expect(await run("2027-02-08")).toEqual({ sheets: 1, findings: 0 });
  });
});
