/**
 * The document routes the screens read answer the schemas they declare (responses.ts): in
 * 西原村's profile, the basic policy through two published versions and an acknowledgement — the
 * kinds, the list, the document, a version, the 新旧対照表 and the acknowledgement figures — and a
 * restricted 実施手順 of a 課, whose version page carries the watermark.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, head: AuthedClient, staff: AuthedClient;
let dept: string;

async function user(roles: Array<[string, string | null]>, departmentId: string | null) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}
const shape = (res: Response, method: string, path: string, status = 200) =>
  expectDeclaredShape(t, res, { method, path, status }) as Promise<{ data: Record<string, unknown> }>;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  ciso = await user([["ciso", null]], null);
  committee = await user([["committee", null]], null);
  head = await user([["security_system_manager", dept]], dept);
  staff = await user([], dept);
}, 180_000);
afterAll(async () => t?.close());

/**
 * Drafts, approves and publishes version `n` of a document. A keeper who is also the only approver
 * (a 課 with one 課長) approves their own draft only with the unavoidable reason.
 */
async function publish(keeper: AuthedClient, approver: AuthedClient, id: string, n: number, text: string) {
  expect((await keeper.post(`/api/documents/${id}/versions`, { text })).status).toBe(201);
  const approve = {
    effectiveOn: "2026-05-01",
    ...(keeper === approver ? { overrideReason: "課長一人の課で他に承認できる者がいないため" } : {}),
  };
  const approved = await approver.post(`/api/documents/${id}/versions/${n}/approve`, approve);
  expect(approved.status, await approved.clone().text()).toBe(200);
  expect((await keeper.post(`/api/documents/${id}/versions/${n}/publish`)).status).toBe(200);
}

describe("document routes answer the shapes the document screens are typed from", () => {
  it("kinds, list, a document, a version, the 新旧対照表 and the acknowledgement figures", async () => {
    const kinds = await shape(await ciso.get("/api/documents/kinds"), "GET", "/api/documents/kinds");
    expect((kinds.data as unknown as unknown[]).length).toBeGreaterThan(0);
    const created = await ciso.post("/api/documents", {
      kind: "basic_policy",
      title: "情報セキュリティ基本方針",
      audience: { everyone: true },
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { data: { id: string } }).data.id;
    await publish(ciso, committee, id, 1, "1 目的\n2 定義");
    await publish(ciso, committee, id, 2, "1 目的\n2 定義\n3 対象者");
    expect((await staff.post(`/api/documents/${id}/acknowledgements`, { versionNumber: 2 })).status).toBe(
      201,
    );
    await shape(await staff.get("/api/documents"), "GET", "/api/documents");
    const doc = await shape(await ciso.get(`/api/documents/${id}`), "GET", "/api/documents/{id}");
    expect((doc.data.versions as unknown[]).length).toBe(2);
    await shape(
      await staff.get(`/api/documents/${id}/versions/2`),
      "GET",
      "/api/documents/{id}/versions/{number}",
    );
    const cmp = await shape(
      await staff.get(`/api/documents/${id}/compare?from=1&to=2`),
      "GET",
      "/api/documents/{id}/compare",
    );
    expect(cmp.data.summary).toMatchObject({ added: 1 });
    await shape(
      await ciso.get(`/api/documents/${id}/acknowledgements`),
      "GET",
      "/api/documents/{id}/acknowledgements",
    );
  });

  it("a restricted 実施手順's version page carries the watermark", async () => {
    const created = await head.post("/api/documents", {
      kind: "system_procedure",
      title: "住民情報システム 実施手順",
      departmentId: dept,
      systemName: "住民情報システム",
      audience: { everyone: false, roles: [], departments: [dept] },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = ((await created.json()) as { data: { id: string } }).data.id;
    await publish(head, head, id, 1, "1 操作手順");
    const page = await shape(
      await staff.get(`/api/documents/${id}/versions/1`),
      "GET",
      "/api/documents/{id}/versions/{number}",
    );
    expect(page.data.restricted).toBe(true);
    expect(page.data.watermark).not.toBeNull();
  });
});
