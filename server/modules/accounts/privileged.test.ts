import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
type U = { client: AuthedClient; personId: string };

let t: TestApp;
let head: U, holder: U, deputy: U, bystander: U;
let dept: string, accountId: string, systemAssetId: string, otherAssetId: string;
const hours = (h: number) => new Date(t.deps.now().getTime() + h * 3_600_000).toISOString();

/** A 特権代行者 request as the requests module leaves it (its approval chain is tested there). */
async function deputyRequest(status: string, deputyPersonId: string, assetIds = [systemAssetId]) {
  const r = await t.database.db.execute(sql`
    insert into requests (kind, status, requester_person_id, department_id, fields, approval_required, ends_at)
    values ('privileged_deputy', ${status}, ${head.personId}::uuid, ${dept}::uuid,
            ${JSON.stringify({ deputyPersonId, system: "住民記録", reason: "休暇中の代行" })}::jsonb, true,
            ${hours(24 * 30)}::timestamptz)
    returning id, number`);
  const row = rowsOf<{ id: string; number: string }>(r)[0];
  for (const assetId of assetIds)
    await t.database.db.execute(
      sql`insert into request_assets (request_id, asset_id) values (${row.id}::uuid, ${assetId}::uuid)`,
    );
  return Number(row.number);
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  dept = (await makeDepartment(db, { name: "住民課" })).id;
  const user = async (roles: Array<[string, string | null]>, d: string | null): Promise<U> => {
    const u = await makeUser(db, { departmentId: d, roles });
    return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
  };
  head = await user([["security_system_manager", dept]], dept);
  holder = await user([], dept);
  deputy = await user([], dept);
  bystander = await user([], dept);
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('S-1', '住民記録システム', 'system', ${dept}::uuid) returning id`,
  );
  const assetId = rowsOf<{ id: string }>(r)[0].id;
  systemAssetId = assetId;
  const other = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values ('S-2', '財務会計システム', 'system', ${dept}::uuid) returning id`,
  );
  otherAssetId = rowsOf<{ id: string }>(other)[0].id;
  const systemId = (await json(await head.client.post("/api/accounts/systems", { assetId }))).data.id;
  const res = await head.client.post("/api/accounts/accounts", {
    systemId,
    loginName: "jyuki-ops",
    holderKind: "person",
    personId: holder.personId,
    privileged: true,
    approvalRef: "R8-12",
    connectionLimitMinutes: 60,
  });
  expect(res.status).toBe(201);
  accountId = (await json(res)).data.id;
});
afterAll(async () => t.close());

describe("privileged check-out (西原村 7.2(5)) and deputies (7.2(1)③(イ))", () => {
  let checkoutId: string;

  it("the holder checks the ID out for a task within the profile's window; the limit in force is recorded", async () => {
    const tooLong = await holder.client.post("/api/accounts/privileged/checkouts", {
      accountId,
      purpose: "年次更新",
      startsAt: hours(0),
      endsAt: hours(9),
    });
    expect(tooLong.status).toBe(400);
    const err = (await json(tooLong)).error.fields.endsAt;
    expect(err.message_ja).toContain("8時間");
    expect(err.message_ja).toContain("根拠: 対策基準 7.2.(5)");
    const res = await holder.client.post("/api/accounts/privileged/checkouts", {
      accountId,
      purpose: "住民記録の年次更新",
      startsAt: hours(0),
      endsAt: hours(2),
    });
    expect(res.status).toBe(201);
    const row = (await json(res)).data;
    checkoutId = row.id;
    expect(row).toMatchObject({
      state: "out",
      connectionLimitMinutes: 60,
      clause: "nishihara:対策基準/7.2/(5)",
    });
    expect(row.reviewDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // One check-out of an ID at a time.
    const again = await holder.client.post("/api/accounts/privileged/checkouts", {
      accountId,
      purpose: "別の作業",
      startsAt: hours(1),
      endsAt: hours(3),
    });
    expect(again.status).toBe(409);
  });

  it("nobody else takes it: staff who cannot see the ID get 404, the 課長 who keeps it is not its holder (403)", async () => {
    const body = { accountId, purpose: "x", startsAt: hours(3), endsAt: hours(4) };
    expect((await bystander.client.post("/api/accounts/privileged/checkouts", body)).status).toBe(404);
    expect((await head.client.post("/api/accounts/privileged/checkouts", body)).status).toBe(403);
    expect((await json(await bystander.client.get("/api/accounts/privileged/checkouts"))).data).toEqual([]);
  });

  it("returned with what was done; reviewed by a keeper, never by the one who used it", async () => {
    expect(
      (
        await head.client.post(`/api/accounts/privileged/checkouts/${checkoutId}/review`, {
          reviewNote: "確認",
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await bystander.client.post(`/api/accounts/privileged/checkouts/${checkoutId}/return`, {
          workNote: "x",
        })
      ).status,
    ).toBe(404);
    const ret = await holder.client.post(`/api/accounts/privileged/checkouts/${checkoutId}/return`, {
      workNote: "年次更新を実施した",
    });
    expect(ret.status).toBe(200);
    expect((await json(ret)).data.state).toBe("returned");
    expect(
      (
        await holder.client.post(`/api/accounts/privileged/checkouts/${checkoutId}/review`, {
          reviewNote: "自分で確認",
        })
      ).status,
    ).toBe(403);
    const rev = await head.client.post(`/api/accounts/privileged/checkouts/${checkoutId}/review`, {
      reviewNote: "作業記録と突き合わせた",
    });
    expect(rev.status).toBe(200);
    const list = (
      await json(await head.client.get(`/api/accounts/privileged/checkouts?accountId=${accountId}`))
    ).data;
    expect(list[0]).toMatchObject({
      state: "reviewed",
      loginName: "jyuki-ops",
      workNote: "年次更新を実施した",
      reviewNote: "作業記録と突き合わせた",
      asDeputy: false,
      policies: { review: true },
    });
    expect(list[0].personName).toBeTruthy();
  });

  it("a deputy is recorded only from an approved 特権代行者 request naming them, and may then check the ID out", async () => {
    const pending = await deputyRequest("submitted", deputy.personId);
    const refused = await head.client.post("/api/accounts/privileged/deputies", {
      accountId,
      requestNumber: pending,
    });
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.fields.requestNumber.message_ja).toContain("承認されていません");
    expect(
      (await head.client.post("/api/accounts/privileged/deputies", { accountId, requestNumber: 999999 }))
        .status,
    ).toBe(400);
    // An approval for another system's privilege, or for no named system, is not this ID's (#12).
    for (const assets of [[otherAssetId], []]) {
      const elsewhere = await deputyRequest("approved", deputy.personId, assets);
      const wrong = await head.client.post("/api/accounts/privileged/deputies", {
        accountId,
        requestNumber: elsewhere,
      });
      expect(wrong.status).toBe(400);
      const field = (await json(wrong)).error.fields.requestNumber;
      expect(field.message_ja).toMatch(assets.length ? /別のシステム/ : /対象システムを指定していません/);
      expect(field.message_en).toMatch(assets.length ? /another system/ : /names no system/);
      expect(field.message_ja).toContain("根拠: 対策基準 7.2.(1)③(イ)");
    }
    const approved = await deputyRequest("approved", deputy.personId);
    expect(
      (await holder.client.post("/api/accounts/privileged/deputies", { accountId, requestNumber: approved }))
        .status,
    ).toBe(403);
    const ok = await head.client.post("/api/accounts/privileged/deputies", {
      accountId,
      requestNumber: approved,
    });
    expect(ok.status).toBe(201);
    expect((await json(ok)).data).toMatchObject({
      personId: deputy.personId,
      clause: "nishihara:対策基準/7.2/(1)/③/(イ)",
    });
    expect(
      (await head.client.post("/api/accounts/privileged/deputies", { accountId, requestNumber: approved }))
        .status,
    ).toBe(409);
    const reg = (await json(await head.client.get("/api/accounts/privileged"))).data;
    expect(reg.accounts[0].deputies).toEqual([
      expect.objectContaining({ personId: deputy.personId, requestNumber: approved, active: true }),
    ]);
    expect(reg.rules.checkout).toMatchObject({ max_hours: 8, clause: "nishihara:対策基準/7.2/(5)" });
    const res = await deputy.client.post("/api/accounts/privileged/checkouts", {
      accountId,
      purpose: "保有者の休暇中の障害対応",
      startsAt: hours(5),
      endsAt: hours(6),
    });
    expect(res.status).toBe(201);
    const mine = (await json(await deputy.client.get("/api/accounts/privileged/checkouts"))).data;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      asDeputy: true,
      state: "out",
      policies: { return: true, review: false },
    });
  });

  it("every step is an audit event", async () => {
    const types = rowsOf<{ type: string }>(
      await t.database.db.execute(
        sql`select type from audit_events where type like 'accounts.privileged%' order by seq`,
      ),
    ).map((e) => e.type);
    expect(types).toEqual([
      "accounts.privileged_checked_out",
      "accounts.privileged_returned",
      "accounts.privileged_reviewed",
      "accounts.privileged_deputy_recorded",
      "accounts.privileged_checked_out",
    ]);
  });
});

describe("西原村 7.2(5) 特権による接続時間の制限: time past the window is shown to the reviewer", () => {
  it("a check-out still out after its end is overdue; one given back after its end is returned_late", async () => {
    const db = t.database.db;
    const insert = (purpose: string, state: string, from: number, to: number, returned: number | null) =>
      db.execute(sql`
        insert into privileged_checkouts (account_id, system_id, department_id, person_id, purpose,
          starts_at, ends_at, clause, state, returned_at, review_due_on)
        select id, system_id, department_id, ${holder.personId}::uuid, ${purpose},
               ${hours(from)}::timestamptz, ${hours(to)}::timestamptz, 'nishihara:対策基準/7.2/(5)', ${state},
               ${returned === null ? null : hours(returned)}::timestamptz, current_date
          from system_accounts where id = ${accountId}::uuid`);
    await insert("返却忘れ", "out", -50, -48, null);
    await insert("延長した作業", "returned", -30, -29, -27);
    await insert("時間内の作業", "returned", -20, -19, -19.5);
    const list = (
      await json(await head.client.get(`/api/accounts/privileged/checkouts?accountId=${accountId}`))
    ).data as Array<{ purpose: string; overtime: string | null }>;
    const overtime = Object.fromEntries(list.map((r) => [r.purpose, r.overtime]));
    expect(overtime).toMatchObject({
      返却忘れ: "overdue",
      延長した作業: "returned_late",
      時間内の作業: null,
    });
  });
});
