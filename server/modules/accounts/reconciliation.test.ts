import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
let net: AuthedClient, orgAdmin: AuthedClient, staffClient: AuthedClient;
let dept: string, otherDept: string, systemId: string;
const ids: Record<string, string> = {};
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
/** The body, after checking it parses against the route's declared response schema. */
const shaped = async (res: Response, path: string) =>
  (await expectDeclaredShape(t, res, { method: "GET", path })) as { data: any };

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  dept = (await makeDepartment(db, { name: "税務課" })).id;
  otherDept = (await makeDepartment(db, { name: "福祉課" })).id;
  const n = await makeUser(db, { roles: [["network_administrator", null]] });
  net = authed(t, await signIn(t, n.user.loginId, n.password));
  const o = await makeUser(db, { roles: [["system_staff", null]] });
  orgAdmin = authed(t, await signIn(t, o.user.loginId, o.password));
  const s = await makeUser(db, { departmentId: dept });
  staffClient = authed(t, await signIn(t, s.user.loginId, s.password));
  for (const [key, active] of [
    ["present", true],
    ["retired", false],
    ["mover", true],
    ["twice", true],
  ] as const)
    ids[key] = (await makePerson(db, { name: key, departmentId: dept, active })).id;
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('S-1', '税務システム', 'system', ${dept}::uuid) returning id`,
  );
  const assetId = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
  systemId = (await json(await net.post("/api/accounts/systems", { assetId }))).data.id;
  const add = async (loginName: string, body: Record<string, unknown>) => {
    const res = await net.post("/api/accounts/accounts", {
      systemId,
      loginName,
      holderKind: "person",
      lastUsedOn: "2026-03-30",
      ...body,
    });
    expect(res.status).toBe(201);
  };
  await add("present", { personId: ids.present });
  await add("retired", { personId: ids.retired });
  await add("mover", { personId: ids.mover });
  await add("twice1", { personId: ids.twice });
  await add("twice2", { personId: ids.twice });
  await add("nobody", { personId: null });
  await add("stale", { personId: ids.present, lastUsedOn: "2025-10-01", state: "suspended" });
  await add("root", { holderKind: "system", privileged: true, lastUsedOn: "2025-10-01" });
  // 人事異動: mover goes to 福祉課 through an applied batch.
  const batch = (await (
    await orgAdmin.post("/api/transfers", {
      title: "令和8年4月1日付 人事異動",
      effectiveDate: "2026-04-01",
      items: [{ personId: ids.mover, toDepartmentId: otherDept }],
    })
  ).json()) as { id: string };
  expect((await orgAdmin.post(`/api/transfers/${batch.id}/apply`)).status).toBe(200);
});
afterAll(async () => t.close());

describe("reconciliation over the API", () => {
  it("7.2(1)②(ア)(ウ), 7.2(1)③(ア): flags each kind once, with the person, the transfer and the profile's clause", async () => {
    const res = await shaped(
      await net.get(`/api/accounts/reconciliation?systemId=${systemId}`),
      "/api/accounts/reconciliation",
    );
    expect(res.data.counts).toEqual({
      retired: 1,
      unfit_department: 1,
      unused: 1,
      unknown_person: 1,
      duplicate: 2,
      privileged_unapproved: 1,
      privileged_default_name: 1,
      privileged_no_time_limit: 1,
      development_expired: 0,
    });
    const byKind = (k: string) => res.data.findings.filter((f: { kind: string }) => f.kind === k);
    expect(byKind("retired")[0]).toMatchObject({
      loginName: "retired",
      personName: "retired",
      clause: "nishihara:対策基準/7.2/(1)/②/(ア)",
    });
    const moved = byKind("unfit_department")[0];
    expect(moved).toMatchObject({ loginName: "mover", personId: ids.mover });
    expect(moved.transfer).toMatchObject({
      effectiveDate: "2026-04-01",
      fromDepartmentName: "税務課",
      toDepartmentName: "福祉課",
    });
    expect(byKind("unused")[0]).toMatchObject({ loginName: "root", since: "2025-10-01" });
    expect(byKind("unused")[0].clause).toBe("nishihara:対策基準/7.2/(1)/②/(ウ)");
    expect(byKind("privileged_unapproved")[0].ruleText.ja).toMatch(/特権/);
    expect(res.data.findings.some((f: { loginName: string }) => f.loginName === "stale")).toBe(false);
  });

  it("shows nothing to a staff member, and filters by kind", async () => {
    expect((await json(await staffClient.get("/api/accounts/reconciliation"))).data.findings).toEqual([]);
    const dup = await shaped(
      await net.get("/api/accounts/reconciliation?kind=duplicate"),
      "/api/accounts/reconciliation",
    );
    expect(dup.data.total).toBe(2);
    expect(dup.data.findings.map((f: { loginName: string }) => f.loginName).sort()).toEqual([
      "twice1",
      "twice2",
    ]);
  });
});

describe("privileged-ID register", () => {
  it("7.2(1)③(カ), 7.3(2)②(ア): lists privileged and development IDs with findings; renaming the default ID is recorded and clears it", async () => {
    const dev = await net.post("/api/accounts/accounts", {
      systemId,
      loginName: "vendor-dev",
      holderKind: "shared",
      purpose: "development",
      developmentEndsOn: "2026-03-31",
      lastUsedOn: "2026-03-30",
    });
    expect(dev.status).toBe(201);
    const before = (await json(await net.get("/api/accounts/privileged"))).data;
    const root = before.accounts.find((a: { loginName: string }) => a.loginName === "root");
    const kinds = (a: { findings: Array<{ kind: string }> }) => a.findings.map((f) => f.kind).sort();
    expect(kinds(root)).toEqual([
      "privileged_default_name",
      "privileged_no_time_limit",
      "privileged_unapproved",
      "unused",
    ]);
    expect(root.findings.find((f: { kind: string }) => f.kind === "privileged_default_name").clause).toBe(
      "nishihara:対策基準/7.2/(1)/③/(カ)",
    );
    const vendor = before.accounts.find((a: { loginName: string }) => a.loginName === "vendor-dev");
    expect(kinds(vendor)).toEqual(["development_expired"]);
    expect(before.rules.timeLimit.clause).toBe("nishihara:対策基準/7.2/(5)");
    // Renaming onto a name already in use is refused; a free name is recorded with the old one.
    expect((await net.patch(`/api/accounts/accounts/${root.id}`, { loginName: "present" })).status).toBe(409);
    const renamed = await net.patch(`/api/accounts/accounts/${root.id}`, {
      loginName: "zei-ops01",
      connectionLimitMinutes: 60,
      approvalRef: "R8-特権-1",
    });
    expect(renamed.status).toBe(200);
    expect((await json(renamed)).data).toMatchObject({ renamedFrom: "root", renamedOn: "2026-04-01" });
    const after = (await json(await net.get("/api/accounts/privileged"))).data;
    expect(kinds(after.accounts.find((a: { id: string }) => a.id === root.id))).toEqual(["unused"]);
    // Two IDs renamed to the same free name at the same moment: one wins, the other is told 409
    // (on PostgreSQL the loser may pass the command's check and hit the unique index), never 500.
    const racing = await Promise.all(
      [root.id, vendor.id].map((id) => net.patch(`/api/accounts/accounts/${id}`, { loginName: "same-new" })),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    // Staff see no register entries of others.
    expect((await json(await staffClient.get("/api/accounts/privileged"))).data.accounts).toEqual([]);
  });
});
