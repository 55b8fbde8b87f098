/**
 * The IC-card loss form as an oracle (#12): anyone may report a card lost by its number
 * (西原村 6.4(1)①(ウ)), so a hostile colleague could use it to learn which numbers exist, whose
 * they are and whether someone was signed out, or to sign people out one after another. A reporter
 * who is neither the holder nor a keeper gets the same answer (and an incident with the same words)
 * for a card in use, a card lost before and an unknown number; a per-person limit in the database
 * stops a sweep; every report — accepted, unmatched or refused — is in the audit log.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { CARD_LOSS_PER_PERSON } from "../limits";
import { icCards } from "../modules/accounts/tables";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Body = { data: any; error?: any };
interface Member {
  client: AuthedClient;
  personId: string;
  /** Signs in again (a loss report ends the holder's sessions). */
  again(): Promise<Member>;
}

async function member(t: TestApp, departmentId: string, roles: Array<[string, string | null]> = []) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  const signed = async (): Promise<Member> => ({
    client: authed(t, await signIn(t, u.user.loginId, u.password)),
    personId: u.person.id,
    again: signed,
  });
  return signed();
}

const report = async (m: Member, body: Record<string, unknown>) => {
  const res = await m.client.post("/api/accounts/ic-cards/lost", { circumstances: "廊下で拾った", ...body });
  return { status: res.status, body: (await res.json()) as Body };
};

/** An answer with the parts that differ by nature (the incident's id and receipt) blanked. */
const shape = (b: Body) => ({
  ...b.data,
  cardNumber: "N",
  incident: { id: typeof b.data.incident.id, receiptNumber: typeof b.data.incident.receiptNumber },
});

describe("loss reports by someone who may not see the card", () => {
  let t: TestApp;
  let keeper: Member;
  let holder: Member;
  let prober: Member;
  const cardIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    const db = t.database.db;
    const dept = (await makeDepartment(db, { code: "CL-A", name: "税務課" })).id;
    const other = (await makeDepartment(db, { code: "CL-B", name: "住民課" })).id;
    keeper = await member(t, dept, [["security_system_manager", dept]]);
    holder = await member(t, dept);
    prober = await member(t, other);
    for (const n of ["CL-1", "CL-2", "CL-3"]) {
      const res = await keeper.client.post("/api/accounts/ic-cards", {
        cardNumber: n,
        personId: holder.personId,
        issuedOn: "2026-04-01",
      });
      expect(res.status).toBe(201);
      cardIds[n] = ((await res.json()) as Body).data.id;
    }
    // CL-2 is lost already (reported by its keeper, who is told the full outcome).
    const lost = await report(keeper, { cardNumber: "CL-2" });
    expect(lost.status).toBe(201);
    expect(lost.body.data).toMatchObject({ cardNumber: "CL-2", state: "lost", sessionsEnded: 1 });
  }, 120_000);
  afterAll(async () => t?.close());

  it("gets the same answer for a card in use, a lost card and an unknown number", async () => {
    holder = await holder.again();
    const inUse = await report(prober, { cardNumber: "CL-1" });
    const lostBefore = await report(prober, { cardNumber: "CL-2" });
    const unknown = await report(prober, { cardNumber: "CL-999" });
    for (const r of [inUse, lostBefore, unknown]) expect(r.status).toBe(201);
    expect(shape(inUse.body)).toEqual(shape(unknown.body));
    expect(shape(lostBefore.body)).toEqual(shape(unknown.body));
    expect(Object.keys(inUse.body.data).sort()).toEqual(["accepted", "cardNumber", "clause", "incident"]);
    expect(JSON.stringify(inUse.body)).not.toMatch(/sessionsEnded|cardId|told|state/);
    // The incident the reporter follows reads the same too (only the number they typed differs).
    // Ids, times, the receipt and the typed number blanked; everything else must be equal.
    const text = async (r: typeof inUse) => {
      const res = await prober.client.get(`/api/incidents/${r.body.data.incident.id}`);
      expect(res.status).toBe(200);
      const view = (await res.json()) as { summary: string; details: string };
      expect(view.summary).toMatch(/ICカードの紛失届/);
      return JSON.stringify(view)
        .replaceAll(r.body.data.incident.receiptNumber, "R")
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "U")
        .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})/g, "D")
        .replace(/CL-\d+/g, "N");
    };
    expect(await text(inUse)).toBe(await text(unknown));
    expect(await text(lostBefore)).toBe(await text(unknown));
    // …but the card in use was suspended and its holder signed out all the same.
    const [card] = await t.database.db.select().from(icCards).where(eq(icCards.id, cardIds["CL-1"]));
    expect(card.state).toBe("lost");
    expect((await holder.client.get("/api/auth/me")).status).toBe(401);
    // By id instead of number: the same answer for someone else's card and an unknown id.
    const byId = await report(prober, { cardId: cardIds["CL-3"] });
    const byUnknownId = await report(prober, { cardId: "00000000-0000-4000-8000-000000000000" });
    expect(byId.status).toBe(201);
    expect(byUnknownId.status).toBe(201);
    expect(shape(byId.body)).toEqual(shape(byUnknownId.body));
  });

  it("every report is audited with what it matched", async () => {
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorPersonId, prober.personId));
    const of = (type: string) => events.filter((e) => e.type === type);
    expect(
      of("accounts.card_lost")
        .map((e) => (e.data as { cardNumber: string }).cardNumber)
        .sort(),
    ).toEqual(["CL-1", "CL-3"]);
    expect(of("accounts.card_lost").every((e) => (e.data as { answer: string }).answer === "uniform")).toBe(
      true,
    );
    expect(
      of("accounts.card_loss_unmatched")
        .map((e) => (e.data as { outcome: string }).outcome)
        .sort(),
    ).toEqual(["not_in_use", "unknown", "unknown"]);
  });

  it("is stopped after the per-person limit, audited, with nothing changed; the keeper is not held back", async () => {
    // The prober has made 5 reports in this hour: the limit.
    expect(CARD_LOSS_PER_PERSON.limit).toBe(5);
    const before = await t.database.db.select().from(icCards);
    const refused = await report(prober, { cardNumber: "CL-404" });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(refused.body.error.message_ja).toMatch(/紛失届/);
    expect(await t.database.db.select().from(icCards)).toEqual(before);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.type, "accounts.card_loss_refused"),
          eq(auditEvents.actorPersonId, prober.personId),
        ),
      );
    expect(audited.map((e) => e.data)).toEqual([
      { cardNumber: "CL-404", cardId: null, reason: "rate_limited" },
    ]);
    // A keeper over the card (whom the limit would only slow down) still reports it.
    for (let i = 0; i < CARD_LOSS_PER_PERSON.limit; i++) await report(keeper, { cardNumber: `NONE-${i}` });
    const issued = await keeper.client.post("/api/accounts/ic-cards", {
      cardNumber: "CL-5",
      personId: holder.personId,
      issuedOn: "2026-04-01",
    });
    expect(issued.status).toBe(201);
    const byKeeper = await report(keeper, { cardNumber: "CL-5" });
    expect(byKeeper.status).toBe(201);
    expect(byKeeper.body.data.state).toBe("lost");
    // …but the keeper is held back on numbers they may not see (they would learn nothing new).
    expect((await report(keeper, { cardNumber: "NONE-X" })).status).toBe(429);
    // The window passes: the prober may report again.
    t.clock.advance(CARD_LOSS_PER_PERSON.windowMs + 1000);
    // (an hour idle ends the sessions too)
    prober = await prober.again();
    keeper = await keeper.again();
    expect((await report(prober, { cardNumber: "CL-404" })).status).toBe(201);
  });

  it("the holder is told the full outcome; a refused report of a card not in use is audited", async () => {
    holder = await holder.again();
    const issued = await keeper.client.post("/api/accounts/ic-cards", {
      cardNumber: "CL-6",
      personId: holder.personId,
      issuedOn: "2026-04-01",
    });
    expect(issued.status).toBe(201);
    const own = await report(holder, { cardNumber: "CL-6" });
    expect(own.status).toBe(201);
    expect(own.body.data).toMatchObject({
      accepted: true,
      cardNumber: "CL-6",
      state: "lost",
      sessionsEnded: 1,
    });
    const again = await report(keeper, { cardNumber: "CL-5" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("card_not_in_use");
    const refusedEvents = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.type, "accounts.card_loss_refused"),
          eq(auditEvents.actorPersonId, keeper.personId),
        ),
      );
    expect(refusedEvents.map((e) => (e.data as { reason: string }).reason)).toContain("not_in_use");
  });
});
