/**
 * Directory sync against a real OpenLDAP (slapd started by the test on a free port): dry run,
 * approval and apply, moves, leavers disabled (never deleted), malformed entries, a server that
 * is down or answers partially, the mass-disable guard, AD's userAccountControl, and the job.
 */

import { and, eq } from "drizzle-orm";
import { Attribute, Change } from "ldapts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../../auth/tables";
import { departments, people } from "../../../directory/tables";
import { notifications } from "../../../notify/tables";
import { createTestApp, type TestApp } from "../../../test/app";
import { makeDepartment, makePerson } from "../../../test/factories";
import type { AuthedClient } from "../../../test/session";
import {
  freePort,
  ouLdif,
  personLdif,
  ROOT_DN,
  ROOT_PASSWORD,
  type Slapd,
  SUFFIX,
  slapdAvailable,
  startSlapd,
} from "../../../test/slapd";
import { directoryLinks, directorySyncRuns } from "../tables";
import { eventsSince, lastEventId, userClient } from "../test-helpers";
import { scheduledDryRun } from "./job";

const PATH = "/api/accounts/directory-sync";

function env(url: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    LDAP_URL: url,
    LDAP_BIND_DN: ROOT_DN,
    LDAP_BIND_PASSWORD: ROOT_PASSWORD,
    LDAP_PEOPLE_BASE: `ou=people,${SUFFIX}`,
    LDAP_PEOPLE_FILTER: "(objectClass=inetOrgPerson)",
    LDAP_DEPARTMENT_BASE: `ou=departments,${SUFFIX}`,
    LDAP_DISABLED: "employeeType=disabled|retired",
    LDAP_MAX_DISABLE_SHARE: "0.5",
    ...extra,
  };
}

const INITIAL =
  ouLdif("departments") +
  ouLdif("D01", "総務課", `ou=departments,${SUFFIX}`) +
  ouLdif("D02", "税務課", `ou=departments,${SUFFIX}`) +
  ouLdif("D03", "企画課", `ou=departments,${SUFFIX}`) +
  ouLdif("people") +
  personLdif({
    uid: "aoki",
    employeeNumber: "1001",
    cn: "青木 一郎",
    department: "D01",
    mail: "aoki@example.lg.jp",
  }) +
  personLdif({ uid: "baba", employeeNumber: "1002", cn: "馬場 二郎", department: "D02" }) +
  personLdif({ uid: "chiba", employeeNumber: "1003", cn: "千葉 三郎", department: "D03", title: "主事" }) +
  personLdif({
    uid: "gone",
    employeeNumber: "1004",
    cn: "退職 済",
    department: "D01",
    employeeType: "retired",
  });

const AD =
  ouLdif("people") +
  personLdif({
    uid: "ad1",
    employeeNumber: "3001",
    cn: "有効 太郎",
    department: "D01",
    userAccountControl: 512,
  }) +
  personLdif({
    uid: "ad2",
    employeeNumber: "3002",
    cn: "無効 次郎",
    department: "D01",
    userAccountControl: 514,
  }) +
  personLdif({
    uid: "ad3",
    employeeNumber: "3003",
    cn: "不正 三郎",
    department: "D01",
    userAccountControl: "x",
  });

describe.skipIf(!slapdAvailable())("directory sync against slapd", () => {
  let slapd: Slapd;
  let ad: Slapd; // Active Directory style accounts (userAccountControl)
  let limited: Slapd; // answers at most 2 entries to an anonymous search
  let t: TestApp;
  let admin: AuthedClient; // system_staff: manage_organization
  let network: AuthedClient; // network_administrator: manage_network (dry run only)
  let staff: AuthedClient;
  let aoki: { client: AuthedClient; personId: string };
  let d01: { id: string };
  let d02: { id: string };
  let noLogin: { id: string };
  let managerD01: string; // 総務課's 課長, told when a member leaves (personnel.leaving)

  beforeAll(async () => {
    [slapd, ad, limited] = await Promise.all([
      startSlapd(INITIAL),
      startSlapd(AD),
      startSlapd(AD, { sizeLimit: 2 }),
    ]);
    t = await createTestApp({ config: { env: env(slapd.url) } });
    const db = t.database.db;
    d01 = await makeDepartment(db, { code: "D01", name: "総務課" });
    d02 = await makeDepartment(db, { code: "D02", name: "税務課（旧）" });
    admin = (await userClient(t, { roles: [["system_staff", null]] })).client;
    network = (await userClient(t, { roles: [["network_administrator", null]] })).client;
    staff = (await userClient(t, { departmentId: d01.id })).client;
    managerD01 = (await userClient(t, { departmentId: d01.id, roles: [["security_system_manager", d01.id]] }))
      .personId;
    const a = await userClient(t, { departmentId: d01.id });
    await db
      .update(people)
      .set({ employeeNumber: "1001", name: "青木 一郎", email: "aoki@example.lg.jp", title: null })
      .where(eq(people.id, a.personId));
    aoki = { client: a.client, personId: a.personId };
    await makePerson(db, { employeeNumber: "1002", name: "馬場 二郎", departmentId: d01.id });
    // Staff without a directory account: never touched by the sync.
    noLogin = await makePerson(db, { employeeNumber: "9001", name: "嘱託 花子", departmentId: d01.id });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await Promise.all([slapd?.stop(), ad?.stop(), limited?.stop()]);
  });

  const personByNumber = async (n: string) =>
    (await t.database.db.select().from(people).where(eq(people.employeeNumber, n)))[0];

  it("refuses staff; the network administrator may run a dry run but not apply", async () => {
    expect((await staff.get(PATH)).status).toBe(403);
    expect((await staff.post(`${PATH}/preview`, {})).status).toBe(403);
    const res = await network.get(PATH);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.configured).toBe(true);
    expect(JSON.stringify(body)).not.toContain(ROOT_PASSWORD);
    expect(body.policies).toMatchObject({ read: true, preview: true, apply: false });
  });

  it("a dry run shows new, moved, linked and the new department, and writes nothing to the register", async () => {
    const before = await lastEventId(t);
    const res = await network.post(`${PATH}/preview`, {});
    expect(res.status).toBe(201);
    const run = await res.json();
    expect(run.status).toBe("previewed");
    expect(run.counts).toMatchObject({
      new: 1,
      moved: 1,
      linked: 1,
      departmentsNew: 1,
      departmentsRenamed: 1,
      skippedDisabled: 1,
      errors: 0,
    });
    const moved = run.changes.items.find((c: { kind: string }) => c.kind === "moved");
    expect(moved).toMatchObject({
      employeeNumber: "1002",
      dn: `uid=baba,ou=people,${SUFFIX}`,
      changes: { department: { from: "D01", to: "D02" } },
    });
    expect(run.departments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "new", code: "D03", name: "企画課" }),
        expect.objectContaining({ kind: "renamed", code: "D02", from: "税務課（旧）", name: "税務課" }),
      ]),
    );
    expect(await personByNumber("1003")).toBeUndefined();
    const events = await eventsSince(t, before);
    expect(events.map((e) => e.type)).toEqual(["org.directory_sync.previewed"]);
    // Pages by kind.
    const page = await (await network.get(`${PATH}/runs/${run.id}?kind=new&limit=5`)).json();
    expect(page.changes.total).toBe(1);
    expect(page.changes.items[0]).toMatchObject({
      employeeNumber: "1003",
      changes: { title: { to: "主事" } },
    });
  });

  it("applying an approved dry run writes every change with its audit event, in one transaction", async () => {
    const run = await (await admin.post(`${PATH}/preview`, {})).json();
    const before = await lastEventId(t);
    const res = await admin.post(`${PATH}/runs/${run.id}/apply`, {});
    const applied = await res.json();
    expect(res.status, JSON.stringify(applied)).toBe(200);
    expect(applied.status).toBe("applied");
    const chiba = await personByNumber("1003");
    const d03 = (await t.database.db.select().from(departments).where(eq(departments.code, "D03")))[0];
    expect(chiba).toMatchObject({ name: "千葉 三郎", title: "主事", departmentId: d03.id, active: true });
    expect((await personByNumber("1002")).departmentId).toBe(d02.id);
    expect(await personByNumber("1004")).toBeUndefined(); // disabled in the directory, unknown here
    const links = await t.database.db.select().from(directoryLinks);
    expect(links).toHaveLength(3);
    const types = (await eventsSince(t, before)).map((e) => e.type).sort();
    expect(types).toEqual(
      [
        "org.department.created",
        "org.department.updated",
        "org.directory_sync.applied",
        "org.person.created",
        "org.person.updated",
      ].sort(),
    );
    // A run is applied once.
    expect((await admin.post(`${PATH}/runs/${run.id}/apply`, {})).status).toBe(403);
    // The network administrator may not apply.
    const other = await (await network.post(`${PATH}/preview`, {})).json();
    expect((await network.post(`${PATH}/runs/${other.id}/apply`, {})).status).toBe(403);
  });

  it("refuses a dry run whose directory changed before the apply, writing nothing", async () => {
    const run = await (await admin.post(`${PATH}/preview`, {})).json();
    expect(run.counts).toMatchObject({ new: 0, moved: 0, changed: 0 });
    const client = await slapd.admin();
    await client.modify(`uid=chiba,ou=people,${SUFFIX}`, [
      new Change({ operation: "replace", modification: new Attribute({ type: "title", values: ["係長"] }) }),
    ]);
    await client.unbind();
    const before = await lastEventId(t);
    const res = await admin.post(`${PATH}/runs/${run.id}/apply`, {});
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("directory_changed");
    expect(await eventsSince(t, before)).toHaveLength(0);
    expect((await personByNumber("1003")).title).toBe("主事");
    const fresh = await (await admin.post(`${PATH}/preview`, {})).json();
    expect(fresh.counts).toMatchObject({ changed: 1 });
    expect((await admin.post(`${PATH}/runs/${fresh.id}/apply`, {})).status).toBe(200);
    expect((await personByNumber("1003")).title).toBe("係長");
  });

  it("disables leavers (disabled or removed entries): login stopped, sessions ended, nothing deleted; asks before a mass disable", async () => {
    expect((await aoki.client.get("/api/auth/me")).status).toBe(200);
    const client = await slapd.admin();
    await client.modify(`uid=aoki,ou=people,${SUFFIX}`, [
      new Change({
        operation: "replace",
        modification: new Attribute({ type: "employeeType", values: ["disabled"] }),
      }),
    ]);
    await client.del(`uid=chiba,ou=people,${SUFFIX}`);
    await client.unbind();
    const run = await (await admin.post(`${PATH}/preview`, {})).json();
    expect(run.counts).toMatchObject({ disabled: 1, removed: 1 });
    expect(run.disable).toMatchObject({ count: 2, needsConfirmation: true });
    const refused = await admin.post(`${PATH}/runs/${run.id}/apply`, {});
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({
      code: "mass_disable_unconfirmed",
      fields: { confirmMassDisable: expect.anything() },
    });
    expect((await personByNumber("1001")).active).toBe(true);

    const before = await lastEventId(t);
    const res = await admin.post(`${PATH}/runs/${run.id}/apply`, { confirmMassDisable: true });
    expect(res.status).toBe(200);
    expect((await personByNumber("1001")).active).toBe(false);
    expect((await personByNumber("1003")).active).toBe(false); // kept, never deleted
    const [login] = await t.database.db.select().from(users).where(eq(users.personId, aoki.personId));
    expect(login.disabled).toBe(true);
    expect((await aoki.client.get("/api/auth/me")).status).toBe(401);
    const types = (await eventsSince(t, before)).map((e) => e.type);
    expect(types).toContain("auth.user_disabled");
    expect(types.filter((x) => x === "org.person.updated")).toHaveLength(2);
    // 総務課's 課長 is told that 青木 left, with the clause, as for a retirement entered by hand.
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "person_left_unit"), eq(notifications.recordId, aoki.personId)));
    expect(told.map((n) => n.personId)).toEqual([managerD01]);
    expect(told[0].messageJa).toContain("ディレクトリ上で無効化");
    expect(told[0].messageJa).toContain("nishihara:対策基準/6.1/(1)/⑧");
    // Staff without a directory account are untouched.
    const [kept] = await t.database.db.select().from(people).where(eq(people.id, noLogin.id));
    expect(kept).toMatchObject({ active: true, departmentId: d01.id });
  });

  it("names every malformed entry by DN and attribute, and applies nothing while any remains", async () => {
    const client = await slapd.admin();
    const add = async (uid: string, attrs: Record<string, string>) =>
      client.add(`uid=${uid},ou=people,${SUFFIX}`, {
        objectClass: "inetOrgPerson",
        uid,
        sn: uid,
        cn: uid,
        ...attrs,
      });
    await add("nonumber", { departmentNumber: "D01" });
    await add("nodept", { employeeNumber: "2001", departmentNumber: "Z99" });
    await add("dup", { employeeNumber: "1002", departmentNumber: "D02" });
    await add("badmail", { employeeNumber: "2002", departmentNumber: "D01", mail: "not-an-address" });
    await add("okay", { employeeNumber: "2003", departmentNumber: "D01" });
    await client.unbind();
    const run = await (await admin.post(`${PATH}/preview`, {})).json();
    const errors = run.errors.items.map((e: { dn: string; attribute: string; code: string }) => [
      e.dn.split(",")[0],
      e.attribute,
      e.code,
    ]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["uid=nonumber", "employeeNumber", "missing_employee_number"],
        ["uid=nodept", "departmentNumber", "unknown_department"],
        ["uid=badmail", "mail", "bad_email"],
      ]),
    );
    expect(errors.some((e: string[]) => e[2] === "duplicate_employee_number")).toBe(true);
    expect(run.errors.items[0].message_ja.length).toBeGreaterThan(0);
    const before = await lastEventId(t);
    const res = await admin.post(`${PATH}/runs/${run.id}/apply`, {});
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("directory_has_errors");
    expect(await personByNumber("2003")).toBeUndefined();
    expect(await eventsSince(t, before)).toHaveLength(0);
    const cleanup = await slapd.admin();
    for (const uid of ["nonumber", "nodept", "dup", "badmail", "okay"])
      await cleanup.del(`uid=${uid},ou=people,${SUFFIX}`);
    await cleanup.unbind();
  });

  /** Runs `fn` with the app reading another directory configuration. */
  async function withEnv(e: NodeJS.ProcessEnv, fn: () => Promise<void>) {
    const saved = t.deps.config.env;
    t.deps.config.env = e;
    try {
      await fn();
    } finally {
      t.deps.config.env = saved;
    }
  }
  const runCount = async () =>
    (await t.database.db.select({ id: directorySyncRuns.id }).from(directorySyncRuns)).length;

  it("a server that is down: 502 with the reason, nothing recorded; the job keeps the failure", async () => {
    const downEnv = env(`ldap://127.0.0.1:${await freePort()}`, { LDAP_TIMEOUT_SECONDS: "2" });
    await withEnv(downEnv, async () => {
      const runs = await runCount();
      const res = await admin.post(`${PATH}/preview`, {});
      expect(res.status).toBe(502);
      const body = await res.json();
      expect(body.error.code).toBe("directory_unavailable");
      expect(body.error.message_ja).toContain("何も反映していません");
      expect(await runCount()).toBe(runs);
      const failed = await scheduledDryRun(t.database.db, t.clock.now, downEnv);
      expect(failed).toBeNull();
      const failedRuns = await t.database.db
        .select()
        .from(directorySyncRuns)
        .where(eq(directorySyncRuns.status, "failed"));
      expect(failedRuns).toHaveLength(1);
      const last = failedRuns[0];
      expect(last).toMatchObject({ status: "failed", failure: { code: "directory_unavailable" } });
    });
  });

  it("reads AD's userAccountControl: 514 is disabled, a non-number is a located error", async () => {
    await makePerson(t.database.db, { employeeNumber: "3002", name: "無効 次郎", departmentId: d01.id });
    await withEnv(env(ad.url, { LDAP_DISABLED: "ad", LDAP_DEPARTMENT_BASE: "" }), async () => {
      const run = await (await admin.post(`${PATH}/preview`, {})).json();
      expect(run.counts).toMatchObject({ new: 1, disabled: 1, errors: 1 });
      expect(run.errors.items[0]).toMatchObject({
        dn: `uid=ad3,ou=people,${SUFFIX}`,
        attribute: "userAccountControl",
      });
    });
  });

  it("a server that stops after part of the entries: 502, nothing recorded", async () => {
    await withEnv(
      env(limited.url, { LDAP_DISABLED: "ad", LDAP_DEPARTMENT_BASE: "", LDAP_BIND_DN: "" }),
      async () => {
        const runs = await runCount();
        const res = await admin.post(`${PATH}/preview`, {});
        expect(res.status).toBe(502);
        expect((await res.json()).error.code).toBe("directory_unavailable");
        expect(await runCount()).toBe(runs);
      },
    );
  });

  it("the scheduled job records a dry run for approval and never applies it", async () => {
    const run = await scheduledDryRun(t.database.db, t.clock.now, env(slapd.url));
    expect(run).toMatchObject({ status: "previewed", createdBy: null });
    const [row] = await t.database.db
      .select()
      .from(directorySyncRuns)
      .where(eq(directorySyncRuns.id, run?.id ?? ""));
    expect(row.appliedAt).toBeNull();
    expect(await scheduledDryRun(t.database.db, t.clock.now, {})).toBeNull();
  });
});
