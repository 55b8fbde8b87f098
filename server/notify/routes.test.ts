// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "../directory/tables";
import { makeAsset } from "../modules/requests/test-support";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";
import { mailOutbox } from "./tables";

let k: TestApp;
let dept: string;
let staff: { client: AuthedClient; personId: string };
let head: { client: AuthedClient; personId: string };
let admin: { client: AuthedClient; personId: string };
const json = async (res: Response) => (await res.json()) as any;

async function user(roles: Array<[string, string | null]>, departmentId: string | null, email: string) {
  const u = await makeUser(k.database.db, { departmentId, roles, name: "関守 花子" });
  await k.database.db.update(people).set({ email }).where(eq(people.id, u.person.id));
  return { client: authed(k, await signIn(k, u.user.loginId, u.password)), personId: u.person.id };
}

beforeAll(async () => {
  k = await createTestApp({ profileId: "kawasaki" });
  dept = (await makeDepartment(k.database.db)).id;
  const roles = k.deps.profile().roles;
  const headRole = roles.find((r) => r.duties.includes("approve_carry_out") && r.scope !== "organization");
  const adminRole = roles.find((r) => r.duties.includes("administer_system") && r.scope === "organization");
  staff = await user([], dept, "staff@example.lg.jp");
  head = await user([[headRole?.key as string, dept]], dept, "head@example.lg.jp");
  admin = await user([[adminRole?.key as string, null]], null, "admin@example.lg.jp");
}, 120_000);
afterAll(async () => k.close());

describe("one notification service behind the modules' routes", () => {
  it("a mail about a 区分Ⅱ asset's request names neither the asset nor anything typed into the request", async () => {
    const secret = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "medium",
      confidentiality: "II",
      name: "滞納者名簿USB",
    });
    const created = await json(
      await staff.client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [secret.id],
        fields: {
          purpose: "差押物件の現地確認",
          destination: "大字山田の滞納者宅",
          startsAt: "2026-04-01T09:30:00+09:00",
          returnDueAt: "2026-04-01T17:00:00+09:00",
          encrypted: true,
        },
      }),
    );
    expect(created.data?.approvalRequired, JSON.stringify(created)).toBe(true);
    const submitted = await staff.client.post(`/api/requests/${created.data.id}/submit`, {});
    expect(submitted.status).toBe(200);
    const mails = await k.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "head@example.lg.jp"));
    expect(mails).toHaveLength(1);
    const text = `${mails[0].subject}\n${mails[0].body}`;
    for (const leak of ["滞納者名簿USB", secret.assetNumber, "差押物件", "大字山田", "関守 花子"])
      expect(text).not.toContain(leak);
    expect(text).toContain(`/requests/${created.data.id}`);
    expect(text).toContain("承認待ちの申請があります");
  });

  it("lists my notifications of every module with unread counts; the requests route answers as before", async () => {
    const all = await json(await head.client.get("/api/notifications"));
    expect(all.unread.total).toBeGreaterThan(0);
    expect(all.unread.byModule.requests).toBe(all.unread.total);
    expect(all.data[0]).toMatchObject({ module: "requests", kind: "approval_needed", mail: "immediate" });
    const legacy = await json(await head.client.get("/api/requests/notifications?unread=true"));
    expect(Object.keys(legacy.data[0]).sort()).toEqual(
      [
        "channel",
        "createdAt",
        "delivery",
        "id",
        "kind",
        "messageEn",
        "messageJa",
        "personId",
        "readAt",
        "requestId",
      ].sort(),
    );
    expect(legacy.data[0]).toMatchObject({ channel: "in_app", delivery: "delivered", readAt: null });
    expect((await json(await staff.client.get("/api/notifications"))).unread.total).toBe(0);
    const id = all.data[0].id;
    expect((await staff.client.post(`/api/notifications/${id}/read`, {})).status).toBe(404);
    const read = await json(await head.client.post(`/api/notifications/${id}/read`, {}));
    expect(read.data.readAt).toBeTruthy();
    expect((await json(await head.client.get("/api/notifications?unread=true"))).data).toHaveLength(0);
    expect((await head.client.get("/api/notifications?module=BAD!")).status).toBe(400);
  });

  it("each person chooses immediate mails or the daily digest for themselves", async () => {
    expect((await json(await staff.client.get("/api/notifications/preferences"))).data).toEqual({
      mailMode: "immediate",
      email: "staff@example.lg.jp",
    });
    const bad = await staff.client.put("/api/notifications/preferences", { mailMode: "weekly" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await json(bad)).error.fields)).toContain("mailMode");
    expect((await staff.client.put("/api/notifications/preferences", { mailMode: "digest" })).status).toBe(
      200,
    );
    expect((await json(await staff.client.get("/api/notifications/preferences"))).data.mailMode).toBe(
      "digest",
    );
    expect((await json(await head.client.get("/api/notifications/preferences"))).data.mailMode).toBe(
      "immediate",
    );
  });

  it("送信メール: administrators read the outbox and resend a rejected mail; others are refused", async () => {
    expect((await staff.client.get("/api/mail/outbox")).status).toBe(403);
    expect((await head.client.get("/api/mail/outbox")).status).toBe(403);
    const list = await json(await admin.client.get("/api/mail/outbox"));
    expect(list.smtp.configured).toBe(false);
    expect(list.counts.queued).toBeGreaterThan(0);
    const row = list.data.find((r: any) => r.to === "head@example.lg.jp");
    expect(row).toMatchObject({ status: "queued", policies: { resend: false } });
    expect((await admin.client.post(`/api/mail/outbox/${row.id}/resend`, {})).status).toBe(409);
    expect((await staff.client.post(`/api/mail/outbox/${row.id}/resend`, {})).status).toBe(403);
    await k.database.db
      .update(mailOutbox)
      .set({ status: "rejected", lastError: "550 5.1.1 No such user", attempts: 1 })
      .where(eq(mailOutbox.id, row.id));
    const rejected = await json(await admin.client.get("/api/mail/outbox?status=rejected"));
    expect(rejected.data.map((r: any) => r.lastError)).toEqual(["550 5.1.1 No such user"]);
    const again = await admin.client.post(`/api/mail/outbox/${row.id}/resend`, {});
    expect(again.status).toBe(200);
    expect((await json(again)).data.status).toBe("queued");
    expect((await admin.client.get("/api/mail/outbox?status=nope")).status).toBe(400);
  });
});
