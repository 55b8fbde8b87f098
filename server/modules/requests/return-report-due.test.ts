// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * 川崎市 基準 第4章1(5)エ(オ) 「職員は、帰庁後速やかに情報管理責任者又は情報システム利用責任者に、情報資産を
 * 持ち帰った旨報告する」: the profile states the report's days (`follow_ups.return_report.due_days: 1`).
 * Before, those days were shown on the Policy screen and read by nothing (reminders started at the
 * return due time). Now they set the report's due: shown on the request, and the reminder job and
 * the overdue list run from it.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { drainJobs } from "../../test/jobs";
import { authed, signIn } from "../../test/session";
import { kawasakiDesk, makeAsset } from "./test-support";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
}, 180_000);
afterAll(() => t?.close());

describe("川崎市 基準 第4章1(5)エ(オ) 帰庁後速やかに報告: the return report is due the profile's days after the return due", () => {
  it("due the end of the next day (due_days 1): no reminder nor overdue entry before it, both after it; the Policy screen says the days act", async () => {
    t.clock.now = new Date("2026-04-06T09:00:00+09:00");
    const { dept, staff: s, manager: m } = await kawasakiDesk(t);
    const [staff, manager] = [s.client, m.client];
    const usb = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "medium",
      confidentiality: "III",
    });
    const created = (await (
      await staff.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: {
          purpose: "区の説明会",
          destination: "区役所",
          startsAt: "2026-04-06T09:10:00+09:00",
          returnDueAt: "2026-04-06T17:00:00+09:00",
          encrypted: true,
        },
      })
    ).json()) as any;
    const id = created.data.id;
    expect((await staff.post(`/api/requests/${id}/submit`, {})).status).toBe(200);
    expect((await manager.post(`/api/requests/${id}/approve`, {})).status).toBe(200);
    expect((await staff.post(`/api/requests/${id}/start`, {})).status).toBe(200);

    const detail = (await (await staff.get(`/api/requests/${id}`)).json()) as any;
    // Return due 4/6 17:00 → report due at the end of 4/7 (JST).
    expect(detail.data.endsAt).toBe("2026-04-06T08:00:00.000Z");
    expect(detail.data.returnReportDueAt).toBe("2026-04-07T14:59:59.999Z");

    const reminded = async () =>
      (
        await t.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.recordId, id), eq(notifications.kind, "return_overdue")))
      ).length;
    // A fresh session each time: the clock jumps by days, beyond a session's idle limit.
    const overdueIds = async () => {
      const fresh = authed(t, await signIn(t, s.loginId, s.password));
      const res = await fresh.get("/api/requests?scope=mine&followUp=overdue");
      expect(res.status).toBe(200);
      return ((await res.json()) as any).data.map((r: { id: string }) => r.id);
    };

    // Past the return due time but within 「速やかに」 (the next day): not yet late.
    t.clock.now = new Date("2026-04-07T09:00:01+09:00");
    await drainJobs(t);
    expect(await reminded()).toBe(0);
    expect(await overdueIds()).not.toContain(id);

    // The day after: the report is late — reminded, and on the overdue list.
    t.clock.now = new Date("2026-04-08T09:00:01+09:00");
    await drainJobs(t);
    expect(await reminded()).toBe(1);
    expect(await overdueIds()).toContain(id);

    const viewer = authed(t, await signIn(t, s.loginId, s.password));
    const profile = (await (await viewer.get("/api/profile")).json()) as any;
    const carry = profile.requestKinds.find((k: { key: string }) => k.key === "carry_out");
    expect(carry.followUps).toMatchObject([
      { key: "return_report", dueDays: 1, acted: true, dueActed: true },
    ]);
  });
});
