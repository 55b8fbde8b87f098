// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { makeAsset } from "../requests/test-support";
import { departments, signedIn, type U } from "./test-helpers";

/**
 * #16 item 5: during an audit an auditor reads the audited units' records *of the audit period*
 * (assets held then, requests filed then, register entries dated then, incidents handled then,
 * audit-log events recorded then), nothing of another unit or time, and nothing once it closes.
 * 西原村 10.1(3): the audited cooperate; 10.1(2)①: the auditor is of another 課.
 */
let t: TestApp;
let lead: U, committee: U, auditor: U, staffA: U, secondA: U, staffC: U;
let deptA: string, deptB: string, deptC: string;
const json = async (res: Response) => (await res.json()) as any;
const at = (day: string) => `${day}T10:00:00+09:00`;

async function asset(u: U, departmentId: string, name: string): Promise<string> {
  const res = await u.client.post("/api/assets", {
    kind: "information",
    departmentId,
    name,
    confidentiality: "2",
    integrity: "1",
    availability: "1",
  });
  expect(res.status).toBe(201);
  return (await json(res)).data.id;
}

async function carryOut(u: U, departmentId: string): Promise<string> {
  const usb = await makeAsset(t.database.db, {
    departmentId,
    kind: "medium",
    confidentiality: "2",
    name: "USB",
  });
  const res = await u.client.post("/api/requests", {
    kind: "carry_out",
    assetIds: [usb.id],
    fields: {
      purpose: "出張先での説明資料",
      destination: "熊本県庁",
      startsAt: "2026-04-01T09:30:00+09:00",
      returnDueAt: "2026-04-01T17:00:00+09:00",
      encrypted: true,
    },
  });
  expect(res.status).toBe(201);
  return (await json(res)).data.id;
}

async function incidentOn(u: U, assetId: string, departmentId: string): Promise<string> {
  const res = await u.client.post("/api/incidents", {
    summary: "USBメモリの紛失",
    details: "詳細",
    personalInfo: false,
  });
  expect(res.status).toBe(201);
  const id = (await json(res)).id as string;
  // The CSIRT would link the asset (POST /api/incidents/{id}/assets); set up directly here.
  await t.database.db.execute(sql`
    insert into incident_assets (incident_id, asset_id, asset_number, asset_name, department_id, linked_at)
    select ${id}::uuid, a.id, a.asset_number, a.name, ${departmentId}::uuid, now() from assets a where a.id = ${assetId}::uuid`);
  return id;
}

async function workLog(u: U, second: U, day: string): Promise<string> {
  const res = await u.client.post("/api/registers/work_log", {
    entryType: "record",
    occurredAt: at(day),
    personId: u.personId,
    data: { system: "住記", work: `設定変更 ${day}`, secondPersonId: second.personId },
  });
  expect(res.status).toBe(201);
  return (await json(res)).data.id;
}

const setCreated = (table: string, id: string, day: string) =>
  t.database.db.execute(sql.raw(`update ${table} set created_at = '${at(day)}' where id = '${id}'`));

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  [deptA, deptB] = await departments(t.database.db, "総務課", "住民課");
  lead = await signedIn(t, [["audit_lead", null]], null);
  committee = await signedIn(t, [["committee", null]], null);
  auditor = await signedIn(t, [["auditor", null]], deptB);
  staffA = await signedIn(t, [], deptA);
  secondA = await signedIn(t, [], deptA);
  // 建設課: neither audited nor the auditor's own.
  deptC = (await makeDepartment(t.database.db, { name: "建設課" })).id;
  staffC = await signedIn(t, [], deptC);
}, 120_000);
afterAll(async () => t.close());

describe("an auditor reads the audited units' records of the audit period (#16 item 5)", () => {
  const r: Record<string, string> = {};
  let auditId: string;
  const get = (path: string) => auditor.client.get(path);
  const status = async (path: string) => (await get(path)).status;
  const listIds = async (path: string, key = "items") =>
    ((await json(await get(path)))[key] ?? []).map((i: any) => i.id);

  it("sets up records in and out of the period 2026-04-01 … 2026-08-31, in the audited 課 and another", async () => {
    r.assetIn = await asset(staffA, deptA, "固定資産課税台帳");
    r.assetLater = await asset(staffA, deptA, "後から登録した台帳");
    await setCreated("assets", r.assetLater, "2026-09-20");
    r.assetGone = await asset(staffA, deptA, "廃棄済みの台帳");
    await setCreated("assets", r.assetGone, "2025-06-01");
    await t.database.db.execute(
      sql`update assets set status = 'disposed', disposed_on = '2026-03-20' where id = ${r.assetGone}::uuid`,
    );
    r.assetC = await asset(staffC, deptC, "道路台帳");
    r.requestIn = await carryOut(staffA, deptA);
    r.requestLater = await carryOut(staffA, deptA);
    await setCreated("requests", r.requestLater, "2026-09-20");
    r.requestC = await carryOut(staffC, deptC);
    r.incidentIn = await incidentOn(staffA, r.assetIn, deptA);
    r.incidentBefore = await incidentOn(staffA, r.assetIn, deptA);
    await setCreated("incidents", r.incidentBefore, "2026-01-10");
    await t.database.db.execute(
      sql`update incidents set closed_at = ${at("2026-02-01")}, stage = 'closed' where id = ${r.incidentBefore}::uuid`,
    );
    r.workIn = await workLog(staffA, secondA, "2026-04-01");
    r.workBefore = await workLog(staffA, secondA, "2026-03-15");
  });

  it("before fieldwork the auditor reads none of it, nor the audit log", async () => {
    const res = await lead.client.post("/api/assurance/audits", {
      kind: "audit",
      fiscalYear: 2026,
      title: "令和8年度 情報セキュリティ監査（総務課）",
      unitIds: [deptA],
      periodFrom: "2026-04-01",
      periodTo: "2026-08-31",
      startDate: "2026-09-01",
      endDate: "2026-12-25",
      auditors: [{ personId: auditor.personId }],
    });
    expect(res.status).toBe(201);
    auditId = (await json(res)).data.id;
    expect((await committee.client.post(`/api/assurance/audits/${auditId}/approve`)).status).toBe(200);
    expect(await status(`/api/assets/${r.assetIn}`)).toBe(404);
    expect(await status(`/api/requests/${r.requestIn}`)).toBe(404);
    expect(await status(`/api/incidents/${r.incidentIn}`)).toBe(404);
    expect(await status(`/api/audit/events?targetId=${r.assetIn}`)).toBe(403);
  });

  it("during fieldwork: the audited 課's records of the period, and only those", async () => {
    expect((await lead.client.post(`/api/assurance/audits/${auditId}/start`)).status).toBe(200);
    // Assets held during the period: not one registered after it, nor one disposed before it.
    expect(await status(`/api/assets/${r.assetIn}`)).toBe(200);
    expect(await status(`/api/assets/${r.assetLater}`)).toBe(404);
    expect(await status(`/api/assets/${r.assetGone}`)).toBe(404);
    expect(await status(`/api/assets/${r.assetC}`)).toBe(404);
    const assets = await listIds(`/api/assets?limit=200&status=in_use,disposed`);
    expect(assets).toContain(r.assetIn);
    for (const id of [r.assetLater, r.assetGone, r.assetC]) expect(assets).not.toContain(id);
    // Requests filed during the period.
    expect(await status(`/api/requests/${r.requestIn}`)).toBe(200);
    expect(await status(`/api/requests/${r.requestLater}`)).toBe(404);
    expect(await status(`/api/requests/${r.requestC}`)).toBe(404);
    const requests = (await json(await get("/api/requests?scope=all&limit=100"))).data.map((x: any) => x.id);
    expect(requests).toContain(r.requestIn);
    expect(requests).not.toContain(r.requestLater);
    expect(requests).not.toContain(r.requestC);
    // Incidents handled during the period: not one closed before it began.
    expect(await status(`/api/incidents/${r.incidentIn}`)).toBe(200);
    expect(await status(`/api/incidents/${r.incidentBefore}`)).toBe(404);
    const incidents = await listIds("/api/incidents");
    expect(incidents).toContain(r.incidentIn);
    expect(incidents).not.toContain(r.incidentBefore);
    // Register entries dated in the period.
    const work = (await json(await get("/api/registers/work_log"))).data.map((x: any) => x.id);
    expect(work).toContain(r.workIn);
    expect(work).not.toContain(r.workBefore);
    // The audit log: the audited 課's events of the period, not another 課's.
    const events = await json(await get(`/api/audit/events?targetId=${r.assetIn}`));
    expect(events.events.map((e: any) => e.type)).toContain("asset.created");
    expect((await json(await get(`/api/audit/events?targetId=${r.assetC}`))).events).toEqual([]);
  });

  it("an event of the audited 課 recorded after the period is not shown", async () => {
    t.clock.advance(172 * 24 * 3600 * 1000); // 2026-09-20
    await staffA.relogin();
    await auditor.relogin();
    const res = await staffA.client.patch(`/api/assets/${r.assetIn}`, { name: "固定資産課税台帳（改）" });
    expect(res.status).toBe(200);
    await lead.relogin();
    // The audit lead reads the whole log: the change of 2026-09-20 is there…
    const all = (await json(await lead.client.get(`/api/audit/events?targetId=${r.assetIn}`)))
      .events as any[];
    expect(all.some((e) => e.occurredAt >= "2026-09-20")).toBe(true);
    // …but not for the auditor, whose period ended on 2026-08-31.
    const events = (await json(await get(`/api/audit/events?targetId=${r.assetIn}`))).events as any[];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.occurredAt < "2026-09-01").toBe(true);
  });

  it("once the audit closes, the grant ends: nothing of it opens", async () => {
    expect(
      (await auditor.client.post(`/api/assurance/audits/${auditId}/report`, { report: "指摘なし" })).status,
    ).toBe(200);
    expect(await status(`/api/requests/${r.requestIn}`)).toBe(200);
    expect((await lead.client.post(`/api/assurance/audits/${auditId}/close`)).status).toBe(200);
    expect(await status(`/api/assets/${r.assetIn}`)).toBe(404);
    expect(await status(`/api/requests/${r.requestIn}`)).toBe(404);
    expect(await status(`/api/incidents/${r.incidentIn}`)).toBe(404);
    expect((await json(await get("/api/registers/work_log"))).data.map((x: any) => x.id)).not.toContain(
      r.workIn,
    );
    expect(await status(`/api/audit/events?targetId=${r.assetIn}`)).toBe(403);
  });
});
