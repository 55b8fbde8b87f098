/**
 * 西原村 対策基準 8.3(3) 業務継続計画との整合性確保: 「別途業務継続計画を策定し、情報セキュリティ委員会は
 * 当該計画と情報セキュリティポリシーの整合性を確保しなければならない。」 The plan is a document kind of
 * its own: the CISO keeps its copy, and each version is approved by the committee — the record that the
 * committee checked it against the policy. (Before, 8.3 was mapped planned: no such kind existed.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
let ciso: AuthedClient;
let committee: AuthedClient;
let head: AuthedClient;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function login(roles: Array<[string, string | null]>, departmentId: string | null) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  ciso = await login([["ciso", null]], null);
  committee = await login([["committee", null]], null);
  head = await login([["security_system_manager", dept]], dept);
}, 180_000);
afterAll(() => t?.close());

describe("西原村 対策基準 8.3(3) 業務継続計画: the committee secures its consistency with the policy", () => {
  it("the kind cites 8.3(3); the CISO registers the plan, a 課長 may not; each version is approved by the committee, not the CISO", async () => {
    const kinds = await json(await ciso.get("/api/documents/kinds"));
    const bcp = kinds.data.find((k: { key: string }) => k.key === "business_continuity_plan");
    expect(bcp).toBeTruthy();
    expect(JSON.stringify(bcp)).toContain("nishihara:対策基準/8.3/(3)");
    const req = {
      kind: "business_continuity_plan",
      title: "西原村業務継続計画",
      audience: { everyone: true },
    };
    expect((await head.post("/api/documents", req)).status).toBe(403);
    const created = await ciso.post("/api/documents", req);
    expect(created.status).toBe(201);
    const id = (await json(created)).data.id;
    expect(
      (await ciso.post(`/api/documents/${id}/versions`, { text: "1 非常時優先業務\n2 情報システムの復旧" }))
        .status,
    ).toBe(201);
    expect(
      (await ciso.post(`/api/documents/${id}/versions/1/approve`, { effectiveOn: "2026-05-01" })).status,
    ).toBe(403);
    const ok = await committee.post(`/api/documents/${id}/versions/1/approve`, { effectiveOn: "2026-05-01" });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data).toMatchObject({
      state: "approved",
      approvedClause: "nishihara:対策基準/8.3/(3)",
    });
  });
});
