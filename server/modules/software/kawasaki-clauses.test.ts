/**
 * 川崎市 基準 第2章7, 第8章8(7) and 第8章8(12)ア・イ, read against the software routes (issue #13,
 * per-clause record):
 * - 第2章7 / 第8章8(7): the 情報監理者 collects the JVN and NVD advisories; each one that meets a
 *   registered installation is shared with the installation's owner as a task whose deadline follows
 *   川崎市's urgency table (7/14/30/90/180 days, KEV 7 days).
 * - 第8章8(12)イ: the owner records the update applied (with its evidence) and the task is done.
 * - 第8章8(12)ア: the 情報管理責任者 records the licences of the 課, shown against what is installed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../../common/calendar";
import { loadProfile } from "../../profile";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let supervisor: U, manager: U, owner: U, other: U;
let dept: string, device: string, log4j: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "feeds", "fixtures", name));

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

const upload = (u: U, name: string, bytes: Uint8Array) =>
  u.client.request(
    "POST",
    `/api/vulnerabilities/imports?name=${encodeURIComponent(name)}`,
    new Blob([new Uint8Array(bytes)]),
    { "content-type": "application/octet-stream" },
  );

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  dept = (await makeDepartment(t.database.db, { name: "税制課" })).id;
  const otherDept = (await makeDepartment(t.database.db, { name: "保険年金課" })).id;
  supervisor = await user([["information_supervisor", null]], null);
  manager = await user([["information_manager", dept]], dept);
  owner = await user([["information_user", dept]], dept);
  other = await user([["information_manager", otherDept]], otherDept);
  const r = await t.database.db.execute(
    sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id) values ('K-SV-1', '税務サーバ', 'device', ${dept}::uuid, ${owner.personId}) returning id`,
  );
  device = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
}, 180_000);
afterAll(async () => t?.close());

describe("川崎市 基準 第2章7 情報の収集及び共有, 第8章8(7) セキュリティホールに関する情報の収集・共有", () => {
  it("the 情報監理者 imports the JVN and NVD advisories; staff may not", async () => {
    expect((await upload(owner, "nvd.json", fixture("nvd-sample.json"))).status).toBe(403);
    for (const f of ["nvd-sample.json", "jvn-detail.xml"])
      expect((await upload(supervisor, f, fixture(f))).status).toBe(201);
    const list = await json(await owner.client.get("/api/vulnerabilities/advisories"));
    expect(list.data.map((a: { key: string }) => a.key)).toContain("CVE-2021-44228");
  });

  it("an advisory meeting an installation is shared with its owner as a task due by 川崎市's urgency table; another 課 sees nothing", async () => {
    const res = await manager.client.post("/api/software/products", {
      vendor: "Apache",
      product: "Log4j",
      version: "2.14.1",
      cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
      endOfSupport: "2030-12-31",
    });
    expect(res.status).toBe(201);
    log4j = (await json(res)).data.id;
    expect(
      (await manager.client.post("/api/software/installations", { productId: log4j, assetId: device }))
        .status,
    ).toBe(201);
    const tasks = (await json(await owner.client.get("/api/vulnerabilities/tasks"))).data as Array<{
      advisoryKey: string;
      severity: string | null;
      kev: boolean;
      dueOn: string;
    }>;
    expect(tasks.map((m) => m.advisoryKey)).toContain("CVE-2021-44228");
    const rule = loadProfile("kawasaki").software?.vulnerabilities as unknown as {
      deadline_days: Record<string, number>;
      kev_deadline_days: number;
    };
    expect(rule.deadline_days).toEqual({ critical: 7, high: 14, medium: 30, low: 90, none: 180 });
    for (const m of tasks) {
      const bySeverity = rule.deadline_days[m.severity ?? "none"] as number;
      const days = m.kev ? Math.min(bySeverity, rule.kev_deadline_days) : bySeverity;
      expect(m.dueOn, m.advisoryKey).toBe(addDays("2026-04-01", days));
    }
    expect((await json(await other.client.get("/api/vulnerabilities/matches"))).data).toEqual([]);
  });
});

describe("川崎市 基準 第8章8(12)イ パッチやバージョンアップなどを行い、最新の状態にする", () => {
  it("the owner records the update applied with its evidence; the task leaves the open list", async () => {
    const tasks = (await json(await owner.client.get("/api/vulnerabilities/tasks"))).data;
    const task = tasks.find((m: { advisoryKey: string }) => m.advisoryKey === "CVE-2021-44228");
    const applied = await owner.client.post(`/api/vulnerabilities/matches/${task.id}/decision`, {
      state: "applied",
      evidence: "2.17.1 へ更新（作業記録 No.3）",
    });
    expect(applied.status).toBe(200);
    const open = (await json(await owner.client.get("/api/vulnerabilities/tasks"))).data;
    expect(open.map((m: { advisoryKey: string }) => m.advisoryKey)).not.toContain("CVE-2021-44228");
  });
});

describe("川崎市 基準 第8章8(12)ア ソフトウェアのライセンスを管理", () => {
  it("the 情報管理責任者 records the 課's licences, shown against the installations; another 課's may not", async () => {
    const body = { productId: log4j, departmentId: dept, licenceType: "volume", seats: 2 };
    expect((await other.client.post("/api/software/licences", body)).status).toBe(403);
    expect((await owner.client.post("/api/software/licences", body)).status).toBe(403);
    expect((await manager.client.post("/api/software/licences", body)).status).toBe(201);
    const lic = (await json(await manager.client.get("/api/software/licences"))).data;
    expect(lic[0]).toMatchObject({ installed: 1, licensedTotal: 2 });
  });
});
