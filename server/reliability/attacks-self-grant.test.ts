/**
 * No one grants themselves power (issue #12, item 4): an administrator (or anyone who manages
 * roles) cannot assign a role or a deputy to themselves, name themselves on an asset, or move
 * their own department (directly or by a transfer). With several administrators the change needs
 * a second one: the attempt is refused (403 self_grant), audited, and the other administrators
 * are told; another administrator then makes it under their own name. Where the profile says the
 * organization has a single administrator, it is refused and reported to the CISO.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { deputies, roleAssignments } from "../directory/tables";
import { notifications } from "../notify/tables";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makePerson, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

interface Member {
  client: AuthedClient;
  personId: string;
}

async function member(
  t: TestApp,
  departmentId: string,
  roles: Array<[string, string | null]>,
): Promise<Member> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

async function world(single: boolean) {
  const t = await createTestApp({ profileId: "nishihara" });
  if (single) (t.deps.profile().auth as { single_administrator: boolean }).single_administrator = true;
  const db = t.database.db;
  const home = (await makeDepartment(db, { code: "SG-H", name: "総務課" })).id;
  const other = (await makeDepartment(db, { code: "SG-B", name: "税務課" })).id;
  const admin = await member(t, home, [["system_staff", null]]);
  const admin2 = single ? null : await member(t, home, [["system_staff", null]]);
  const ciso = await member(t, home, [["ciso", null]]);
  const manager = await member(t, home, [["security_system_manager", home]]);
  return { t, home, other, admin, admin2, ciso, manager };
}

async function refusals(t: TestApp, personId: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.type, "access.self_grant_refused"), eq(auditEvents.actorPersonId, personId)));
}

async function noticesOf(t: TestApp, personId: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, personId), eq(notifications.kind, "self_grant_refused")));
}

async function expectSelfGrant(res: Response) {
  expect(res.status).toBe(403);
  const body = (await res.json()) as { error: { code: string; message_ja: string; message_en: string } };
  expect(body.error.code).toBe("self_grant");
  return body.error;
}

describe("two administrators: a self-grant needs the second one", () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world(false);
  }, 240_000);
  afterAll(async () => w?.t.close());

  it("a role for oneself is refused, audited and told to the other administrator; the other one may make it", async () => {
    const res = await w.admin.client.post("/api/role-assignments", {
      personId: w.admin.personId,
      roleKey: "ciso",
    });
    const error = await expectSelfGrant(res);
    expect(error.message_en).toMatch(/another administrator.*two-person/);
    const mine = () =>
      w.t.database.db.select().from(roleAssignments).where(eq(roleAssignments.personId, w.admin.personId));
    expect((await mine()).map((r) => r.roleKey)).toEqual(["system_staff"]);
    const [event] = await refusals(w.t, w.admin.personId);
    expect(event.data).toMatchObject({
      change: "role_assignment",
      detail: { roleKey: "ciso" },
      singleAdministrator: false,
    });
    expect(await noticesOf(w.t, w.admin2?.personId ?? "")).toHaveLength(1);
    expect(await noticesOf(w.t, w.admin.personId)).toHaveLength(0);
    // The second administrator makes the change, under their own name.
    const done = await w.admin2?.client.post("/api/role-assignments", {
      personId: w.admin.personId,
      roleKey: "auditor",
    });
    expect(done?.status).toBe(201);
    expect((await mine()).map((r) => r.roleKey).sort()).toEqual(["auditor", "system_staff"]);
  });

  it("appointing oneself as a deputy, moving one's own department, a transfer of oneself: refused, nothing written", async () => {
    const principal = (await makePerson(w.t.database.db, { departmentId: w.home, name: "課長 代理元" })).id;
    await expectSelfGrant(
      await w.admin.client.post("/api/deputies", {
        principalPersonId: principal,
        deputyPersonId: w.admin.personId,
        validFrom: "2026-04-01",
        validTo: "2026-04-30",
        reason: "出張",
      }),
    );
    expect(
      await w.t.database.db.select().from(deputies).where(eq(deputies.deputyPersonId, w.admin.personId)),
    ).toEqual([]);
    await expectSelfGrant(
      await w.admin.client.patch(`/api/people/${w.admin.personId}`, { departmentId: w.other }),
    );
    await expectSelfGrant(
      await w.admin.client.post("/api/transfers", {
        title: "人事異動",
        effectiveDate: "2026-04-10",
        items: [{ personId: w.admin.personId, toDepartmentId: w.other }],
      }),
    );
    const me = await w.admin.client.get(`/api/people/${w.admin.personId}`);
    expect(((await me.json()) as { data?: { departmentId?: string } }).data?.departmentId ?? w.home).toBe(
      w.home,
    );
    const changes = (await refusals(w.t, w.admin.personId)).map((e) => (e.data as { change: string }).change);
    expect(changes).toEqual(expect.arrayContaining(["deputy", "own_department", "own_transfer"]));
    // Someone else's change is not a self-grant.
    const other = (await makePerson(w.t.database.db, { departmentId: w.home, name: "別の職員" })).id;
    const fine = await w.admin.client.post("/api/role-assignments", { personId: other, roleKey: "auditor" });
    expect(fine.status).toBe(201);
  });

  it("a department manager cannot name themselves on an asset", async () => {
    const asset = await w.manager.client.post("/api/assets", {
      kind: "medium",
      subkind: "usb_memory",
      departmentId: w.home,
      name: "総務課USBメモリ",
      confidentiality: "2",
      integrity: "1",
      availability: "1",
    });
    const id = ((await asset.json()) as { data: { id: string } }).data.id;
    await expectSelfGrant(
      await w.manager.client.post(`/api/assets/${id}/named-people`, { personId: w.manager.personId }),
    );
    const [event] = await refusals(w.t, w.manager.personId);
    expect(event.data).toMatchObject({ change: "asset_named_person", detail: { assetId: id } });
  });
});

describe("a single administrator: refused and reported to the CISO", () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world(true);
  }, 240_000);
  afterAll(async () => w?.t.close());

  it("a role for oneself is refused with the CISO told", async () => {
    const error = await expectSelfGrant(
      await w.admin.client.post("/api/role-assignments", { personId: w.admin.personId, roleKey: "csirt" }),
    );
    expect(error.message_en).toMatch(/single administrator.*reported to the CISO/);
    const [event] = await refusals(w.t, w.admin.personId);
    expect(event.data).toMatchObject({ change: "role_assignment", singleAdministrator: true });
    const notices = await noticesOf(w.t, w.ciso.personId);
    expect(notices).toHaveLength(1);
    expect(notices[0].messageEn).toMatch(/tried assigning a role to oneself/);
  });
});
