// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { makeAsset } from "../requests/test-support";
import { json, shapedGet, signedIn, type U } from "./test-helpers";

/**
 * 西原村 対策基準 10.1(7): the CISO orders the same check in other 課 where the same problem is
 * likely (横展開). Besides 課 chosen by name, the office chooses a system kind (a zone of the
 * profile) and the check opens in every 課 owning a system of that kind — as far as the office
 * may see those systems — each a finding of its own, tracked to closure from the origin.
 */
let t: TestApp;
let office: U, ciso: U, headA: U, headB: U;
let deptA: string, deptB: string, deptC: string, deptD: string, deptE: string, deptF: string;
let findingId: string;
const rows = async (q: ReturnType<typeof sql>) => ((await t.database.db.execute(q)) as any).rows as any[];
const lateralsOf = async (id: string) =>
  rows(sql`select department_id, lateral_zone from assurance_findings where origin_finding_id = ${id}::uuid`);

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = async (name: string) => (await makeDepartment(db, { name })).id;
  deptA = await dept("総務課");
  deptB = await dept("住民課");
  deptC = await dept("税務課");
  deptD = await dept("福祉課");
  deptE = await dept("建設課");
  deptF = await dept("教育課");
  const system = (departmentId: string, zone: string, confidentiality = "2", status = "in_use") =>
    makeAsset(db, { departmentId, kind: "system", zone, confidentiality, status });
  await system(deptA, "lgwan"); // the finding's own 課
  await system(deptB, "lgwan");
  await system(deptC, "lgwan", "3"); // 機密性3: the office may not open it
  await system(deptD, "internet");
  await system(deptE, "lgwan", "2", "disposed");
  await system(deptF, "lgwan");
  office = await signedIn(t, [["network_administrator", null]], deptA);
  ciso = await signedIn(t, [["ciso", null]], null);
  headA = await signedIn(t, [["security_system_manager", deptA]], deptA);
  headB = await signedIn(t, [["security_system_manager", deptB]], deptB);
  [{ id: findingId }] = await rows(sql`
    insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, due_date, state, created_at, updated_at)
    values ('nishihara', 'answer', 'nishihara:対策基準/8.2/(1)/③', ${deptA}, 'LGWAN接続系システムのパスワード設定の定期確認がない', 'low', '2027-03-31', 'open', now(), now())
    returning id`);
}, 120_000);
afterAll(async () => t.close());

describe("横展開 by system kind (西原村 対策基準 10.1(7))", () => {
  it("the finding offers the system kinds of the profile with the 課 owning such systems that the office may see", async () => {
    const detail = await shapedGet(
      t,
      "/api/assurance/findings/{id}",
      await office.client.get(`/api/assurance/findings/${findingId}`),
    );
    const lgwan = detail.data.systemKinds.find((k: any) => k.zone === "lgwan");
    expect(lgwan.name).toEqual({ ja: "LGWAN接続系", en: "LGWAN zone" });
    // 税務課's system is hidden from the office and 建設課's disposed: neither is named.
    expect(lgwan.departments.map((d: any) => [d.name, d.covered]).sort()).toEqual([
      ["住民課", false],
      ["教育課", false],
      ["総務課", true],
    ]);
    const internet = detail.data.systemKinds.find((k: any) => k.zone === "internet");
    expect(internet.departments.map((d: any) => d.id)).toEqual([deptD]);
    // A 課長 may not open a 横展開: no choices are offered to them.
    const asHead = await json(await headA.client.get(`/api/assurance/findings/${findingId}`));
    expect(asHead.policies.lateral).toBe(false);
    expect(asHead.data.systemKinds).toEqual([]);
  });

  it("bad input names the field in Japanese and English and writes nothing", async () => {
    const before = await rows(
      sql`select count(*)::int as n from audit_events where type = 'assurance.lateral_opened'`,
    );
    const none = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      dueDate: "2027-05-31",
    });
    expect(none.status).toBe(400);
    expect((await json(none)).error.fields.departmentIds).toMatchObject({
      message_ja: expect.stringContaining("システムの種別"),
      message_en: expect.stringContaining("system kind"),
    });
    const unknown = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      systemKind: "mainframe",
      dueDate: "2027-05-31",
    });
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).error.fields.systemKind).toMatchObject({
      message_ja: expect.stringContaining("システムの種別"),
      message_en: expect.stringContaining("System kind"),
    });
    expect(
      (
        await headA.client.post(`/api/assurance/findings/${findingId}/lateral`, {
          systemKind: "lgwan",
          dueDate: "2027-05-31",
        })
      ).status,
    ).toBe(403);
    expect(await lateralsOf(findingId)).toEqual([]);
    const after = await rows(
      sql`select count(*)::int as n from audit_events where type = 'assurance.lateral_opened'`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it("by name first (教育課), then by the kind LGWAN接続系: only 住民課 is added — the own 課, a covered one, a hidden and a disposed system are passed over", async () => {
    const named = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      departmentIds: [deptF],
      dueDate: "2027-05-31",
    });
    expect(named.status).toBe(201);
    const res = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      systemKind: "lgwan",
      dueDate: "2027-06-30",
      note: "LGWAN接続系システムの設定確認の手順を点検する",
    });
    expect(res.status).toBe(201);
    const created = (await json(res)).data;
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      source: "lateral",
      originFindingId: findingId,
      departmentId: deptB,
      lateralZone: "lgwan",
      clauseId: "nishihara:対策基準/8.2/(1)/③",
      dueDate: "2027-06-30",
      state: "open",
    });
    expect((await lateralsOf(findingId)).map((r) => [r.department_id, r.lateral_zone]).sort()).toEqual(
      [
        [deptB, "lgwan"],
        [deptF, null],
      ].sort(),
    );
    // The audit event of the same transaction names the kind and the 課 it reached.
    const [event] = await rows(sql`select data from audit_events where type = 'assurance.lateral_opened'
      and target_id = ${findingId} order by seq desc limit 1`);
    expect(event.data).toMatchObject({
      systemKind: "lgwan",
      departments: [deptB],
      findings: [created[0].id],
    });
  });

  it("the kind again reaches no uncovered 課: refused on systemKind, nothing written", async () => {
    const again = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      systemKind: "lgwan",
      dueDate: "2027-06-30",
    });
    expect(again.status).toBe(400);
    expect((await json(again)).error.fields.systemKind.message_ja).toContain("LGWAN接続系");
    expect(await lateralsOf(findingId)).toHaveLength(2);
  });

  it("tracked to closure: 住民課 corrects its lateral finding, the CISO verifies and closes it, the origin counts it", async () => {
    const [lateral] = await rows(
      sql`select id from assurance_findings where origin_finding_id = ${findingId}::uuid and department_id = ${deptB}::uuid`,
    );
    for (const state of ["in_progress", "done"])
      expect((await headB.client.patch(`/api/assurance/findings/${lateral.id}`, { state })).status).toBe(200);
    for (const state of ["verified", "closed"])
      expect((await ciso.client.patch(`/api/assurance/findings/${lateral.id}`, { state })).status).toBe(200);
    const origin = await shapedGet(
      t,
      "/api/assurance/findings/{id}",
      await office.client.get(`/api/assurance/findings/${findingId}`),
    );
    expect(origin.data.lateralProgress).toEqual({ total: 2, closed: 1, open: 1 });
    expect(origin.data.laterals.find((l: any) => l.departmentId === deptB)).toMatchObject({
      departmentName: "住民課",
      lateralZone: "lgwan",
      state: "closed",
    });
    // 住民課 sees its own lateral finding, not the origin.
    expect((await headB.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(404);
  });
});
