/**
 * One-time actions sent twice at once (#12): a double click or a replayed request must not do the
 * act twice. IC cards: two replacements of one lost card at once each issued the holder a new
 * card (two live cards, the old one pointing at one of them); two returns or two "found" each
 * wrote their event. The state is now checked by the update itself: the second is 409 and
 * changes nothing. (Requests, documents, check-outs and reviews already guard their updates.)
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { icCards } from "../modules/accounts/tables";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makePerson, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

let t: TestApp;
let keeper: AuthedClient;
let dept: string;
let n = 0;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { code: "RP-A", name: "税務課" })).id;
  const u = await makeUser(t.database.db, { departmentId: dept, roles: [["security_system_manager", dept]] });
  keeper = authed(t, await signIn(t, u.user.loginId, u.password));
}, 120_000);
afterAll(async () => t?.close());

async function card(lost: boolean) {
  const holder = await makePerson(t.database.db, { departmentId: dept });
  const res = await keeper.post("/api/accounts/ic-cards", {
    cardNumber: `RP-${++n}`,
    personId: holder.id,
    issuedOn: "2026-04-01",
  });
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { data: { id: string } }).data.id;
  if (lost)
    expect(
      (await keeper.post("/api/accounts/ic-cards/lost", { cardId: id, circumstances: "紛失" })).status,
    ).toBe(201);
  return { id, holder: holder.id };
}

const events = async (type: string, id: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.type, type))).filter(
    (e) => e.targetId === id,
  ).length;

describe("IC cards: a one-time action sent twice at once", () => {
  it("two replacements of one lost card: one new card, the other refused", async () => {
    const c = await card(true);
    const statuses = (
      await Promise.all(
        ["RP-NEW-1", "RP-NEW-2"].map((newCardNumber) =>
          keeper.post(`/api/accounts/ic-cards/${c.id}/replace`, { newCardNumber, issuedOn: "2026-04-02" }),
        ),
      )
    )
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
    const live = await t.database.db.execute(
      sql`select count(*)::int as n from ic_cards where person_id = ${c.holder}::uuid and state = 'issued'`,
    );
    expect((live as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(1);
    expect(await events("accounts.card_replaced", c.id)).toBe(1);
  });

  it("two returns, two 'found': each done once", async () => {
    const r = await card(false);
    const returned = await Promise.all(
      [1, 2].map(() => keeper.post(`/api/accounts/ic-cards/${r.id}/return`)),
    );
    expect(returned.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(await events("accounts.card_returned", r.id)).toBe(1);
    const f = await card(true);
    const found = await Promise.all([1, 2].map(() => keeper.post(`/api/accounts/ic-cards/${f.id}/found`)));
    expect(found.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(await events("accounts.card_found", f.id)).toBe(1);
    const [row] = await t.database.db.select().from(icCards).where(eq(icCards.id, f.id));
    expect(row.state).toBe("issued");
  });
});
