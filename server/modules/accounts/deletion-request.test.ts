/**
 * 西原村 対策基準 7.2(1)②(イ): 職員等は、業務上必要がなくなった場合は、利用者登録を抹消するよう、
 * ネットワーク管理者又は情報セキュリティ・システム管理者に通知しなければならない — the holder asks
 * from their own screen; 又は: the system's administrator is told, or the ネットワーク管理者 when
 * the system has none (policies/nishihara.yaml accounts.deletion_request).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
type U = { client: AuthedClient; personId: string };

let t: TestApp;
let net: U, head: U, holder: U, other: U;
let sysAdminId: string;
let withAdmin: string, withoutAdmin: string, othersId: string;

async function user(roles: Array<[string, string | null]>, d: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId: d, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

async function system(name: string, dept: string, administratorPersonId?: string) {
  const r = await t.database.db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values (${`N-${name}`}, ${name}, 'system', ${dept}::uuid) returning id`,
  );
  const assetId = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
  const res = await net.client.post("/api/accounts/systems", { assetId, administratorPersonId });
  expect(res.status).toBe(201);
  return (await json(res)).data.id as string;
}

async function account(systemId: string, loginName: string, personId: string) {
  const res = await net.client.post("/api/accounts/accounts", {
    systemId,
    loginName,
    holderKind: "person",
    personId,
  });
  expect(res.status).toBe(201);
  return (await json(res)).data.id as string;
}

const told = async (accountId: string) =>
  (
    (await t.database.db.execute(
      sql`select person_id::text as p from notifications where kind = 'id_deletion_requested' and record_id = ${accountId} order by p`,
    )) as unknown as { rows: Array<{ p: string }> }
  ).rows.map((r) => r.p);

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "税務課" })).id;
  net = await user([["network_administrator", null]], null);
  head = await user([["security_system_manager", dept]], dept);
  holder = await user([], dept);
  other = await user([], dept);
  sysAdminId = (await makePerson(db, { name: "管理 次郎", departmentId: dept })).id;
  const taxes = await system("税務システム", dept, sysAdminId);
  const mail = await system("グループウェア", dept);
  withAdmin = await account(taxes, "holder1", holder.personId);
  withoutAdmin = await account(mail, "holder2", holder.personId);
  othersId = await account(taxes, "other1", other.personId);
}, 180_000);
afterAll(async () => t?.close());

describe("西原村 対策基準 7.2(1)②(イ) 業務上不要となった利用者IDの抹消を管理者へ通知", () => {
  it("the holder asks for their own ID: recorded on the ID, the system's administrator told, audited; a second ask is refused", async () => {
    const res = await holder.client.post(`/api/accounts/accounts/${withAdmin}/deletion-request`, {
      reason: "異動により不要",
    });
    expect(res.status).toBe(201);
    const body = (await json(res)).data;
    expect(body.deletionReason).toBe("異動により不要");
    expect(body.told).toEqual([{ via: "system_administrator", role: null, count: 1 }]);
    expect(await told(withAdmin)).toEqual([sysAdminId]);
    // The notice names the ID, not the system: a recipient who may not open the system's asset
    // must not learn its name from it (the list shows it with their rights).
    const [notice] = (
      (await t.database.db.execute(
        sql`select message_ja as m from notifications where kind = 'id_deletion_requested' and record_id = ${withAdmin}`,
      )) as unknown as { rows: Array<{ m: string }> }
    ).rows;
    expect(notice.m).toContain("の削除が本人から依頼されました");
    expect(notice.m).not.toContain("税務システム");
    const audit = (
      (await t.database.db.execute(
        sql`select data from audit_events where type = 'accounts.deletion_requested' and target_id = ${withAdmin}`,
      )) as unknown as { rows: Array<{ data: { clause: string; reason: string } }> }
    ).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({
      clause: "nishihara:対策基準/7.2/(1)/②/(イ)",
      reason: "異動により不要",
    });
    // The holder's screen and the keepers' list show the ask on the ID's row.
    const mine = (await json(await holder.client.get("/api/accounts/accounts?mine=true"))).data;
    expect(mine.find((a: { id: string }) => a.id === withAdmin).deletionRequestedAt).toBeTruthy();
    const kept = (await json(await head.client.get("/api/accounts/accounts"))).data;
    expect(kept.find((a: { id: string }) => a.id === withAdmin).deletionReason).toBe("異動により不要");
    const again = await holder.client.post(`/api/accounts/accounts/${withAdmin}/deletion-request`, {});
    expect(again.status).toBe(409);
    expect(await told(withAdmin)).toHaveLength(1);
  });

  it("又は: a system without an administrator sends the ask to the ネットワーク管理者", async () => {
    const res = await holder.client.post(`/api/accounts/accounts/${withoutAdmin}/deletion-request`, {});
    expect(res.status).toBe(201);
    expect((await json(res)).data.told[0]).toMatchObject({ via: "manage_network" });
    expect(await told(withoutAdmin)).toContain(net.personId);
  });

  it("someone else's ID is answered like an unknown one (404), even to its keepers; an unknown field or too long a reason is a field error in both languages", async () => {
    expect((await holder.client.post(`/api/accounts/accounts/${othersId}/deletion-request`, {})).status).toBe(
      404,
    );
    expect((await head.client.post(`/api/accounts/accounts/${othersId}/deletion-request`, {})).status).toBe(
      404,
    );
    expect(await told(othersId)).toEqual([]);
    const long = await other.client.post(`/api/accounts/accounts/${othersId}/deletion-request`, {
      reason: "あ".repeat(2001),
    });
    expect(long.status).toBe(400);
    const field = (await json(long)).error.fields.reason;
    expect(field.message_ja).toBeTruthy();
    expect(field.message_en).toBeTruthy();
  });
});
