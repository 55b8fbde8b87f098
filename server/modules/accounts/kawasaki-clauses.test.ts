/**
 * 川崎市 基準 第4章1(2)エ, 第8章6(3)イ and 第9章4 (ICカード), read against the accounts routes
 * (issue #13, per-clause record). What the code does for each:
 * - 第4章1(2)エ 資格の割当状況の見直し: the reconciliation lists, per system, the IDs whose holder left,
 *   unused ones and privileged ones without a recorded permission — to its keepers, not to staff.
 * - 第8章6(3)イ 特権の付与状況の記録: the privileged-ID register records the permission and the
 *   connection limit of each privileged ID; until recorded, the ID is flagged.
 * - 第9章4(1)ア 共用の禁止: a card is issued to one person; the same card cannot be issued again.
 * - 第9章4(2) 紛失の報告で速やかにアクセスを停止: the report marks the card lost and ends the holder's
 *   sessions in the report's transaction.
 * - 第9章4(3) 切替え時の旧カードの回収・廃棄: replacing a card in hand needs how it was destroyed.
 * - 第9章4(4) 組織で共用するカード: a shared card belongs to a 課 and is kept by its 情報管理責任者.
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
let dept: string;
let supervisor: U, manager: U, otherManager: U, holder: U, staff: U;
let systemId: string;

async function user(roles: Array<[string, string | null]>, d: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId: d, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  dept = (await makeDepartment(db, { name: "市民課" })).id;
  const other = (await makeDepartment(db, { name: "税制課" })).id;
  supervisor = await user([["information_supervisor", null]], null);
  manager = await user([["information_manager", dept]], dept);
  otherManager = await user([["information_manager", other]], other);
  holder = await user([], dept);
  staff = await user([], dept);
  const retired = (await makePerson(db, { name: "退職 一郎", departmentId: dept, active: false })).id;
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('K-10', '住民記録システム', 'system', ${dept}::uuid) returning id`,
  );
  const assetId = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
  systemId = (await json(await supervisor.client.post("/api/accounts/systems", { assetId }))).data.id;
  for (const body of [
    { loginName: "taishoku", holderKind: "person", personId: retired },
    { loginName: "admin", holderKind: "system", privileged: true },
  ])
    expect(
      (
        await supervisor.client.post("/api/accounts/accounts", {
          systemId,
          lastUsedOn: "2026-03-30",
          ...body,
        })
      ).status,
    ).toBe(201);
}, 180_000);
afterAll(async () => t?.close());

describe("川崎市 基準 第4章1(2)エ 利用資格・資格の割当状況等の定期的な見直し", () => {
  it("the reconciliation against the directory lists the leaver's ID and the privileged ID without permission; staff see no finding", async () => {
    const rec = (await json(await supervisor.client.get(`/api/accounts/reconciliation?systemId=${systemId}`)))
      .data;
    const kinds = rec.findings.map((f: { kind: string }) => f.kind);
    expect(kinds).toContain("retired");
    expect(kinds).toContain("privileged_unapproved");
    const leaver = rec.findings.find((f: { kind: string }) => f.kind === "retired");
    expect(leaver.clause).toBe("kawasaki:基準/第8章/6/(2)/イ");
    const forStaff = await staff.client.get(`/api/accounts/reconciliation?systemId=${systemId}`);
    if (forStaff.status === 200) expect((await json(forStaff)).data.findings ?? []).toEqual([]);
    else expect([403, 404]).toContain(forStaff.status);
  });
});

describe("川崎市 基準 第8章6(3)イ 特権資格の付与状況の記録", () => {
  it("the register records each privileged ID's permission and connection limit; recorded, the ID is no longer flagged", async () => {
    const before = (await json(await supervisor.client.get("/api/accounts/privileged"))).data;
    const admin = before.accounts.find((a: { loginName: string }) => a.loginName === "admin");
    const kinds = (a: { findings: Array<{ kind: string }> }) => a.findings.map((f) => f.kind);
    expect(kinds(admin)).toContain("privileged_unapproved");
    const recorded = await supervisor.client.patch(`/api/accounts/accounts/${admin.id}`, {
      approvalRef: "R8-特権-12",
      connectionLimitMinutes: 60,
    });
    expect(recorded.status).toBe(200);
    expect((await json(recorded)).data).toMatchObject({
      approvalRef: "R8-特権-12",
      connectionLimitMinutes: 60,
    });
    const after = (await json(await supervisor.client.get("/api/accounts/privileged"))).data;
    const again = after.accounts.find((a: { id: string }) => a.id === admin.id);
    expect(kinds(again)).not.toContain("privileged_unapproved");
    expect(kinds(again)).not.toContain("privileged_no_time_limit");
  });
});

describe("川崎市 基準 第9章4 ICカードの管理", () => {
  let cardId: string;

  it("第9章4(1)ア 共用の禁止: the 情報管理責任者 issues a card to one person; the same card is not issued to a second person; staff may not issue", async () => {
    const body = { cardNumber: "K-IC-0001", personId: holder.personId, issuedOn: "2026-04-01" };
    expect((await staff.client.post("/api/accounts/ic-cards", body)).status).toBe(403);
    const res = await manager.client.post("/api/accounts/ic-cards", body);
    expect(res.status).toBe(201);
    cardId = (await json(res)).data.id;
    const second = await manager.client.post("/api/accounts/ic-cards", { ...body, personId: staff.personId });
    expect(second.status).toBe(409);
    const mine = (await json(await holder.client.get("/api/accounts/ic-cards?mine=true"))).data;
    expect(mine.map((c: { cardNumber: string }) => c.cardNumber)).toEqual(["K-IC-0001"]);
    expect((await json(await staff.client.get("/api/accounts/ic-cards?mine=true"))).data).toEqual([]);
  });

  it("第9章4(2) 紛失の報告があった場合、速やかに当該ICカードを使用したアクセスを停止する: the report stops the card and the holder's sessions at once", async () => {
    expect((await holder.client.get("/api/auth/me")).status).toBe(200);
    const res = await holder.client.post("/api/accounts/ic-cards/lost", {
      cardNumber: "K-IC-0001",
      circumstances: "帰宅途中に紛失",
    });
    expect(res.status).toBe(201);
    expect((await json(res)).data.clause).toBe("kawasaki:基準/第9章/4/(1)/ウ");
    expect((await holder.client.get("/api/auth/me")).status).toBe(401);
    const cards = (await json(await manager.client.get("/api/accounts/ic-cards"))).data;
    expect(cards.find((c: { id: string }) => c.id === cardId).state).toBe("lost");
  });

  it("第9章4(3) 切り替える前のカードを回収し、復元できないように処置した上で廃棄: a card in hand is replaced only with how it was destroyed", async () => {
    const issued = await manager.client.post("/api/accounts/ic-cards", {
      cardNumber: "K-IC-0100",
      personId: staff.personId,
      issuedOn: "2026-04-01",
    });
    const id = (await json(issued)).data.id;
    const noMethod = await manager.client.post(`/api/accounts/ic-cards/${id}/replace`, {
      newCardNumber: "K-IC-0101",
      issuedOn: "2026-04-02",
    });
    expect(noMethod.status).toBe(400);
    expect((await json(noMethod)).error.fields.destroyMethod).toBeTruthy();
    const replaced = await manager.client.post(`/api/accounts/ic-cards/${id}/replace`, {
      newCardNumber: "K-IC-0101",
      issuedOn: "2026-04-02",
      destroyMethod: "裁断機で粉砕",
    });
    expect(replaced.status).toBe(200);
    const cards = (await json(await manager.client.get("/api/accounts/ic-cards"))).data;
    const state = Object.fromEntries(
      cards.map((c: { cardNumber: string; state: string }) => [c.cardNumber, c.state]),
    );
    expect(state).toMatchObject({ "K-IC-0100": "destroyed", "K-IC-0101": "issued" });
  });

  it("第9章4(4) 組織で共用しているICカード: a shared card of the 課 is kept by its 情報管理責任者; another 課's does not see it", async () => {
    const res = await manager.client.post("/api/accounts/ic-cards", {
      cardNumber: "K-IC-SHARED-1",
      personId: null,
      departmentId: dept,
      issuedOn: "2026-04-01",
      note: "窓口端末の共用カード",
    });
    expect(res.status).toBe(201);
    const numbers = async (u: U) =>
      (await json(await u.client.get("/api/accounts/ic-cards"))).data.map(
        (c: { cardNumber: string }) => c.cardNumber,
      );
    expect(await numbers(manager)).toContain("K-IC-SHARED-1");
    expect(await numbers(otherManager)).not.toContain("K-IC-SHARED-1");
    expect(await numbers(staff)).not.toContain("K-IC-SHARED-1");
    expect(
      (
        await otherManager.client.post("/api/accounts/ic-cards", {
          cardNumber: "K-IC-SHARED-2",
          personId: null,
          departmentId: dept,
          issuedOn: "2026-04-01",
        })
      ).status,
    ).toBe(403);
  });
});
