/**
 * Correcting a product re-matches its hosts against the stored advisories in the same transaction
 * as the correction and its audit event (#19 item 4): a corrected CPE finds what the wrong one
 * missed, a pair that no longer matches turns stale with its decision kept, and a failure leaves
 * neither the correction nor any match behind.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../../common/calendar";
import { cliContext } from "../../audit/record";
import { loadProfile } from "../../profile";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { warnEndOfSupport } from "./commands/eos-warn";
import { updateProduct } from "./commands/inventory";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let net: U, owner: U, head: U;
let device: string, productId: string, installationId: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

const matchesOf = (id: string) =>
  rows<{ key: string; verdict: string; state: string; stale: boolean }>(
    sql`select a.key, m.verdict, m.state, m.stale from vuln_matches m join vuln_advisories a on a.id = m.advisory_id
         where m.installation_id = ${id}::uuid order by a.key`,
  );
const patch = (body: Record<string, unknown>) =>
  head.client.patch(`/api/software/products/${productId}`, body);

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  net = await user([["network_administrator", null]], null);
  owner = await user([], dept);
  head = await user([["security_system_manager", dept]], dept);
  device = (
    await rows<{ id: string }>(
      sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id)
          values ('A-1', '税務サーバ', 'device', ${dept}::uuid, ${owner.personId}) returning id`,
    )
  )[0].id;
  const feed = readFileSync(join(import.meta.dirname, "feeds", "fixtures", "nvd-sample.json"));
  const imported = await net.client.request(
    "POST",
    "/api/vulnerabilities/imports?name=nvd.json",
    new Blob([new Uint8Array(feed)]),
    { "content-type": "application/octet-stream" },
  );
  expect(imported.status).toBe(201);
  // Registered under a misspelt CPE: no advisory names "log4jx", so nothing matches yet.
  const created = await head.client.post("/api/software/products", {
    vendor: "Apache",
    product: "Log4j",
    version: "2.14.1",
    cpe: "cpe:2.3:a:apache:log4jx:2.14.1:*:*:*:*:*:*:*",
    endOfSupport: "2030-12-31",
  });
  productId = (await json(created)).data.id;
  const inst = await head.client.post("/api/software/installations", {
    productId,
    assetId: device,
    plannedEndOfUse: "2029-03-31",
  });
  const body = (await json(inst)).data;
  expect(body.matches).toBe(0);
  installationId = body.installation.id;
});
afterAll(async () => t.close());

describe("correcting a product re-matches it (same transaction as the correction)", () => {
  it("a corrected CPE finds the advisory: an unconfirmed task for the owner, both events recorded", async () => {
    const res = await patch({ cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*" });
    expect(res.status).toBe(200);
    expect((await json(res)).data.rematched).toEqual({ matches: 1, inserted: 1, stale: 0 });
    expect(await matchesOf(installationId)).toEqual([
      { key: "CVE-2021-44228", verdict: "affected", state: "unconfirmed", stale: false },
    ]);
    const tasks = (await json(await owner.client.get("/api/vulnerabilities/tasks"))).data;
    expect(tasks.map((m: { advisoryKey: string }) => m.advisoryKey)).toEqual(["CVE-2021-44228"]);
    // The owner is told of the new task (one notice for the run), in the same transaction.
    const told = await rows<{ person_id: string; message_ja: string }>(
      sql`select person_id, message_ja from notifications where module = 'software' and kind = 'task_new'`,
    );
    expect(told).toEqual([{ person_id: owner.personId, message_ja: expect.stringContaining("1 件") }]);
    const events = await rows<{ type: string; data: Record<string, unknown> }>(
      sql`select type, data from audit_events where type in ('software.product_updated', 'vulnerability.matched')
           order by seq desc limit 2`,
    );
    expect(events.map((e) => e.type).sort()).toEqual(["software.product_updated", "vulnerability.matched"]);
    expect(events.find((e) => e.type === "vulnerability.matched")?.data).toMatchObject({
      scope: "products",
      productIds: [productId],
      inserted: 1,
    });
  });

  it("a version out of the range turns the match stale, its decision kept; back in range it returns as it was", async () => {
    const [task] = (await json(await owner.client.get("/api/vulnerabilities/tasks"))).data;
    const decided = await owner.client.post(`/api/vulnerabilities/matches/${task.id}/decision`, {
      state: "in_progress",
    });
    expect(decided.status).toBe(200);
    const out = await patch({ version: "2.17.1", cpe: "cpe:2.3:a:apache:log4j:2.17.1:*:*:*:*:*:*:*" });
    expect((await json(out)).data.rematched).toEqual({ matches: 0, inserted: 0, stale: 1 });
    expect(await matchesOf(installationId)).toEqual([
      { key: "CVE-2021-44228", verdict: "affected", state: "in_progress", stale: true },
    ]);
    expect((await json(await owner.client.get("/api/vulnerabilities/tasks"))).data).toEqual([]);
    const back = await patch({ version: "2.14.1", cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*" });
    expect((await json(back)).data.rematched).toEqual({ matches: 1, inserted: 0, stale: 0 });
    // Back from stale is not a new task: no second notice.
    expect(
      await rows(sql`select id from notifications where module = 'software' and kind = 'task_new'`),
    ).toHaveLength(1);
    expect(await matchesOf(installationId)).toEqual([
      { key: "CVE-2021-44228", verdict: "affected", state: "in_progress", stale: false },
    ]);
  });

  it("a change matching does not read re-matches nothing; a new end of support re-checks the installations", async () => {
    const [before] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where type = 'vulnerability.matched'`,
    );
    const res = await patch({ endOfSupport: "2028-03-31" });
    expect(res.status).toBe(200);
    expect((await json(res)).data.rematched).toBeNull();
    const [after] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where type = 'vulnerability.matched'`,
    );
    expect(after.n).toBe(before.n);
    // Support now ends before the planned end of use (2029-03-31): flagged with 西原村 7.4(1)⑦.
    const [inst] = await rows<{ eos_status: string; eos_clause: string }>(
      sql`select eos_status, eos_clause from software_installations where id = ${installationId}::uuid`,
    );
    expect(inst).toEqual({ eos_status: "flagged", eos_clause: "nishihara:対策基準/7.4/(1)/⑦" });
    const [event] = await rows<{ data: Record<string, unknown> }>(
      sql`select data from audit_events where type = 'software.product_updated' order by seq desc limit 1`,
    );
    expect(event.data).toMatchObject({
      endOfSupport: { from: "2030-12-31", to: "2028-03-31" },
      eosRechecked: 1,
    });
  });

  it("owners are told once when the budget lead time before the end of support begins; a new date warns again", async () => {
    const db = t.database.db;
    const profile = loadProfile("nishihara");
    const lead = profile.software?.end_of_support?.budget_lead_months ?? 0;
    const run = (at: string) => db.transaction((tx) => warnEndOfSupport(tx, profile, new Date(at)));
    const told = async () =>
      rows<{ person_id: string; message_ja: string }>(
        sql`select person_id, message_ja from notifications where kind = 'eos_ahead' order by created_at`,
      );
    // Support ends 2028-03-31: not yet within the lead time on 2026-04-01 …
    expect(lead).toBeGreaterThan(0);
    expect(await run(`${addMonths("2028-03-31", -lead - 1)}T00:00:00Z`)).toBe(0);
    // … then once it has begun: the owner, with the date in 和暦 and the clause; only once.
    const start = addMonths("2028-03-31", -lead);
    expect(await run(`${start}T00:00:00Z`)).toBe(1);
    expect(await run(`${start}T01:00:00Z`)).toBe(0);
    const [n] = await told();
    expect(n.person_id).toBe(owner.personId);
    expect(n.message_ja).toContain("令和10年3月31日");
    // The clause as people read it, never the profile's raw id.
    expect(n.message_ja).toContain("（根拠: 対策基準 7.4.(1)⑦）");
    expect(n.message_ja).not.toContain("nishihara:");
    // A corrected end of support warns again when its own lead time comes.
    expect((await patch({ endOfSupport: "2028-06-30" })).status).toBe(200);
    expect(await run(`${addMonths("2028-06-30", -lead)}T00:00:00Z`)).toBe(1);
    expect(await told()).toHaveLength(2);
  });

  it("when the re-match fails, the correction is not written either", async () => {
    const db = t.database.db;
    await db.execute(sql`create function refuse_match() returns trigger language plpgsql as $$
      begin raise exception 'refused by the test'; end $$`);
    await db.execute(
      sql`create trigger refuse_match before insert on vuln_matches for each row execute function refuse_match()`,
    );
    try {
      await db.execute(sql`delete from vuln_matches where installation_id = ${installationId}::uuid`);
      const [{ n: events }] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_events`);
      await expect(
        updateProduct(
          db,
          cliContext(),
          loadProfile("nishihara"),
          productId,
          { cpe: "cpe:2.3:a:apache:log4j:2.14.0:*:*:*:*:*:*:*" },
          new Date("2026-04-02T00:00:00Z"),
        ),
      ).rejects.toThrow(/insert into "vuln_matches"/i);
      const [p] = await rows<{ cpe: string }>(
        sql`select cpe from software_products where id = ${productId}::uuid`,
      );
      expect(p.cpe).toBe("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*");
      expect((await rows<{ n: number }>(sql`select count(*)::int as n from audit_events`))[0].n).toBe(events);
    } finally {
      await db.execute(sql`drop trigger refuse_match on vuln_matches`);
      await db.execute(sql`drop function refuse_match`);
    }
  });
});
