import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let staff: U, head: U, net: U;
let dept: string;
let pc: string, doc: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any };

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}
async function asset(number: string, kind: string, custodian: string | null) {
  const r = await t.database.db.execute(
    sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id, confidentiality) values (${number}, ${number}, ${kind}, ${dept}::uuid, ${custodian}, '1') returning id`,
  );
  return (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
}
const rows = async <T>(q: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(q)) as unknown as { rows: T[] }).rows;

async function fileAndApprove(fields: Record<string, string>, assetIds: string[]) {
  const c = await json(
    await staff.client.post("/api/requests", { kind: "software_install", assetIds, fields }),
  );
  await staff.client.post(`/api/requests/${c.data.id}/submit`, {});
  await head.client.post(`/api/requests/${c.data.id}/approve`, {});
  return c.data.id as string;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  staff = await user([], dept);
  head = await user([["security_system_manager", dept]], dept);
  net = await user([["network_administrator", null]], null);
  pc = await asset("PC-101", "device", staff.personId);
  doc = await asset("DOC-101", "document", null);
});
afterAll(async () => t.close());

describe("an approved ソフトウェア導入 request becomes the installation (7.1(17)②)", () => {
  it("nothing is installed before the last approval; then the product and installation exist, audited with the request", async () => {
    const id = await fileAndApprove(
      { softwareName: "Acrobat Reader", vendor: "Adobe", version: "2024.001", purpose: "PDF閲覧" },
      [pc, doc],
    );
    expect(await rows(sql`select id from software_installations`)).toEqual([]);
    const res = await json(await net.client.post(`/api/requests/${id}/approve`, {}));
    expect(res.data.status).toBe("approved");
    const inst = await rows<{ asset_id: string; approval_request_id: string; owner_person_id: string }>(
      sql`select i.asset_id, i.approval_request_id, i.owner_person_id from software_installations i
          join software_products p on p.id = i.product_id where p.vendor = 'Adobe' and p.product = 'Acrobat Reader'`,
    );
    // The document named with it carries no software; the PC does, owned by its custodian.
    expect(inst).toEqual([{ asset_id: pc, approval_request_id: id, owner_person_id: staff.personId }]);
    const events = await rows<{ type: string }>(
      sql`select type from audit_events where type in ('software.installed', 'software.product_created', 'request.approved') order by id`,
    );
    expect(events.map((e) => e.type)).toEqual([
      "request.approved",
      "request.approved",
      "software.product_created",
      "software.installed",
    ]);
    const mine = await json(await staff.client.get("/api/software/installations?mine=true"));
    expect(mine.data.map((r: { product: string }) => r.product)).toEqual(["Acrobat Reader"]);
  });

  it("a product already in the catalog is reused; the same software on the same host is not recorded twice", async () => {
    const again = await fileAndApprove(
      { softwareName: "acrobat reader", version: "2024.001", purpose: "再申請" },
      [pc],
    );
    await net.client.post(`/api/requests/${again}/approve`, {});
    const products = await rows<{ n: number }>(sql`select count(*)::int as n from software_products`);
    const insts = await rows<{ n: number }>(sql`select count(*)::int as n from software_installations`);
    expect([products[0].n, insts[0].n]).toEqual([1, 1]);
  });

  it("a rejected request installs nothing", async () => {
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "software_install",
        assetIds: [pc],
        fields: { softwareName: "FreeGame", vendor: "Games Inc", purpose: "休憩" },
      }),
    );
    await staff.client.post(`/api/requests/${c.data.id}/submit`, {});
    await head.client.post(`/api/requests/${c.data.id}/reject`, { comment: "業務外" });
    expect(await rows(sql`select id from software_products where product = 'FreeGame'`)).toEqual([]);
  });

  it("a product of the catalog with its CPE meets the stored advisories in the approving transaction", async () => {
    const feed = readFileSync(join(import.meta.dirname, "feeds", "fixtures", "nvd-sample.json"));
    const imported = await net.client.request(
      "POST",
      "/api/vulnerabilities/imports?name=nvd.json",
      new Blob([new Uint8Array(feed)]),
      { "content-type": "application/octet-stream" },
    );
    expect(imported.status).toBe(201);
    const created = await head.client.post("/api/software/products", {
      vendor: "Apache",
      product: "Log4j",
      version: "2.14.1",
      cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
      endOfSupport: "2030-12-31",
    });
    expect(created.status).toBe(201);
    const id = await fileAndApprove(
      { softwareName: "Log4j", vendor: "Apache", version: "2.14.1", purpose: "業務システムの部品" },
      [pc],
    );
    expect((await json(await staff.client.get("/api/vulnerabilities/tasks"))).data).toEqual([]);
    expect((await net.client.post(`/api/requests/${id}/approve`, {})).status).toBe(200);
    const tasks = (await json(await staff.client.get("/api/vulnerabilities/tasks"))).data;
    expect(tasks.map((m: { advisoryKey: string }) => m.advisoryKey)).toEqual(["CVE-2021-44228"]);
    const [run] = await rows<{ data: { scope: string; inserted: number } }>(
      sql`select data from audit_events where type = 'vulnerability.matched' order by seq desc limit 1`,
    );
    expect(run.data).toMatchObject({ scope: "installations", inserted: 1 });
  });
});
