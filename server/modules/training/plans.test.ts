// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

const json = async (res: Response) => (await res.json()) as { data: any; error?: any; policies?: any };

async function user(
  t: TestApp,
  roles: Array<[string, string | null]>,
  departmentId: string | null,
): Promise<AuthedClient> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

const course = (planId: string) => ({
  planId,
  title: "情報セキュリティ研修（全職員）",
  delivery: "classroom",
  audience: { kind: "everyone" },
});

describe("西原村: the committee approves the yearly plan (対策基準 6.2(2)①)", () => {
  let t: TestApp;
  let ciso: AuthedClient, committee: AuthedClient, staff: AuthedClient;
  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    const dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
    ciso = await user(t, [["ciso", null]], dept);
    committee = await user(t, [["committee", null]], dept);
    staff = await user(t, [], dept);
  });
  afterAll(async () => t.close());

  it("the CISO drafts and submits; only the committee approves; the plan takes effect only after approval", async () => {
    expect((await staff.post("/api/training/plans", { fiscalYear: 2026, title: "x" })).status).toBe(403);
    const plan = (
      await json(await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }))
    ).data;
    expect(plan.status).toBe("draft");
    const dup = await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "重複" });
    expect(dup.status).toBe(409);
    expect((await json(dup)).error.fields.fiscalYear.message_ja).toMatch(/作成済み/);

    const empty = await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" });
    expect((await json(empty)).error.code).toBe("plan_without_courses");
    const c = await ciso.post("/api/training/courses", course(plan.id));
    expect(c.status).toBe(201);
    expect((await json(c)).data.dueDate).toBe("2027-03-31");
    expect((await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" })).status).toBe(
      200,
    );

    const early = await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" });
    expect(early.status).toBe(409);
    expect((await json(early)).error.fields.action.message_ja).toContain("nishihara:対策基準/6.2/(2)/①");
    expect((await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" })).status).toBe(
      403,
    );
    expect((await staff.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" })).status).toBe(
      403,
    );

    const approved = await committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" });
    expect(approved.status).toBe(200);
    expect((await json(approved)).data).toMatchObject({
      status: "approved",
      approvalClause: "nishihara:対策基準/6.2/(2)/①",
    });
    expect((await ciso.post("/api/training/courses", course(plan.id))).status).toBe(409);
    const eff = await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" });
    expect((await json(eff)).data.status).toBe("in_effect");

    const seen = (await json(await staff.get(`/api/training/plans/${plan.id}`))).data;
    expect(seen.courses).toHaveLength(1);
    expect(seen.approvedBy).toBeTruthy();
    expect(seen.policies).toMatchObject({ read: true, manage: false, approve: false });
  });

  it("a CISO who sits on the committee does not approve the plan they drafted (兼務の禁止, #12)", async () => {
    const both = await user(
      t,
      [
        ["ciso", null],
        ["committee", null],
      ],
      null,
    );
    const plan = (
      await json(await both.post("/api/training/plans", { fiscalYear: 2027, title: "令和9年度 研修計画" }))
    ).data;
    expect((await both.post("/api/training/courses", course(plan.id))).status).toBe(201);
    expect((await both.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" })).status).toBe(
      200,
    );
    const own = await both.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" });
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    // Another member of the committee can: a reason does not make it the drafter's to approve.
    const withReason = await both.post(`/api/training/plans/${plan.id}/actions`, {
      action: "approve",
      overrideReason: "委員会の開催が間に合わないため",
    });
    expect((await json(withReason)).error.code).toBe("others_can_decide");
    const ok = await committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" });
    expect((await json(ok)).data.status).toBe("approved");
  });

  it("bad input is refused with the field named in Japanese and English", async () => {
    const res = await ciso.post("/api/training/courses", {
      planId: "not-a-uuid",
      title: "",
      delivery: "lecture",
      audience: { kind: "roles", roleKeys: [] },
    });
    expect(res.status).toBe(400);
    const fields = (await json(res)).error.fields;
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(["planId", "title", "delivery", "audience.roleKeys"]),
    );
    expect(fields.delivery.message_ja).toMatch(/実施方法/);
  });
});

describe("川崎市: no approval of the plan (基準 第5章3; the 管理会議 deliberates, 第2章2(2))", () => {
  let t: TestApp;
  let supervisor: AuthedClient, chief: AuthedClient;
  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    const dept = (await makeDepartment(t.database.db, { name: "情報管理課" })).id;
    supervisor = await user(t, [["information_supervisor", null]], dept);
    chief = await user(t, [["information_chief", null]], dept);
  });
  afterAll(async () => t.close());

  it("the 情報監理者 submits and puts the plan in effect; approval does not exist", async () => {
    const plan = (
      await json(
        await supervisor.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }),
      )
    ).data;
    await supervisor.post("/api/training/courses", { ...course(plan.id), delivery: "elearning" });
    await supervisor.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" });
    const approve = await chief.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" });
    expect(approve.status).toBe(403);
    const list = (await json(await supervisor.get("/api/training/plans"))).data;
    expect(list.rules.plan_approval).toBeUndefined();
    expect(list.rules.deliberated_by.clause).toBe("kawasaki:基準/第2章/2/(2)");
    const eff = await supervisor.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" });
    expect(eff.status).toBe(200);
    expect((await json(eff)).data).toMatchObject({ status: "in_effect", approvedAt: null });
  });

  it("第5章3(1)(2): the 情報監理者 plans and holds the training and carries no plan-approval duty (the text has no plan approval)", async () => {
    const { duties } = (
      (await (await supervisor.get("/api/auth/me")).json()) as { user: { duties: string[] } }
    ).user;
    expect(duties).toContain("manage_network");
    expect(duties).not.toContain("approve_training_plan");
    const profile = t.deps.profile();
    expect(profile.roles.some((r) => r.duties.includes("approve_training_plan"))).toBe(false);
    for (const key of ["training", "new_hire_training"])
      expect(profile.cycles.find((c) => c.key === key)?.owner_duty).toBe("manage_network");
  });
});
