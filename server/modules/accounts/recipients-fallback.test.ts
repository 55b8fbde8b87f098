/**
 * When the profile's named recipients reach nobody. 川崎市 基準 第9章4(1)ウ: ＩＣカードを紛失した
 * 場合は、速やかに情報管理責任者又は情報システム管理者に報告 — a 課 with neither assigned would
 * leave the report with nobody; the profile's fallback (the 情報監理者, then the 情報統括監理者) is
 * told instead, and the audit records that the named ones were not reached. The same for an ask
 * to delete an ID (第8章6(2)イ): no system administrator and no 情報管理責任者 → the 情報監理者.
 */
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { chooseRecipients } from "./commands/recipients";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any };
type U = { client: AuthedClient; personId: string };

describe("chooseRecipients (又は / 及び, then the fallback office)", () => {
  const reach = fc.record({ key: fc.string(), personIds: fc.array(fc.uuid(), { maxLength: 2 }) });
  it("tells someone whenever anyone named or in the fallback is reachable; the fallback only when no named one is", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reach, { maxLength: 4 }),
        fc.constantFrom("all" as const, "any" as const),
        fc.array(reach, { maxLength: 3 }),
        async (named, mode, fallback) => {
          const r = await chooseRecipients(named, mode, fallback, async (f) => f);
          const namedReached = named.filter((n) => n.personIds.length);
          if (namedReached.length) {
            expect(r.fellBack).toBe(false);
            expect(r.told).toEqual(mode === "all" ? namedReached : [namedReached[0]]);
          } else {
            const first = fallback.find((f) => f.personIds.length);
            expect(r.told).toEqual(first ? [first] : []);
            expect(r.fellBack).toBe(!!first);
            // Nobody is dropped silently: every named recipient is listed as not reached.
            for (const n of named) expect(r.unreached).toContain(n);
          }
        },
      ),
    );
  });
});

describe("川崎市 第9章4(1)ウ・第8章6(2)イ: the named ones unassigned → the 情報監理者", () => {
  let t: TestApp;
  let supervisor: U, holder: U, asker: U;
  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    const db = t.database.db;
    // A 課 with no 情報管理責任者 and no 情報システム管理者 assigned.
    const dept = (await makeDepartment(db, { name: "市民課" })).id;
    const user = async (roles: Array<[string, string | null]>, d: string | null): Promise<U> => {
      const u = await makeUser(db, { departmentId: d, roles });
      return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
    };
    supervisor = await user([["information_supervisor", null]], null);
    holder = await user([], dept);
    // Another staff member of the 課 (the loss below signs the card's holder out).
    asker = await user([], dept);
    expect(
      (
        await supervisor.client.post("/api/accounts/ic-cards", {
          cardNumber: "K-FB-1",
          personId: holder.personId,
          issuedOn: "2026-04-01",
        })
      ).status,
    ).toBe(201);
  }, 180_000);
  afterAll(async () => t?.close());

  it("a lost card: the 情報監理者 is told, the audit names the unreached duties and the fallback", async () => {
    const res = await holder.client.post("/api/accounts/ic-cards/lost", {
      cardNumber: "K-FB-1",
      circumstances: "通勤中に紛失",
    });
    expect(res.status).toBe(201);
    const body = (await json(res)).data;
    expect(body.told).toEqual([{ duty: "manage_network", role: null, count: 1 }]);
    expect(body.unreached).toEqual([
      { duty: "manage_department_security", role: "information_manager" },
      { duty: "manage_department_security", role: "system_manager" },
    ]);
    const told = (
      (await t.database.db.execute(
        sql`select person_id::text as p from notifications where kind = 'ic_card_lost'`,
      )) as unknown as { rows: Array<{ p: string }> }
    ).rows.map((r) => r.p);
    expect(told).toEqual([supervisor.personId]);
    const [event] = (
      (await t.database.db.execute(
        sql`select data from audit_events where type = 'accounts.card_lost'`,
      )) as unknown as { rows: Array<{ data: Record<string, unknown> }> }
    ).rows;
    expect(event.data).toMatchObject({ fellBack: true, clause: "kawasaki:基準/第9章/4/(1)/ウ" });
  });

  it("an ask to delete an ID on a system with no administrator: the 情報監理者 is told", async () => {
    const r = await t.database.db.execute(
      sql`insert into assets (asset_number, name, kind, department_id)
          select 'K-FB-S', '窓口システム', 'system', department_id from people where id = ${asker.personId}::uuid
          returning id`,
    );
    const assetId = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
    const systemId = (await json(await supervisor.client.post("/api/accounts/systems", { assetId }))).data.id;
    const created = await supervisor.client.post("/api/accounts/accounts", {
      systemId,
      loginName: "k-holder",
      holderKind: "person",
      personId: asker.personId,
    });
    expect(created.status).toBe(201);
    const id = (await json(created)).data.id;
    const res = await asker.client.post(`/api/accounts/accounts/${id}/deletion-request`, {});
    expect(res.status).toBe(201);
    expect((await json(res)).data.told).toEqual([{ via: "manage_network", role: null, count: 1 }]);
    const [event] = (
      (await t.database.db.execute(
        sql`select data from audit_events where type = 'accounts.deletion_requested' and target_id = ${id}`,
      )) as unknown as { rows: Array<{ data: { fellBack: boolean; unreached: unknown[] } }> }
    ).rows;
    expect(event.data.fellBack).toBe(true);
    expect(event.data.unreached).toEqual([
      { via: "system_administrator", role: null },
      { via: "manage_department_security", role: "information_manager" },
    ]);
  });
});
