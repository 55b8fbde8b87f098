/**
 * 西原村 対策基準 6.3(3)② 「CSIRT は、情報セキュリティインシデントであると評価した場合、CISO に速やかに
 * 報告しなければならない。」 The CSIRT's evaluation tells the CISO's step at once (profile
 * incidents.triage_tells) — before, the CISO was told only when the steps before it had acknowledged or
 * timed out (up to the profile's minutes per step) — and the chain does not tell the CISO twice.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { incidentEscalations } from "./tables";
import { client, eventsOf, type Json, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
}, 180_000);
afterAll(() => t?.close());

describe("西原村 対策基準 6.3(3)② CSIRT の評価: the CISO is told at once", () => {
  it("a report the CSIRT evaluates as an incident while step 1 is still pending tells the CISO's step now, citing 6.3(3)②; the chain does not tell it again", async () => {
    const staff = await client(t, v.staffA);
    const created = await ok<Json>(
      await staff.post("/api/incidents", {
        summary: "不審なメールの添付を開いた",
        details: "端末の動作が遅い",
        occurredAt: t.clock.now.toISOString(),
      }),
      201,
    );
    const csirt = await client(t, v.csirt1);
    await ok(
      await csirt.post(`/api/incidents/${created.id}/triage`, {
        decision: "incident",
        severity: "high",
        category: "malware",
      }),
    );
    const rows = await t.database.db
      .select()
      .from(incidentEscalations)
      .where(eq(incidentEscalations.incidentId, created.id));
    const cisoStep = rows.find((r) => r.duty === "chief_information_security_officer");
    expect(cisoStep?.status).toBe("pending");
    expect(cisoStep?.notifiedAt.getTime()).toBe(t.clock.now.getTime());
    const told = (await eventsOf(t, "incident.escalation_notified")).filter(
      (e: Json) => e.targetId === created.id && e.data.duty === "chief_information_security_officer",
    );
    expect(told).toHaveLength(1);
    expect((told[0].data as { clause: string }).clause).toBe("nishihara:対策基準/6.3/(3)/②");
    const ciso = await client(t, v.ciso);
    expect((await ciso.get(`/api/incidents/${created.id}`)).status).toBe(200);

    // The steps before go on as before; when the CSIRT step is reached and acknowledged, the CISO
    // is not told a second time.
    for (const who of [v.managerA, v.netAdmin, v.csirt1])
      await ok(await (await client(t, who)).post(`/api/incidents/${created.id}/acknowledge`, {}));
    const cisoRows = await t.database.db
      .select()
      .from(incidentEscalations)
      .where(
        and(
          eq(incidentEscalations.incidentId, created.id),
          eq(incidentEscalations.duty, "chief_information_security_officer"),
        ),
      );
    expect(cisoRows).toHaveLength(1);
  });

  it("a report evaluated as not an incident does not reach the CISO early", async () => {
    const staff = await client(t, v.staffA);
    const created = await ok<Json>(
      await staff.post("/api/incidents", {
        summary: "迷惑メールが届いた",
        details: "開いていない",
        occurredAt: t.clock.now.toISOString(),
      }),
      201,
    );
    const csirt = await client(t, v.csirt1);
    await ok(
      await csirt.post(`/api/incidents/${created.id}/triage`, {
        decision: "not_incident",
        reason: "開封しておらず被害がない",
      }),
    );
    const rows = await t.database.db
      .select()
      .from(incidentEscalations)
      .where(eq(incidentEscalations.incidentId, created.id));
    expect(rows.map((r) => r.duty).sort()).toEqual(["manage_department_security", "triage_incident"]);
  });
});
