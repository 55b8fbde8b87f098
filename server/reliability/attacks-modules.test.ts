/**
 * A hostile insider against the newer modules' rules (#12, cases beyond the listed classes), each
 * through the real routes on one matrix world: the attack, then what the rightful keeper may still do.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import type { AuthedClient } from "../test/session";
import { ouLdif, personLdif, sharedSlapd, slapdAvailable, slapdEnv, stopSharedSlapd } from "../test/slapd";
import { buildWorld, ok, rowsOf, signedInUser, type World } from "./matrix-world";
import { accountSystem } from "./write-fixtures/accounts";
import { installation } from "./write-fixtures/software";
import { managerB, supplierContract } from "./write-fixtures/suppliers";

let t: TestApp;
let w: World;
let mB: AuthedClient;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  w = await buildWorld(t);
  mB = await managerB(w);
}, 240_000);

afterAll(async () => {
  await t?.close();
  await stopSharedSlapd();
});

async function productOf(installationId: string) {
  const [row] = await rowsOf<{ id: string; eos: string | null; cpe: string | null }>(
    w,
    sql`select p.id, p.end_of_support::text as eos, p.cpe from software_installations i
          join software_products p on p.id = i.product_id where i.id = ${installationId}::uuid`,
  );
  return row;
}

describe("software: the shared catalog", () => {
  it("a 課長 of another 課 cannot move the end of support or the CPE of a product department A runs", async () => {
    const before = await productOf(await installation(w));
    for (const body of [{ endOfSupport: "2099-03-31" }, { cpe: null }]) {
      const res = await mB.patch(`/api/software/products/${before.id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
    }
    expect(
      await productOf(
        (
          await rowsOf<{ id: string }>(
            w,
            sql`select id from software_installations where product_id = ${before.id}::uuid`,
          )
        )[0].id,
      ),
    ).toEqual(before);
    // The keeper of the only 課 that runs it, and the ネットワーク管理者, still correct it.
    await ok(
      w.clients.managerA.patch(`/api/software/products/${before.id}`, { endOfSupport: "2031-09-30" }),
      "keeper",
    );
    await ok(
      w.clients.netAdmin.patch(`/api/software/products/${before.id}`, { endOfSupport: "2031-12-31" }),
      "network",
    );
    // A product installed nowhere yet is corrected by any keeper (the shared catalog).
    const fresh = await ok<{ id: string }>(
      mB.post("/api/software/products", { vendor: "攻撃", product: `新製品 ${w.seq()}`, version: "1" }),
      "product",
    );
    await ok(
      mB.patch(`/api/software/products/${fresh.id}`, { endOfSupport: "2030-03-31" }),
      "unused product",
    );
  });
});

describe("suppliers: the shared contractor catalog", () => {
  it("a 課長 of another 課 cannot give department A's contractor a certification or rename it", async () => {
    const { contractorId } = await supplierContract(w);
    const snapshot = () =>
      rowsOf(
        w,
        sql`select name, certifications, contact_email from supplier_contractors where id = ${contractorId}::uuid`,
      );
    const before = await snapshot();
    for (const body of [
      { certifications: [{ kind: "isms", number: "IS 999999", expiresOn: "2030-03-31" }] },
      { name: "別の会社" },
      { contactEmail: "attacker@example.com" },
    ]) {
      const res = await mB.patch(`/api/suppliers/contractors/${contractorId}`, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
    // The catalog and the entry still answer, and the entry tells B's 課長 it cannot be corrected.
    expect((await mB.get("/api/suppliers/contractors")).status).toBe(200);
    const entry = await mB.get(`/api/suppliers/contractors/${contractorId}`);
    expect(((await entry.json()) as { policies: { correct: boolean } }).policies.correct).toBe(false);
    // Department A's 課長 and the ネットワーク管理者 still correct it; B's 課長 corrects B's own new entry.
    await ok(
      w.clients.managerA.patch(`/api/suppliers/contractors/${contractorId}`, { contactName: "営業部" }),
      "keeper",
    );
    await ok(
      w.clients.netAdmin.patch(`/api/suppliers/contractors/${contractorId}`, { contactName: "営業一課" }),
      "network",
    );
    const own = await ok<{ id: string }>(
      mB.post("/api/suppliers/contractors", { name: `新規事業者${w.seq()}` }),
      "new",
    );
    await ok(mB.patch(`/api/suppliers/contractors/${own.id}`, { contactName: "担当" }), "unused contractor");
  });
});

describe.skipIf(!slapdAvailable())("org: the directory sync", () => {
  it("an administrator cannot move themselves into department A by applying a directory run", async () => {
    // The administrator's entry in the directory: matched by 職員番号, placed in department A.
    const [me] = await rowsOf<{ employeeNumber: string; name: string }>(
      w,
      sql`update people set employee_number = 'SELF-MOVE-1' where id = ${w.members.admin.personId}::uuid
          returning employee_number as "employeeNumber", name`,
    );
    const [dept] = await rowsOf<{ code: string }>(
      w,
      sql`select code from departments where id = ${w.deptA.id}::uuid`,
    );
    const slapd = await sharedSlapd(
      ouLdif("people") +
        personLdif({
          uid: "selfmove",
          employeeNumber: me.employeeNumber,
          cn: me.name,
          department: dept.code,
        }),
    );
    w.t.deps.config.env = slapdEnv(slapd);
    const departmentOfAdmin = async () =>
      (
        await rowsOf<{ d: string | null }>(
          w,
          sql`select department_id::text as d from people where id = ${w.members.admin.personId}::uuid`,
        )
      )[0].d;
    const before = await departmentOfAdmin();
    const run = await ok<{ id: string }>(
      w.clients.admin.post("/api/accounts/directory-sync/preview", {}),
      "dry run",
    );
    const res = await w.clients.admin.post(`/api/accounts/directory-sync/runs/${run.id}/apply`, {});
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("self_grant");
    expect(await departmentOfAdmin()).toBe(before);
    // A second administrator applies the same run (two-person rule).
    const second = await signedInUser(w.t, w.home.id, [["system_staff", null]], "行列 admin2");
    await ok(
      second.client.post(`/api/accounts/directory-sync/runs/${run.id}/apply`, {}),
      "second administrator",
    );
    expect(await departmentOfAdmin()).toBe(w.deptA.id);
  });
});

describe("accounts: no one grants themselves a privileged ID", () => {
  it("an administrator cannot make themselves the holder of a privileged ID", async () => {
    const admin = w.clients.admin;
    const me = w.members.admin.personId;
    const refused = async (res: Response, what: string) => {
      expect(res.status, what).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code, what).toBe("self_grant");
    };
    const systemId = await accountSystem(w);
    const privileged = {
      systemId,
      loginName: `root${w.seq()}`,
      holderKind: "person",
      personId: me,
      privileged: true,
      approvalRef: "R8-9",
      connectionLimitMinutes: 60,
    };
    await refused(await admin.post("/api/accounts/accounts", privileged), "a privileged ID held by oneself");
    // An ordinary ID of one's own is a fact to record; turning it privileged afterwards is a grant.
    const own = await ok<{ id: string }>(
      admin.post("/api/accounts/accounts", {
        systemId,
        loginName: `me${w.seq()}`,
        holderKind: "person",
        personId: me,
      }),
      "own ordinary ID",
    );
    await refused(
      await admin.patch(`/api/accounts/accounts/${own.id}`, {
        privileged: true,
        approvalRef: "R8-9",
        connectionLimitMinutes: 60,
      }),
      "own ID made privileged",
    );
    const [{ n }] = await rowsOf<{ n: number }>(
      w,
      sql`select count(*)::int as n from audit_events where type = 'access.self_grant_refused' and actor_person_id = ${me}::uuid
            and data->>'change' = 'privileged_id'`,
    );
    expect(n).toBe(2);
    const [{ p }] = await rowsOf<{ p: number }>(
      w,
      sql`select count(*)::int as p from system_accounts where person_id = ${me}::uuid and privileged`,
    );
    expect(p).toBe(0);
    // Nor through a user list of the system (the import applies the same rule).
    const [who] = await rowsOf<{ no: string; name: string }>(
      w,
      sql`update people set employee_number = coalesce(employee_number, 'SELF-LIST-1') where id = ${me}::uuid
          returning employee_number as no, name`,
    );
    const form = new FormData();
    const list = `ログイン名,職員番号,氏名,種別,特権\nroot${w.seq()},${who.no},${who.name},個人,はい`;
    form.set("file", new File([new TextEncoder().encode(list)], "users.csv"));
    form.set("dryRun", "false");
    await refused(
      await admin.post(`/api/accounts/systems/${systemId}/import`, form),
      "a list naming oneself",
    );
    // A second administrator registers it (two-person rule).
    const second = await signedInUser(w.t, w.home.id, [["system_staff", null]], "行列 admin3");
    await ok(
      second.client.post("/api/accounts/accounts", { ...privileged, loginName: `root${w.seq()}` }),
      "second administrator",
    );
  });
});
