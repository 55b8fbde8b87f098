// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { jobs } from "../../db/schema";
import { JOB_REGISTRY } from "../../job-registry";
import { createWorker } from "../../jobs";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { authed, signIn } from "../../test/session";
import { requests } from "./tables";
import { makeAsset } from "./test-support";

const which = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
});
afterAll(async () => t.close());

const drain = async (w: ReturnType<typeof createWorker>) => {
  let n = 0;
  for (;;) {
    const k = await w.runOnce();
    if (!k) return n;
    n += k;
  }
};

describe(`follow-up jobs (${which}, two workers)`, () => {
  it("an overdue return reminds the requester, then escalates to the approver, once per day across 3/31–4/1", async () => {
    t.clock.now = new Date("2026-03-31T09:00:00+09:00");
    const dept = (await makeDepartment(t.database.db)).id;
    const s = await makeUser(t.database.db, { departmentId: dept });
    const h = await makeUser(t.database.db, {
      departmentId: dept,
      roles: [["security_system_manager", dept]],
    });
    const staff = authed(t, await signIn(t, s.user.loginId, s.password));
    const head = authed(t, await signIn(t, h.user.loginId, h.password));
    const usb = await makeAsset(t.database.db, { departmentId: dept, confidentiality: "2" });
    const c = (await (
      await staff.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: {
          purpose: "年度末の説明会",
          destination: "公民館",
          startsAt: "2026-03-31T09:10:00+09:00",
          returnDueAt: "2026-03-31T17:00:00+09:00",
          encrypted: true,
        },
      })
    ).json()) as any;
    const id = c.data.id;
    await staff.post(`/api/requests/${id}/submit`, {});
    await head.post(`/api/requests/${id}/approve`, {});
    await staff.post(`/api/requests/${id}/start`, {});

    const w1 = createWorker({
      registry: JOB_REGISTRY,
      database: t.database,
      now: () => t.clock.now,
      workerId: "w1",
      onError: () => {},
    });
    const w2 = createWorker({
      registry: JOB_REGISTRY,
      database: t.database,
      now: () => t.clock.now,
      workerId: "w2",
      onError: () => {},
    });
    const kinds = async (kind: string) =>
      (
        await t.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.recordId, id), eq(notifications.kind, kind)))
      ).map((n) => n.personId);

    // 3/31 17:30: due passed → reminder to the requester (both workers race; one runs it).
    t.clock.now = new Date("2026-03-31T17:30:00+09:00");
    await Promise.all([drain(w1), drain(w2)]);
    expect(await kinds("return_overdue")).toEqual([s.person.id]);
    expect(await kinds("return_overdue_escalated")).toEqual([]);
    // 4/1 09:00 (new 年度): still the first overdue day → reminder again, not yet escalated.
    t.clock.now = new Date("2026-04-01T09:00:01+09:00");
    await Promise.all([drain(w1), drain(w2)]);
    expect(await kinds("return_overdue")).toHaveLength(2);
    expect(await kinds("return_overdue_escalated")).toEqual([]);
    // 4/2 09:00: escalated to the approver.
    t.clock.now = new Date("2026-04-02T09:00:01+09:00");
    await Promise.all([drain(w1), drain(w2)]);
    expect(await kinds("return_overdue_escalated")).toEqual([h.person.id]);
    const checks = await t.database.db.select().from(jobs).where(eq(jobs.kind, "requests.return_check"));
    expect(new Set(checks.map((j) => j.uniqueKey)).size).toBe(checks.length);
    expect(checks.filter((j) => j.status === "done")).toHaveLength(3);
    const [row] = await t.database.db.select().from(requests).where(eq(requests.id, id));
    expect(row.overdueNotices).toBe(3);
    const evs = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(evs.map((e) => e.type)).toContain("request.return_overdue_escalated");
  });

  it("an emergency exception is in effect at once, its post-report is due within the profile's days, and it expires", async () => {
    t.clock.now = new Date("2026-03-31T20:00:00+09:00");
    const dept = (await makeDepartment(t.database.db)).id;
    const m = await makeUser(t.database.db, {
      departmentId: dept,
      roles: [["security_system_manager", dept]],
    });
    const ciso = await makeUser(t.database.db, { roles: [["ciso", null]] });
    const mgr = authed(t, await signIn(t, m.user.loginId, m.password));
    const c = (await (
      await mgr.post("/api/requests", {
        kind: "exception",
        assetIds: [],
        fields: {
          rule: "7.1(17) ソフトウェア導入の許可",
          reason: "障害復旧のため夜間に緊急でツールを導入",
          measures: "作業後に削除",
          startsAt: "2026-03-31",
          endsAt: "2026-04-02",
          emergency: true,
        },
      })
    ).json()) as any;
    const s = (await (await mgr.post(`/api/requests/${c.data.id}/submit`, {})).json()) as any;
    expect(s.data.status).toBe("in_effect");
    // 8.4(2) 事後速やかに: due_days 1 → end of 4/1 JST.
    expect(new Date(s.data.postReportDueAt).toISOString()).toBe("2026-04-01T14:59:59.999Z");
    const w = createWorker({
      database: t.database,
      registry: JOB_REGISTRY,
      now: () => t.clock.now,
      onError: () => {},
    });
    t.clock.now = new Date("2026-04-02T00:30:00+09:00");
    await drain(w);
    const overdue = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recordId, c.data.id), eq(notifications.kind, "post_report_overdue")));
    expect(overdue.map((n) => n.personId).sort()).toEqual([m.person.id, ciso.person.id].sort());
    t.clock.now = new Date("2026-04-03T00:30:00+09:00");
    await drain(w);
    const [row] = await t.database.db.select().from(requests).where(eq(requests.id, c.data.id));
    expect(row.status).toBe("expired");
  });
});
