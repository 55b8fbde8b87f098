/** 西原村 対策基準 6.3(2)①–③: a report from residents follows its own chain, through the contact point's 課. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { incidents } from "./tables";
import { client, type Json, member, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;
let kikakuChief: Awaited<ReturnType<typeof member>>;

beforeAll(async () => {
  t = await createTestApp(); // nishihara: contact_point.department_code = kikaku
  v = await village(t);
  const kikaku = await makeDepartment(t.database.db, { code: "kikaku", name: "企画商工課" });
  kikakuChief = await member(t, "企画商工 課長", kikaku.id, [["security_system_manager", kikaku.id]]);
}, 180_000);
afterAll(() => t?.close());

async function publicReport(ip: string) {
  const res = await t.app.request("/api/public/reports", {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-ip": ip },
    body: JSON.stringify({
      summary: "村のサイトが改ざんされています",
      details: "トップページに見知らぬ画像が出ています。",
    }),
  });
  const { receiptNumber } = await ok<{ receiptNumber: string }>(res, 201);
  const [row] = await t.database.db
    .select()
    .from(incidents)
    .where(eq(incidents.receiptNumber, receiptNumber));
  return row;
}

describe("西原村 対策基準 6.3(2)①–③ 住民等外部からの報告", () => {
  it("① the contact point's 情報セキュリティ・システム管理者 is step 1, ② then the ネットワーク管理者 速やかに, each step citing 6.3(2)", async () => {
    const row = await publicReport("203.0.113.50");
    const chief = await client(t, kikakuChief);
    const view = await ok<Json>(await chief.get(`/api/incidents/${row.id}`));
    expect(view.escalations).toHaveLength(1);
    expect(view.escalations[0]).toMatchObject({
      step: 1,
      status: "pending",
      duty: "manage_department_security",
      clause: "nishihara:対策基準/6.3/(2)/①",
    });
    expect(view.escalations[0].targets.map((x: Json) => x.personId)).toEqual([kikakuChief.personId]);
    // Another 課's manager is not told.
    expect((await (await client(t, v.managerA)).get(`/api/incidents/${row.id}`)).status).toBe(404);

    expect((await chief.post(`/api/incidents/${row.id}/acknowledge`, {})).status).toBe(200);
    const net = await client(t, v.netAdmin);
    const after = await ok<Json>(await net.get(`/api/incidents/${row.id}`));
    const step2 = after.escalations.find((e: Json) => e.step === 2);
    expect(step2).toMatchObject({ duty: "manage_network", clause: "nishihara:対策基準/6.3/(2)/②" });
    expect(step2.targets.map((x: Json) => x.personId)).toEqual([v.netAdmin.personId]);
  });

  it("③ the CISO step cites 6.3(2)③, and a staff report still follows 6.3(1)", async () => {
    const profile = t.deps.profile();
    expect(profile.incidents.public_escalation?.map((s) => s.clause)).toEqual([
      "nishihara:対策基準/6.3/(2)/①",
      "nishihara:対策基準/6.3/(2)/②",
      "nishihara:対策基準/6.3/(3)/①",
      "nishihara:対策基準/6.3/(2)/③",
    ]);
    const staff = await client(t, v.staffA);
    const created = await ok<Json>(
      await staff.post("/api/incidents", { summary: "USBメモリ紛失", details: "庁舎内で紛失しました。" }),
      201,
    );
    const manager = await client(t, v.managerA);
    const view = await ok<Json>(await manager.get(`/api/incidents/${created.id}`));
    expect(view.escalations[0]).toMatchObject({ step: 1, clause: "nishihara:対策基準/6.3/(1)/①" });
  });
});
