/**
 * 西原村 対策基準 7.2(1)②(イ): 職員等は、業務上必要がなくなった場合は、利用者登録を抹消するよう、
 * ネットワーク管理者又は情報セキュリティ・システム管理者に通知しなければならない — the keepers'
 * side: the open asks are listed for those who keep the system's IDs, who remove or suspend the
 * ID or keep it with a reason; the answer, the ID's state, the audit event and the notice to the
 * holder are one transaction, and the holder sees the answer on "my accounts".
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
type U = { client: AuthedClient; personId: string };
type Row = {
  id: string;
  state: string;
  deletionOutcome: string | null;
  deletionNote: string | null;
  deletionDecidedByName: string | null;
  policies: Record<string, boolean>;
};

let t: TestApp;
let head: U, holder: U, outsider: U;
let systemId: string;

async function user(roles: Array<[string, string | null]>, d: string | null, name?: string): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId: d, roles, name });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

async function askedId(loginName: string) {
  const res = await head.client.post("/api/accounts/accounts", {
    systemId,
    loginName,
    holderKind: "person",
    personId: holder.personId,
  });
  expect(res.status).toBe(201);
  const id = (await json(res)).data.id as string;
  expect(
    (await holder.client.post(`/api/accounts/accounts/${id}/deletion-request`, { reason: "異動で不要" }))
      .status,
  ).toBe(201);
  return id;
}

const openAsks = async (u: U) =>
  (
    (await expectDeclaredShape(t, await u.client.get("/api/accounts/accounts?deletion=open"), {
      method: "GET",
      path: "/api/accounts/accounts",
    })) as { data: Row[] }
  ).data;
const mine = async (id: string) =>
  ((await json(await holder.client.get("/api/accounts/accounts?mine=true"))).data as Row[]).find(
    (a) => a.id === id,
  ) as Row;
const noticesOf = async (id: string) =>
  (
    (await t.database.db.execute(
      sql`select person_id::text as p, message_ja as m from notifications where kind = 'id_deletion_decided' and record_id = ${id}`,
    )) as unknown as { rows: Array<{ p: string; m: string }> }
  ).rows;
const eventsOf = async (id: string) =>
  (
    (await t.database.db.execute(
      sql`select data from audit_events where type = 'accounts.deletion_decided' and target_id = ${id} order by occurred_at`,
    )) as unknown as { rows: Array<{ data: Record<string, unknown> }> }
  ).rows.map((r) => r.data);

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "税務課" })).id;
  const other = (await makeDepartment(db, { name: "福祉課" })).id;
  head = await user([["security_system_manager", dept]], dept, "課長 一郎");
  holder = await user([], dept);
  outsider = await user([["security_system_manager", other]], other);
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('N-1', '税務システム', 'system', ${dept}::uuid) returning id`,
  );
  const assetId = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
  const res = await head.client.post("/api/accounts/systems", { assetId });
  expect(res.status).toBe(201);
  systemId = (await json(res)).data.id;
}, 180_000);
afterAll(async () => t?.close());

describe("西原村 対策基準 7.2(1)②(イ) 削除依頼への回答（ネットワーク管理者又は情報セキュリティ・システム管理者）", () => {
  it("the keepers see the open ask and may answer it; the holder and another 課's 課長 may not", async () => {
    const id = await askedId("tax-decline");
    const asks = await openAsks(head);
    expect(asks.map((a) => a.id)).toContain(id);
    expect(asks.find((a) => a.id === id)?.policies.decide_deletion).toBe(true);
    expect((await mine(id)).policies.decide_deletion).toBe(false);
    expect(await openAsks(outsider)).toEqual([]);
    const path = `/api/accounts/accounts/${id}/deletion-request/decision`;
    expect((await holder.client.post(path, { outcome: "removed" })).status).toBe(403);
    expect((await outsider.client.post(path, { outcome: "removed" })).status).toBe(404);
    expect(await eventsOf(id)).toEqual([]);
  });

  it("declining needs a reason; the holder is told the answer and the reason, audited, and sees it on my accounts; a second answer is refused", async () => {
    const id = (await openAsks(head)).find((a) => a.deletionOutcome === null)?.id as string;
    const path = `/api/accounts/accounts/${id}/deletion-request/decision`;
    const bare = await head.client.post(path, { outcome: "declined", note: "  " });
    expect(bare.status).toBe(400);
    const field = (await json(bare)).error.fields.note;
    expect(field.message_ja).toContain("理由");
    expect(field.message_en).toContain("reason");
    const unknown = await head.client.post(path, { outcome: "archived" });
    expect(unknown.status).toBe(400);
    expect(await eventsOf(id)).toEqual([]);

    const res = await head.client.post(path, { outcome: "declined", note: "兼務先で引き続き使用" });
    expect(res.status).toBe(200);
    expect((await json(res)).data).toMatchObject({ state: "active", deletionOutcome: "declined" });
    const [notice] = await noticesOf(id);
    expect(notice.p).toBe(holder.personId);
    expect(notice.m).toContain("tax-decline");
    expect(notice.m).toContain("兼務先で引き続き使用");
    expect(notice.m).toContain("根拠: 対策基準 7.2.(1)②(イ)");
    expect(notice.m).not.toContain("税務システム");
    expect(await eventsOf(id)).toEqual([
      expect.objectContaining({
        outcome: "declined",
        note: "兼務先で引き続き使用",
        clause: "nishihara:対策基準/7.2/(1)/②/(イ)",
      }),
    ]);
    expect(await mine(id)).toMatchObject({
      state: "active",
      deletionOutcome: "declined",
      deletionNote: "兼務先で引き続き使用",
      deletionDecidedByName: "課長 一郎",
    });
    expect((await openAsks(head)).map((a) => a.id)).not.toContain(id);
    expect((await head.client.post(path, { outcome: "removed" })).status).toBe(409);
    expect(await noticesOf(id)).toHaveLength(1);
  });

  it("a declined ask may be made again; removing the ID answers it (state removed)", async () => {
    expect(await openAsks(head)).toEqual([]);
    const declined = (
      (await json(await holder.client.get("/api/accounts/accounts?mine=true"))).data as Row[]
    ).find((a) => a.deletionOutcome === "declined") as Row;
    expect(
      (await holder.client.post(`/api/accounts/accounts/${declined.id}/deletion-request`, {})).status,
    ).toBe(201);
    expect(await mine(declined.id)).toMatchObject({ deletionOutcome: null, deletionNote: null });
    const res = await head.client.post(`/api/accounts/accounts/${declined.id}/deletion-request/decision`, {
      outcome: "removed",
    });
    expect(res.status).toBe(200);
    expect(await mine(declined.id)).toMatchObject({ state: "removed", deletionOutcome: "removed" });
    expect((await noticesOf(declined.id)).map((n) => n.m).at(-1)).toContain("削除しました");
  });

  it("suspending the ID through the ordinary change answers the open ask as well", async () => {
    const id = await askedId("tax-suspend");
    const res = await head.client.patch(`/api/accounts/accounts/${id}`, { state: "suspended" });
    expect(res.status).toBe(200);
    expect((await json(res)).data).toMatchObject({ state: "suspended", deletionOutcome: "suspended" });
    expect(await mine(id)).toMatchObject({ state: "suspended", deletionOutcome: "suspended" });
    expect(await noticesOf(id)).toHaveLength(1);
    expect(await eventsOf(id)).toEqual([expect.objectContaining({ outcome: "suspended" })]);
    expect((await openAsks(head)).map((a) => a.id)).not.toContain(id);
  });
});
