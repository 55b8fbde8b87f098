// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";
import { RequestNotificationsRes, RequestOverridesRes } from "./responses";
import { requestDecisions } from "./tables";
import { makeAsset } from "./test-support";

let k: TestApp;
let dept: string;
let staff: { client: AuthedClient; personId: string };
let head: { client: AuthedClient; personId: string };
let other: { client: AuthedClient; personId: string };
let ciso: { client: AuthedClient; personId: string };
const json = async (res: Response) => (await res.json()) as { data: any; error?: any; policies?: any };
const fields = (over: Record<string, unknown> = {}) => ({
  purpose: "出張先での説明資料",
  destination: "県庁",
  startsAt: "2026-04-01T09:30:00+09:00",
  returnDueAt: "2026-04-01T17:00:00+09:00",
  encrypted: true,
  ...over,
});

async function user(roles: Array<[string, string | null]>, departmentId: string | null) {
  return signedInUser(k, departmentId, roles);
}

beforeAll(async () => {
  k = await createTestApp({ profileId: "kawasaki" });
  k.clock.now = new Date("2026-04-01T09:00:00+09:00");
  dept = (await makeDepartment(k.database.db)).id;
  const otherDept = (await makeDepartment(k.database.db)).id;
  staff = await user([], dept);
  other = await user([], otherDept);
  const roles = k.deps.profile().roles;
  const headRole = roles.find((r) => r.duties.includes("approve_carry_out") && r.scope !== "organization");
  const cisoRole = roles.find((r) => r.duties.includes("chief_information_security_officer"));
  head = await user([[headRole?.key as string, dept]], dept);
  ciso = await user([[cisoRole?.key as string, null]], null);
});
afterAll(async () => k.close());

describe("PATCH /api/requests/{id}: editing a draft (川崎市)", () => {
  it("changes fields and assets, evaluates approval again, is audited; 409 once submitted", async () => {
    const doc = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "document",
      confidentiality: "III",
    });
    const medium = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "medium",
      confidentiality: "III",
    });
    const c = await json(
      await staff.client.post("/api/requests", { kind: "carry_out", assetIds: [doc.id], fields: fields() }),
    );
    expect(c.data.approvalRequired).toBe(false);
    expect(c.policies.update).toBe(true);
    const id = c.data.id;

    // Another department's staff does not see it; the approver may not edit the requester's draft.
    expect((await other.client.patch(`/api/requests/${id}`, { fields: fields() })).status).toBe(404);
    expect((await head.client.patch(`/api/requests/${id}`, { fields: fields() })).status).toBe(403);
    // Unknown keys and bad dates are refused, the draft unchanged.
    expect((await staff.client.patch(`/api/requests/${id}`, { kind: "bring_in" })).status).toBe(400);
    const bad = await staff.client.patch(`/api/requests/${id}`, {
      fields: fields({ returnDueAt: "2026-04-01T09:00:00+09:00" }),
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await json(bad)).error.fields)).toContain("fields.returnDueAt");

    const edited = await staff.client.patch(`/api/requests/${id}`, {
      assetIds: [medium.id],
      fields: fields({ destination: "市役所第2庁舎" }),
    });
    expect(edited.status).toBe(200);
    const e = await json(edited);
    expect(e.data.status).toBe("draft");
    expect(e.data.fields.destination).toBe("市役所第2庁舎");
    expect(e.data.assets.map((a: any) => a.id)).toEqual([medium.id]);
    expect(e.data.approvalRequired).toBe(true);
    expect(e.data.basis.map((b: any) => b.clause)).toEqual(["kawasaki:基準/第4章/4/(2)"]);
    expect(e.data.approvers[0].people.map((p: any) => p.personId)).toEqual([head.personId]);

    // Fields only: the assets stay.
    const onlyFields = await json(
      await staff.client.patch(`/api/requests/${id}`, { fields: fields({ purpose: "説明会" }) }),
    );
    expect(onlyFields.data.assets.map((a: any) => a.id)).toEqual([medium.id]);
    expect(onlyFields.data.fields.purpose).toBe("説明会");

    const events = await k.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id), eq(auditEvents.type, "request.updated")));
    expect(events).toHaveLength(2);
    expect(events[0].data).toMatchObject({
      assetIdsBefore: [doc.id],
      assetIds: [medium.id],
      approvalRequiredBefore: false,
      approvalRequired: true,
      changedFields: ["destination"],
    });

    const s = await json(await staff.client.post(`/api/requests/${id}/submit`, {}));
    expect(s.data.status).toBe("submitted");
    expect(s.policies.update).toBe(false);
    const late = await staff.client.patch(`/api/requests/${id}`, { fields: fields() });
    expect(late.status).toBe(409);
    expect((await json(late)).error.code).toBe("not_a_draft");
    expect((await json(await staff.client.get(`/api/requests/${id}`))).data.fields.purpose).toBe("説明会");
  });
});

describe("notifications and the override report", () => {
  it("the approver is notified, marks it read; only the CISO reads the override report", async () => {
    const n = await json(await head.client.get("/api/requests/notifications?unread=true"));
    expect(n.data.length).toBeGreaterThan(0);
    expect(RequestNotificationsRes.safeParse(n).error).toBeUndefined();
    const first = n.data[0];
    expect(first.requestId).toBeTruthy();
    expect((await staff.client.post(`/api/requests/notifications/${first.id}/read`, {})).status).toBe(404);
    const read = await json(await head.client.post(`/api/requests/notifications/${first.id}/read`, {}));
    expect(read.data.readAt).toBeTruthy();
    const rows = await k.database.db.select().from(notifications).where(eq(notifications.id, first.id));
    expect(rows[0].readAt).not.toBeNull();
    const readEvents = await k.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "request.notification_read"), eq(auditEvents.targetId, first.id)));
    expect(readEvents).toHaveLength(1);
    expect((await staff.client.get("/api/requests/overrides")).status).toBe(403);
    const report = await ciso.client.get("/api/requests/overrides");
    expect(report.status).toBe(200);
    const overrides = await k.database.db
      .select()
      .from(requestDecisions)
      .where(eq(requestDecisions.override, true));
    const body = await json(report);
    expect(body.data).toHaveLength(overrides.length);
    expect(RequestOverridesRes.safeParse(body).error).toBeUndefined();
  });
});
