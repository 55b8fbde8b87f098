/** Escalation along the profile's chain, through the job queue on the test clock. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "../../db/schema";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { ESCALATE_JOB } from "./commands/escalation";
import { client, deputize, eventsOf, type Json, ok, runJobs, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;
const MIN = 60_000;

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
});
afterAll(async () => {
  await t.close();
});

async function notificationsOf(personId: string) {
  return t.database.db.select().from(notifications).where(eq(notifications.personId, personId));
}

describe("escalation chain (西原村 対策基準 6.3(1)①②③, 6.3(3)①, 2(3)⑥: 課の管理者 → ネットワーク管理者 → CSIRT → CISO)", () => {
  it("a staff report (a mis-sent mail, 7.1(15)④) tells the reporter's department manager first, with a due time from the profile", async () => {
    const staff = await client(t, v.staffA);
    const created = await ok<Json>(
      await staff.post("/api/incidents", {
        summary: "メール誤送信",
        details: "住民票の写しを別の方へ送信しました。",
        occurredAt: new Date(t.clock.now.getTime() - 30 * MIN).toISOString(),
        personalInfo: true,
        personCount: 1,
      }),
      201,
    );
    expect(created.policies.read).toBe(true);
    const manager = await client(t, v.managerA);
    const view = await ok<Json>(await manager.get(`/api/incidents/${created.id}`));
    // 6.3(1)① 「情報セキュリティ・システム管理者及び…統一的な窓口」: the 課長 (step 1) and, with it, the
    // CSIRT's 窓口 (step 3, incidents.report_tells) are told at the report.
    expect(view.escalations.map((e: Json) => [e.step, e.duty])).toEqual([
      [1, "manage_department_security"],
      [3, "triage_incident"],
    ]);
    expect(view.escalations[0]).toMatchObject({
      step: 1,
      status: "pending",
      duty: "manage_department_security",
      // A step without text of its own is shown by the duty's name, never its key.
      dutyLabel: { ja: "所管課の情報セキュリティ管理", en: "Manage the department's information security" },
    });
    expect(view.escalations[0].targets.map((x: Json) => x.personId)).toEqual([v.managerA.personId]);
    expect(new Date(view.escalations[0].dueAt).getTime() - t.clock.now.getTime()).toBe(60 * MIN);
    expect(view.policies.acknowledge).toBe(true);
    // The timeline keeps when it happened apart from when it was recorded.
    const detection = view.timeline.find((e: Json) => e.kind === "detection");
    expect(new Date(detection.occurredAt).getTime()).toBeLessThan(new Date(detection.recordedAt).getTime());
    // Another department's manager is not told and does not see it.
    const other = await client(t, v.managerB);
    expect((await other.get(`/api/incidents/${created.id}`)).status).toBe(404);
    expect((await notificationsOf(v.managerA.personId)).some((n) => n.recordId === created.id)).toBe(true);
  });

  it("an unacknowledged step escalates after the profile's time through the job queue; acknowledgements go up to the CISO's deputy, who reports afterwards", async () => {
    // The CISO is away: a deputy (代行) is in force from now for two days.
    await deputize(
      t,
      v.ciso,
      v.cisoDeputy,
      new Date(t.clock.now.getTime() - MIN),
      new Date(t.clock.now.getTime() + 2 * 86_400_000),
    );
    const res = await t.app.request("/api/public/reports", {
      method: "POST",
      headers: { "content-type": "application/json", "x-test-ip": "203.0.113.9" },
      body: JSON.stringify({ summary: "USBメモリを拾った", details: "公園で拾いました" }),
    });
    const { receiptNumber } = await ok<{ receiptNumber: string }>(res, 201);
    const csirt = await client(t, v.csirt1);
    const all = await ok<Json>(await csirt.get(`/api/incidents?q=${receiptNumber}`));
    expect(all.items).toHaveLength(1);
    const id = all.items[0].id as string;

    // Step 2 (network administrator) is pending; its escalation job waits for the due time.
    const queued = await t.database.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, ESCALATE_JOB), eq(jobs.status, "queued")));
    expect(queued.length).toBeGreaterThan(0);
    expect(await runJobs(t)).toBe(0);
    t.clock.advance(59 * MIN);
    expect(await runJobs(t)).toBe(0);
    t.clock.advance(2 * MIN);
    expect(await runJobs(t)).toBeGreaterThanOrEqual(1);

    const csirtAgain = await client(t, v.csirt1);
    let view = await ok<Json>(await csirtAgain.get(`/api/incidents/${id}`));
    expect(view.escalations.map((e: Json) => [e.step, e.status])).toEqual([
      [1, "skipped"],
      [2, "escalated"],
      [3, "pending"],
    ]);
    const escalated = (await eventsOf(t, "incident.escalated")).find((e) => e.targetId === id) as Json;
    expect(escalated.data).toMatchObject({ step: 2, via: "job" });
    expect(escalated.actorUserId).toBeNull();

    // The network administrator, told but late, can no longer acknowledge step 2.
    const net = await client(t, v.netAdmin);
    expect((await net.post(`/api/incidents/${id}/acknowledge`, {})).status).toBe(403);

    // The CSIRT acknowledges; the CISO step is told — the CISO and the deputy acting for the CISO.
    view = await ok<Json>(await csirtAgain.post(`/api/incidents/${id}/acknowledge`, { note: "受領" }));
    expect(view.stage).toBe("triage");
    expect(view.firstAcknowledgedAt).toBe(t.clock.now.toISOString());
    const step4 = view.escalations.find((e: Json) => e.step === 4);
    expect(step4.status).toBe("pending");
    expect(step4.targets).toEqual([
      { personId: v.ciso.personId, name: "副村長", actingForPersonId: null },
      { personId: v.cisoDeputy.personId, name: "総務部長", actingForPersonId: v.ciso.personId },
    ]);
    expect((await notificationsOf(v.cisoDeputy.personId)).some((n) => n.kind === "escalation_deputy")).toBe(
      true,
    );

    // The deputy acts for the CISO and reports afterwards.
    const deputy = await client(t, v.cisoDeputy);
    view = await ok<Json>(await deputy.post(`/api/incidents/${id}/acknowledge`, {}));
    const acked = view.escalations.find((e: Json) => e.step === 4);
    expect(acked.status).toBe("acknowledged");
    expect(acked.acknowledgedBy.id).toBe(v.cisoDeputy.personId);
    expect(acked.acknowledgedFor.id).toBe(v.ciso.personId);
    expect(acked.mayPostReport).toBe(true);
    const ackEvent = (await eventsOf(t, "incident.acknowledged")).find(
      (e) => e.targetId === id && e.actorPersonId === v.cisoDeputy.personId,
    ) as Json;
    expect(ackEvent.actingForPersonId).toBe(v.ciso.personId);
    expect((await notificationsOf(v.ciso.personId)).some((n) => n.kind === "deputy_acted")).toBe(true);

    // Only that deputy may post-report, once.
    expect(
      (await csirtAgain.post(`/api/incidents/${id}/escalations/${acked.id}/post-report`, { report: "x" }))
        .status,
    ).toBe(403);
    view = await ok<Json>(
      await deputy.post(`/api/incidents/${id}/escalations/${acked.id}/post-report`, {
        report: "CSIRTの判断を待つよう指示しました。",
      }),
    );
    expect(view.escalations.find((e: Json) => e.step === 4).postReport).toBe(
      "CSIRTの判断を待つよう指示しました。",
    );
    expect((await notificationsOf(v.ciso.personId)).some((n) => n.kind === "deputy_post_report")).toBe(true);
    expect(
      (await deputy.post(`/api/incidents/${id}/escalations/${acked.id}/post-report`, { report: "again" }))
        .status,
    ).toBe(409);
    // The chain has ended: nothing is pending, and later jobs (of acknowledged steps) change nothing.
    expect(view.escalations.filter((e: Json) => e.status === "pending")).toEqual([]);
    t.clock.advance(2 * 60 * MIN);
    await runJobs(t);
    const later = await ok<Json>(await (await client(t, v.csirt1)).get(`/api/incidents/${id}`));
    expect(later.escalations.map((e: Json) => e.status)).toEqual([
      "skipped",
      "escalated",
      "acknowledged",
      "acknowledged",
    ]);
  });

  it("an acknowledged step does not escalate when its job runs", async () => {
    const staff = await client(t, v.staffA);
    const created = await ok<Json>(
      await staff.post("/api/incidents", { summary: "PC不調", details: "ウイルス警告", personalInfo: false }),
      201,
    );
    const manager = await client(t, v.managerA);
    const view = await ok<Json>(await manager.post(`/api/incidents/${created.id}/acknowledge`, {}));
    expect(view.escalations.map((e: Json) => [e.step, e.status])).toEqual([
      [1, "acknowledged"],
      [2, "pending"],
      [3, "pending"],
    ]);
    t.clock.advance(61 * MIN);
    await runJobs(t);
    const csirt = await client(t, v.csirt1);
    const after = await ok<Json>(await csirt.get(`/api/incidents/${created.id}`));
    // Step 1 stayed acknowledged; step 2 (not acknowledged) escalated, and step 3 — told at the
    // report (6.3(1)①) — is not told again; step 3, not acknowledged either, escalated to the CISO.
    expect(after.escalations.map((e: Json) => [e.step, e.status])).toEqual([
      [1, "acknowledged"],
      [2, "escalated"],
      [3, "escalated"],
      [4, "pending"],
    ]);
  });
});
