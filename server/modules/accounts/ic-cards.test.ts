import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
type U = { client: AuthedClient; personId: string };

async function world(profileId: string, roles: { net?: string; heads: string[] }) {
  const t = await createTestApp({ profileId });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "税務課" })).id;
  const user = async (r: Array<[string, string | null]>, d: string | null): Promise<U> => {
    const u = await makeUser(db, { departmentId: d, roles: r });
    return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
  };
  const net = roles.net ? await user([[roles.net, null]], null) : null;
  const heads = [];
  for (const role of roles.heads) heads.push(await user([[role, dept]], dept));
  const holder = await user([], dept);
  const bystander = await user([], null);
  return { t, dept, net, heads, holder, bystander };
}

const recipientsOf = async (t: TestApp) =>
  (
    (await t.database.db.execute(
      sql`select person_id::text as p from notifications where kind = 'ic_card_lost' order by p`,
    )) as unknown as { rows: Array<{ p: string }> }
  ).rows.map((r) => r.p);

describe("IC cards under 西原村 (6.4(1)①(ウ), 6.4(1)②③: ネットワーク管理者 及び 課長)", () => {
  let w: Awaited<ReturnType<typeof world>>;
  let cardId: string;
  beforeAll(async () => {
    w = await world("nishihara", { net: "network_administrator", heads: ["security_system_manager"] });
  });
  afterAll(async () => w.t.close());

  it("the 課長 issues a card to a staff member; staff may not issue", async () => {
    const body = { cardNumber: "IC-0001", personId: w.holder.personId, issuedOn: "2026-04-01" };
    expect((await w.holder.client.post("/api/accounts/ic-cards", body)).status).toBe(403);
    const res = await w.heads[0].client.post("/api/accounts/ic-cards", body);
    expect(res.status).toBe(201);
    cardId = (await json(res)).data.id;
    expect((await w.heads[0].client.post("/api/accounts/ic-cards", body)).status).toBe(409);
    // The holder's own cards, in the shape the route declares (the web's CardView).
    const mine = (await expectDeclaredShape(
      w.t,
      await w.holder.client.get("/api/accounts/ic-cards?mine=true"),
      {
        method: "GET",
        path: "/api/accounts/ic-cards",
      },
    )) as { data: Array<{ cardNumber: string }> };
    expect(mine.data.map((c: { cardNumber: string }) => c.cardNumber)).toEqual(["IC-0001"]);
    expect((await json(await w.bystander.client.get("/api/accounts/ic-cards"))).data).toEqual([]);
  });

  it("anyone reports the loss: the holder is signed out at once, both duties are told, an incident is opened", async () => {
    expect((await w.holder.client.get("/api/auth/me")).status).toBe(200);
    const res = await w.bystander.client.post("/api/accounts/ic-cards/lost", {
      cardNumber: "ＩＣ－0001".normalize("NFKC"),
      circumstances: "庁舎の廊下で拾ったカードの持ち主が見つからない",
    });
    expect(res.status).toBe(201);
    // Someone who may not see the card learns only that the report was received (#12).
    const body = (await json(res)).data;
    expect(body).toMatchObject({
      accepted: true,
      cardNumber: "IC-0001",
      clause: "nishihara:対策基準/6.4/(1)/①/(ウ)",
    });
    expect(body.sessionsEnded).toBeUndefined();
    expect(body.incident.receiptNumber).toBeTruthy();
    expect((await w.holder.client.get("/api/auth/me")).status).toBe(401);
    expect(await recipientsOf(w.t)).toEqual([w.net?.personId, w.heads[0].personId].sort());
    // The keepers see what happened: both duties told (及び), one session ended.
    const [event] = (
      (await w.t.database.db.execute(
        sql`select data from audit_events where type = 'accounts.card_lost'`,
      )) as unknown as {
        rows: Array<{ data: { sessionsEnded: number; mode: string; told: Array<{ duty: string }> } }>;
      }
    ).rows;
    expect(event.data).toMatchObject({ sessionsEnded: 1, mode: "all" });
    expect(event.data.told.map((r) => r.duty)).toEqual(["manage_network", "manage_department_security"]);
    // The notice and the incident name the clause as people read it (「対策基準 6.4.(1)①(ウ)」),
    // never the profile's raw id (house rule: no raw codes on screen).
    const texts = (
      (await w.t.database.db.execute(
        sql`select message_ja || ' ' || message_en as t from notifications where kind = 'ic_card_lost'
            union all select details from incidents where id = ${body.incident.id}::uuid`,
      )) as unknown as { rows: Array<{ t: string }> }
    ).rows.map((r) => r.t);
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text).toContain("対策基準 6.4.(1)①(ウ)");
      expect(text).not.toContain("nishihara:");
    }
    // The reporter follows the incident they opened.
    expect((await w.bystander.client.get(`/api/incidents/${body.incident.id}`)).status).toBe(200);
    // A second report of the same card changes nothing on the card and tells the reporter the same.
    const again = await w.bystander.client.post("/api/accounts/ic-cards/lost", {
      cardId,
      circumstances: "再度",
    });
    expect(again.status).toBe(201);
    expect(Object.keys((await json(again)).data).sort()).toEqual(Object.keys(body).sort());
    // The card's keeper is told it is not in use.
    expect(
      (await w.heads[0].client.post("/api/accounts/ic-cards/lost", { cardId, circumstances: "再度" })).status,
    ).toBe(409);
  });

  it("replacing a lost card keeps it lost; replacing a card in hand needs how it was destroyed", async () => {
    const res = await w.heads[0].client.post(`/api/accounts/ic-cards/${cardId}/replace`, {
      newCardNumber: "IC-0002",
      issuedOn: "2026-04-02",
    });
    expect(res.status).toBe(200);
    const fresh = (await json(res)).data.id;
    const noMethod = await w.heads[0].client.post(`/api/accounts/ic-cards/${fresh}/replace`, {
      newCardNumber: "IC-0003",
      issuedOn: "2026-04-03",
    });
    expect(noMethod.status).toBe(400);
    expect((await json(noMethod)).error.fields.destroyMethod).toBeTruthy();
    expect(
      (
        await w.heads[0].client.post(`/api/accounts/ic-cards/${fresh}/replace`, {
          newCardNumber: "IC-0003",
          issuedOn: "2026-04-03",
          destroyMethod: "シュレッダーで破砕",
        })
      ).status,
    ).toBe(200);
    const cards = await json(await w.heads[0].client.get("/api/accounts/ic-cards"));
    const state = Object.fromEntries(
      cards.data.map((c: { cardNumber: string; state: string }) => [c.cardNumber, c.state]),
    );
    expect(state).toEqual({ "IC-0001": "lost", "IC-0002": "destroyed", "IC-0003": "issued" });
    const third = cards.data.find((c: { cardNumber: string }) => c.cardNumber === "IC-0003").id;
    expect((await w.holder.client.post(`/api/accounts/ic-cards/${third}/return`)).status).toBe(401);
    expect((await w.heads[0].client.post(`/api/accounts/ic-cards/${third}/return`)).status).toBe(200);
  });
});

describe("IC cards under 川崎市 (第9章4(1)ウ: 情報管理責任者 又は 情報システム管理者)", () => {
  it("tells only the first duty that has a holder", async () => {
    const w = await world("kawasaki", { heads: ["system_manager"] });
    try {
      await w.heads[0].client.post("/api/accounts/ic-cards", {
        cardNumber: "K-1",
        personId: w.holder.personId,
        issuedOn: "2026-04-01",
      });
      const res = await w.holder.client.post("/api/accounts/ic-cards/lost", {
        cardNumber: "K-1",
        circumstances: "電車内で紛失",
      });
      expect(res.status).toBe(201);
      const body = (await json(res)).data;
      expect(body.mode).toBe("any");
      expect(body.told).toEqual([{ duty: "manage_department_security", role: "system_manager", count: 1 }]);
      expect(body.clause).toBe("kawasaki:基準/第9章/4/(1)/ウ");
      expect(await recipientsOf(w.t)).toEqual([w.heads[0].personId]);
    } finally {
      await w.t.close();
    }
  });
});
