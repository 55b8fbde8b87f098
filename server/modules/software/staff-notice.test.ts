import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { AdvisoryDetailRes } from "./responses-writes";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let net: U, ciso: U, staff: U;
let advisoryId: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  net = await user([["network_administrator", null]], null);
  ciso = await user([["ciso", null]], null);
  staff = await user([], dept);
  const bytes = readFileSync(join(import.meta.dirname, "feeds", "fixtures", "nvd-sample.json"));
  const res = await net.client.request(
    "POST",
    "/api/vulnerabilities/imports?name=nvd.json",
    new Blob([bytes]),
    {
      "content-type": "application/octet-stream",
    },
  );
  expect(res.status).toBe(201);
  advisoryId = (await rows<{ id: string }>(sql`select id from vuln_advisories order by key limit 1`))[0].id;
});
afterAll(async () => t.close());

describe("a malware or urgent notice to all staff from an advisory (7.6(2), 7.4(1)③)", () => {
  const path = () => `/api/vulnerabilities/advisories/${advisoryId}/staff-notices`;

  it("only the duty the profile names (西原村: the ネットワーク管理者) sends it", async () => {
    const body = { kind: "malware", message: "添付ファイルを開かないでください。" };
    expect((await staff.client.post(path(), body)).status).toBe(403);
    expect((await ciso.client.post(path(), body)).status).toBe(403);
    expect(await rows(sql`select id from notifications where kind like 'staff_notice%'`)).toEqual([]);
  });

  it("the advisory list tells the screen who may send one: the ネットワーク管理者, not the CISO or staff", async () => {
    const canSend = async (u: U) => {
      const res = await u.client.get("/api/vulnerabilities/advisories");
      expect(res.status).toBe(200);
      return ((await res.json()) as { can: { notifyStaff: boolean } }).can.notifyStaff;
    };
    expect(await canSend(net)).toBe(true);
    expect(await canSend(ciso)).toBe(false);
    expect(await canSend(staff)).toBe(false);
  });

  it("reaches every active person, audited with the clauses", async () => {
    const res = await net.client.post(path(), {
      kind: "malware",
      message: "添付ファイルを開かないでください。",
    });
    expect(res.status).toBe(201);
    const active = await rows<{ n: number }>(sql`select count(*)::int as n from people where active`);
    expect((await json(res)).data.recipients).toBe(active[0].n);
    const mine = await rows<{ message_ja: string }>(
      sql`select message_ja from notifications where person_id = ${staff.personId}::uuid and kind = 'staff_notice_malware'`,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].message_ja).toMatch(
      /^【不正プログラム注意喚起】CVE-.*添付ファイルを開かないでください。$/,
    );
    const [event] = await rows<{ data: { clauses: string[]; recipients: number } }>(
      sql`select data from audit_events where type = 'vulnerability.staff_notified'`,
    );
    expect(event.data.clauses).toEqual(["nishihara:対策基準/7.6/(2)", "nishihara:対策基準/7.4/(1)/③"]);
  });

  it("refuses an empty message or unknown kind naming the field, and an unknown advisory with 404", async () => {
    const bad = await net.client.post(path(), { kind: "urgent", message: " " });
    expect(bad.status).toBe(400);
    expect(Object.keys((await json(bad)).error.fields)).toContain("message");
    expect((await net.client.post(path(), { kind: "spam", message: "x" })).status).toBe(400);
    const missing = await net.client.post(
      "/api/vulnerabilities/advisories/00000000-0000-4000-8000-000000000000/staff-notices",
      { kind: "urgent", message: "x" },
    );
    expect(missing.status).toBe(404);
  });
});

describe("the advisory's detail (#14: its nested parts are typed in the OpenAPI document)", () => {
  it("answers the stored advisory and its parts within the declared schema", async () => {
    const res = await net.client.get(`/api/vulnerabilities/advisories/${advisoryId}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const parsed = AdvisoryDetailRes.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 5))).toBe(true);
    const data = parsed.data?.data;
    expect(data?.id).toBe(advisoryId);
    expect(Array.isArray(data?.cvss) && Array.isArray(data?.configurations)).toBe(true);
    expect(data?.configurations.length).toBeGreaterThan(0);
  });
});
