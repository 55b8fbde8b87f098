/**
 * 川崎市 基準 第8章6 and 第10章10(2)ア over the API: the same reconciliation as 西原村's, with
 * 川崎市's own clauses on every finding (its profile's accounts rules), and 第8章8(6)ア(オ)'s
 * message at sign-in.
 */

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
let supervisor: AuthedClient;
let systemId: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any };

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "市民課" })).id;
  // The 情報監理者 holds manage_network organization-wide: it keeps the ID register.
  const s = await makeUser(db, { roles: [["information_supervisor", null]] });
  supervisor = authed(t, await signIn(t, s.user.loginId, s.password));
  const retired = (await makePerson(db, { name: "退職者", departmentId: dept, active: false })).id;
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('K-1', '住民記録システム', 'system', ${dept}::uuid) returning id`,
  );
  const assetId = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
  systemId = (await json(await supervisor.post("/api/accounts/systems", { assetId }))).data.id;
  const add = async (body: Record<string, unknown>) =>
    expect(
      (await supervisor.post("/api/accounts/accounts", { systemId, lastUsedOn: "2026-03-30", ...body }))
        .status,
    ).toBe(201);
  await add({ loginName: "taishoku", holderKind: "person", personId: retired });
  await add({ loginName: "root", holderKind: "system", privileged: true, lastUsedOn: "2025-10-01" });
  await add({
    loginName: "vendor-dev",
    holderKind: "shared",
    purpose: "development",
    developmentEndsOn: "2026-03-31",
  });
});
afterAll(async () => t?.close());

describe("川崎市 基準 第8章6(2)イ・ウ, 第8章6(3)ア(イ)(エ), 第8章6(3)ウ, 第10章10(2)ア: ID reconciliation cites 川崎市's clauses", () => {
  it("a leaver's ID, an unused ID, a privileged ID without permission, default name or time limit, an ended development ID", async () => {
    const rec = (await json(await supervisor.get(`/api/accounts/reconciliation?systemId=${systemId}`))).data;
    const clauseOf = (kind: string) => rec.findings.find((f: { kind: string }) => f.kind === kind)?.clause;
    expect(clauseOf("retired")).toBe("kawasaki:基準/第8章/6/(2)/イ");
    expect(clauseOf("unused")).toBe("kawasaki:基準/第8章/6/(2)/ウ");
    expect(clauseOf("privileged_unapproved")).toBe("kawasaki:基準/第8章/6/(3)/ア/(イ)");
    const reg = (await json(await supervisor.get("/api/accounts/privileged"))).data;
    const root = reg.accounts.find((a: { loginName: string }) => a.loginName === "root");
    const byKind = new Map(root.findings.map((f: { kind: string; clause: string }) => [f.kind, f.clause]));
    expect(byKind.get("privileged_default_name")).toBe("kawasaki:基準/第8章/6/(3)/ア/(エ)");
    expect(byKind.get("privileged_no_time_limit")).toBe("kawasaki:基準/第8章/6/(3)/ウ");
    const dev = reg.accounts.find((a: { loginName: string }) => a.loginName === "vendor-dev");
    expect(dev.findings.map((f: { kind: string; clause: string }) => [f.kind, f.clause])).toEqual([
      ["development_expired", "kawasaki:基準/第10章/10/(2)/ア"],
    ]);
  });
});

describe("川崎市 基準 第8章8(6)ア(オ) ログイン時におけるメッセージ", () => {
  it("the sign-in page's banner is 川崎市's, before anyone signs in", async () => {
    const res = await t.app.request("/api/auth/banner");
    expect(res.status).toBe(200);
    const banner = await res.json();
    expect(banner.ja).toContain("川崎市の情報システムです");
    expect(banner.ja).toBe(t.deps.profile().auth.login_banner.ja);
  });
});
