import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../auth/passwords";
import { users } from "../../auth/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { generateTemporaryPassword } from "./commands/people";
import { eventsSince, lastEventId, userClient } from "./test-helpers";

describe("departments and people", () => {
  let t: TestApp;
  let admin: AuthedClient; // system_staff: manage_organization at organization scope
  let ciso: AuthedClient; // view_all_departments
  let staffA: AuthedClient;
  let staffAPersonId: string;
  let headB: AuthedClient; // security_system_manager of B: manage_department_security over B
  let bureau: { id: string };
  let deptA: { id: string };
  let deptB: { id: string };
  let deptC: { id: string };
  let personA: { id: string };
  let personB: { id: string };
  let personC: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    bureau = await makeDepartment(db, { kind: "bureau", code: "B01", name: "総務局" });
    deptA = await makeDepartment(db, { code: "A01", name: "総務課", parentId: bureau.id });
    deptB = await makeDepartment(db, { code: "A02", name: "税務課", parentId: bureau.id });
    deptC = await makeDepartment(db, { code: "C01", name: "住民課" });
    personA = await makePerson(db, {
      name: "青木 一郎",
      nameKana: "あおき いちろう",
      departmentId: deptA.id,
      employeeNumber: "1001",
    });
    personB = await makePerson(db, {
      name: "馬場 二郎",
      nameKana: "ばば じろう",
      departmentId: deptB.id,
      employeeNumber: "1002",
    });
    personC = await makePerson(db, {
      name: "千葉 三郎",
      nameKana: "ちば さぶろう",
      departmentId: deptC.id,
      employeeNumber: "1003",
    });
    admin = (await userClient(t, { roles: [["system_staff", null]] })).client;
    ciso = (await userClient(t, { roles: [["ciso", null]] })).client;
    const a = await userClient(t, { departmentId: deptA.id });
    staffA = a.client;
    staffAPersonId = a.personId;
    headB = (await userClient(t, { departmentId: deptB.id, roles: [["security_system_manager", deptB.id]] }))
      .client;
  }, 120_000);
  afterAll(() => t?.close());

  it("everyone signed in reads the tree; anonymous gets 401", async () => {
    const res = await staffA.get("/api/departments");
    expect(res.status).toBe(200);
    const body = await res.json();
    const top = body.items.find((n: { id: string }) => n.id === bureau.id);
    expect(top.children.map((c: { code: string }) => c.code)).toEqual(["A01", "A02"]);
    expect(top.children[0].peopleCount).toBe(2); // personA + staffA
    expect(top.policies).toEqual({ read: true, create: false, update: false });
    expect(body.items.some((n: { id: string }) => n.id === deptC.id)).toBe(true);
    expect((await t.app.request("/api/departments")).status).toBe(401);
  });

  it("the kept tree answer (department-tree.ts) is per viewer's policies and follows a change at once", async () => {
    type Node = { id: string; code: string; policies: Record<string, boolean>; children: Node[] };
    const tree = async (client: AuthedClient) => {
      const res = await client.get("/api/departments");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      return (await res.json()) as { items: Node[]; policies: Record<string, boolean> };
    };
    const find = (nodes: Node[], id: string): Node | undefined =>
      nodes.map((n) => (n.id === id ? n : find(n.children, id))).find(Boolean);
    // Back to back on one directory version: each viewer gets their own policies, never the other's.
    for (let i = 0; i < 2; i++) {
      const mine = await tree(staffA);
      const theirs = await tree(admin);
      expect(mine.policies).toEqual({ read: true, create: false, update: false });
      expect(find(mine.items, deptA.id)?.policies).toEqual({ read: true, create: false, update: false });
      expect(theirs.policies).toEqual({ read: true, create: true, update: true });
      expect(find(theirs.items, deptA.id)?.policies).toEqual({ read: true, create: true, update: true });
    }
    // A committed change is in the next answer (the directory's version moved).
    const added = await admin.post("/api/departments", {
      code: "A03",
      name: "納税課",
      kind: "department",
      parentId: bureau.id,
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    const after = await tree(staffA);
    expect(find(after.items, bureau.id)?.children.map((c) => c.code)).toEqual(["A01", "A02", "A03"]);
    expect(find(after.items, id)?.policies.update).toBe(false);
  });

  it("creates, renames and moves a unit with audit events naming the changed fields", async () => {
    const since = await lastEventId(t);
    expect(
      (await staffA.post("/api/departments", { code: "X1", name: "企画課", kind: "department" })).status,
    ).toBe(403);
    const res = await admin.post("/api/departments", { code: "X1", name: "企画課", kind: "department" });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.policies.update).toBe(true);
    const dup = await admin.post("/api/departments", { code: "X1", name: "別", kind: "department" });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.fields.code).toBeDefined();

    const patched = await admin.patch(`/api/departments/${created.id}`, {
      name: "企画政策課",
      parentId: bureau.id,
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ name: "企画政策課", parentId: bureau.id });

    const events = await eventsSince(t, since);
    expect(events.map((e) => e.type)).toEqual(["org.department.created", "org.department.moved"]);
    expect(events[0].targetId).toBe(created.id);
    expect(Object.keys((events[0].data as { changes: object }).changes)).toEqual(
      expect.arrayContaining(["code", "name", "kind"]),
    );
    expect((events[1].data as { changes: object }).changes).toEqual({
      name: { from: "企画課", to: "企画政策課" },
      parentId: { from: null, to: bureau.id },
    });
  });

  it("refuses cycles and a 課 as parent", async () => {
    const top = await (
      await admin.post("/api/departments", { code: "K1", name: "市長部局", kind: "bureau" })
    ).json();
    const sub = await (
      await admin.post("/api/departments", { code: "K2", name: "企画部", kind: "bureau", parentId: top.id })
    ).json();
    const since = await lastEventId(t);
    const cycle = await admin.patch(`/api/departments/${top.id}`, { parentId: sub.id });
    expect(cycle.status).toBe(400);
    expect((await cycle.json()).error.fields.parentId.message_en).toMatch(/under itself/);
    const self = await admin.patch(`/api/departments/${top.id}`, { parentId: top.id });
    expect(self.status).toBe(400);
    const underKa = await admin.post("/api/departments", {
      code: "K3",
      name: "x",
      kind: "department",
      parentId: deptA.id,
    });
    expect(underKa.status).toBe(400);
    expect(await eventsSince(t, since)).toEqual([]);
  });

  it("deactivating a unit with members is refused; an empty one is deactivated and audited", async () => {
    const inUse = await admin.patch(`/api/departments/${deptC.id}`, { active: false });
    expect(inUse.status).toBe(409);
    const empty = await (
      await admin.post("/api/departments", { code: "E1", name: "廃止予定課", kind: "department" })
    ).json();
    const since = await lastEventId(t);
    const res = await admin.patch(`/api/departments/${empty.id}`, { active: false });
    expect(res.status).toBe(200);
    const [ev] = await eventsSince(t, since);
    expect(ev.type).toBe("org.department.deactivated");
    expect(ev.data).toMatchObject({ changes: { active: { from: true, to: false } } });
  });

  it("staff of A see only A's people (and never B's); detail of B's person is 404 like a missing one", async () => {
    const res = await staffA.get("/api/people");
    expect(res.status).toBe(200);
    const body = await res.json();
    const ids = body.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(personA.id);
    expect(ids).toContain(staffAPersonId);
    expect(ids).not.toContain(personB.id);
    expect(ids).not.toContain(personC.id);
    expect(body.total).toBe(ids.length);
    expect(body.items.every((p: { departmentId: string }) => p.departmentId === deptA.id)).toBe(true);
    // Even asking for B's department explicitly yields nothing.
    const filtered = await (await staffA.get(`/api/people?departmentId=${deptB.id}`)).json();
    expect(filtered.items).toEqual([]);
    expect((await staffA.get(`/api/people?q=${encodeURIComponent("馬場")}`)).status).toBe(200);
    expect((await (await staffA.get(`/api/people?q=${encodeURIComponent("馬場")}`)).json()).items).toEqual(
      [],
    );

    const hidden = await staffA.get(`/api/people/${personB.id}`);
    const missing = await staffA.get("/api/people/00000000-0000-4000-8000-000000000000");
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await hidden.json()).error.code).toBe((await missing.json()).error.code);
    // Readable but not writable: 403.
    const own = await staffA.get(`/api/people/${personA.id}`);
    expect(own.status).toBe(200);
    expect((await own.json()).policies).toMatchObject({ read: true, update: false });
    expect((await staffA.patch(`/api/people/${personA.id}`, { title: "主事" })).status).toBe(403);
    expect((await staffA.patch(`/api/people/${personB.id}`, { title: "主事" })).status).toBe(404);
  });

  it("an organization-wide duty sees everyone; a department-scoped head sees their department", async () => {
    const all = await (await ciso.get("/api/people?limit=200")).json();
    const ids = all.items.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([personA.id, personB.id, personC.id]));
    expect((await ciso.get(`/api/people/${personC.id}`)).status).toBe(200);

    const b = await (await headB.get("/api/people")).json();
    const bIds = b.items.map((p: { id: string }) => p.id);
    expect(bIds).toContain(personB.id);
    expect(bIds).not.toContain(personA.id);
    expect((await headB.get(`/api/people/${personA.id}`)).status).toBe(404);
  });

  it("a bureau-scoped holder sees the bureau's departments, not others", async () => {
    const kawasaki = await createTestApp({ profileId: "kawasaki" });
    try {
      const db = kawasaki.database.db;
      const bu = await makeDepartment(db, { kind: "bureau" });
      const inside = await makeDepartment(db, { parentId: bu.id });
      const outside = await makeDepartment(db);
      const p1 = await makePerson(db, { departmentId: inside.id });
      const p2 = await makePerson(db, { departmentId: outside.id });
      const head = await userClient(kawasaki, {
        departmentId: inside.id,
        roles: [["bureau_security_head", bu.id]],
      });
      const body = await (await head.client.get("/api/people")).json();
      const ids = body.items.map((p: { id: string }) => p.id);
      expect(ids).toContain(p1.id);
      expect(ids).not.toContain(p2.id);
      expect((await head.client.get(`/api/people/${p2.id}`)).status).toBe(404);
    } finally {
      await kawasaki.close();
    }
  }, 60_000);

  it("searches by name, kana and number and pages by cursor and by offset", async () => {
    const kana = await (await ciso.get(`/api/people?q=${encodeURIComponent("ちば")}`)).json();
    expect(kana.items.map((p: { id: string }) => p.id)).toEqual([personC.id]);
    const spaced = await (await ciso.get(`/api/people?q=${encodeURIComponent("青木一郎")}`)).json();
    expect(spaced.items.map((p: { id: string }) => p.id)).toEqual([personA.id]);
    const num = await (await ciso.get("/api/people?q=1002")).json();
    expect(num.items.map((p: { id: string }) => p.id)).toEqual([personB.id]);
    const wildcard = await (await ciso.get(`/api/people?q=${encodeURIComponent("%")}`)).json();
    expect(wildcard.items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null; total: number } = await (
        await ciso.get(`/api/people?limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      total = page.total;
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const offset = await (await ciso.get("/api/people?limit=2&offset=2")).json();
    expect(offset.items.map((p: { id: string }) => p.id)).toEqual(seen.slice(2, 4));
    expect((await ciso.get("/api/people?cursor=garbage")).status).toBe(400);
  });

  it("creates and updates a person with audited changed fields (phone values redacted)", async () => {
    const since = await lastEventId(t);
    const bad = await admin.post("/api/people", { name: "x", employmentType: "intern" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.employmentType.message_ja).toContain("任用形態");
    expect(
      (await staffA.post("/api/people", { name: "x", employmentType: "regular", departmentId: deptA.id }))
        .status,
    ).toBe(403);
    const res = await admin.post("/api/people", {
      name: "派遣 花子",
      employmentType: "dispatched",
      departmentId: deptA.id,
      employeeNumber: "H-01",
      phone: "096-000-0000",
    });
    expect(res.status).toBe(201);
    const p = await res.json();
    expect(p).toMatchObject({
      employmentType: "dispatched",
      departmentName: "総務課",
      hasLogin: false,
      login: null,
    });
    const upd = await admin.patch(`/api/people/${p.id}`, {
      title: "事務補助",
      phone: "096-111-1111",
      departmentId: deptB.id,
    });
    expect(upd.status).toBe(200);
    expect(await upd.json()).toMatchObject({ title: "事務補助", departmentId: deptB.id });
    const dupNumber = await admin.post("/api/people", {
      name: "y",
      employmentType: "regular",
      employeeNumber: "H-01",
    });
    expect(dupNumber.status).toBe(409);

    const events = await eventsSince(t, since);
    expect(events.map((e) => e.type)).toEqual(["org.person.created", "org.person.updated"]);
    const changes = (events[1].data as { changes: Record<string, unknown> }).changes;
    expect(changes).toEqual({
      title: { from: null, to: "事務補助" },
      phone: { from: "***", to: "***" },
      departmentId: { from: deptA.id, to: deptB.id },
    });
    expect(JSON.stringify(events)).not.toContain("096-111-1111");
  });

  it("creates a login with a temporary password shown once, to be changed at first sign-in", async () => {
    const p = await makePerson(t.database.db, { departmentId: deptA.id, name: "新人 太郎" });
    const since = await lastEventId(t);
    expect((await staffA.post(`/api/people/${p.id}/login`, { loginId: "shinjin" })).status).toBe(403);
    const res = await admin.post(`/api/people/${p.id}/login`, { loginId: "shinjin" });
    expect(res.status).toBe(201);
    const { temporaryPassword, mustChangePassword } = await res.json();
    expect(mustChangePassword).toBe(true);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) =>
      r.test(temporaryPassword),
    ).length;
    expect(classes).toBeGreaterThanOrEqual(3);
    const [u] = await t.database.db.select().from(users).where(eq(users.personId, p.id));
    expect(u.mustChangePassword).toBe(true);
    expect(u.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(u.passwordHash, temporaryPassword)).toBe(true);

    const again = await admin.post(`/api/people/${p.id}/login`, { loginId: "other" });
    expect(again.status).toBe(409);
    const other = await makePerson(t.database.db);
    const taken = await admin.post(`/api/people/${other.id}/login`, { loginId: "shinjin" });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.fields.loginId).toBeDefined();

    const events = await eventsSince(t, since);
    expect(events.map((e) => e.type)).toEqual(["org.person.login_created"]);
    expect(JSON.stringify(events[0].data)).not.toContain(temporaryPassword);

    const detail = await (await admin.get(`/api/people/${p.id}`)).json();
    expect(detail.hasLogin).toBe(true);
    expect(detail.login).toMatchObject({ loginId: "shinjin", mustChangePassword: true, locked: false });
    // A colleague sees that a login exists but not its state.
    const seenByStaff = await (await staffA.get(`/api/people/${p.id}`)).json();
    expect(seenByStaff.hasLogin).toBe(true);
    expect(seenByStaff.login).toBeNull();
  });

  it("generates temporary passwords that meet the rule", () => {
    for (let i = 0; i < 200; i++) {
      const pw = generateTemporaryPassword();
      expect(pw).toHaveLength(16);
      for (const r of [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]) expect(pw).toMatch(r);
    }
  });
});
