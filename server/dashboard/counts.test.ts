// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DashboardItem } from "../../common/dashboard";
import { assets, assetTasks, deputies } from "../db/schema";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

/**
 * GET /api/dashboard/counts against a real database: concrete numbers for a staff member, a
 * section head with a pending approval, a deputy, the CSIRT and staff of another department —
 * and, for every item of every one of them, the number equals what the list it names shows the
 * same person (the leak check: a count never reveals more than the list would).
 */

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let staffA: U, headA: U, deputyA: U, staffB: U, csirt: U, ciso: U;
let deptA: string, deptB: string;

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  const s = await signIn(t, u.user.loginId, u.password);
  return { client: authed(t, s), personId: u.person.id };
}
const body = async (res: Response) => (await res.json()) as any;
let n = 0;
async function asset(values: Partial<typeof assets.$inferInsert> & { departmentId: string }) {
  n++;
  const [row] = await t.database.db
    .insert(assets)
    .values({ assetNumber: `DB-${n}`, name: `資産${n}`, kind: "medium", ...values })
    .returning();
  return row;
}

async function counts(u: U): Promise<Map<string, DashboardItem>> {
  const res = await u.client.get("/api/dashboard/counts");
  expect(res.status).toBe(200);
  const b = await body(res);
  return new Map((b.items as DashboardItem[]).map((i) => [i.key, i]));
}

/** What the list named by the item shows the same person, reduced the way the item counts. */
async function fromList(u: U, item: DashboardItem): Promise<number> {
  const get = async (path: string) => {
    const res = await u.client.get(path);
    expect(res.status, path).toBe(200);
    return body(res);
  };
  const now = t.clock.now.getTime();
  switch (item.key) {
    case "requests.returns_to_confirm": {
      // The list filter itself, and every record in it is one the person may confirm.
      const data = (await get(item.list)).data;
      for (const r of data) expect(r.returnedAt && r.policies.complete, r.id).toBeTruthy();
      return data.length;
    }
    case "requests.mine_overdue": {
      const data = (await get(item.list)).data;
      for (const r of data)
        expect(
          (r.status === "in_effect" && !r.returnedAt && Date.parse(r.endsAt) < now) ||
            (r.emergency && !r.postReportedAt),
          r.id,
        ).toBeTruthy();
      return data.length;
    }
    case "assets.my_tasks":
      return (await get(item.list)).items.length;
    case "assets.classification_pending":
    case "assets.disposal_due":
      return (await get(`${item.list}&limit=200`)).items.length;
    case "assets.inventory_pending": {
      let total = 0;
      for (const c of (await get(item.list)).items.filter(
        (c: any) => c.status === "open" && c.policies.record,
      ))
        total += (await get(`/api/assets/inventory/campaigns/${c.id}`)).items.filter(
          (i: any) => i.result === "pending",
        ).length;
      return total;
    }
    case "incidents.acknowledge_pending": {
      const b = await get(`${item.list}&limit=200`);
      // The filter equals the per-record policy: no case in the list the person cannot acknowledge,
      // and none left out of it.
      for (const i of b.items) expect(i.policies.acknowledge, i.id).toBe(true);
      const all = (await get("/api/incidents?limit=200")).items;
      expect(b.total).toBe(all.filter((i: any) => i.policies.acknowledge).length);
      return b.total;
    }
    case "incidents.outside_report_due": {
      // The closest list (deadline arithmetic is not a list filter): it holds at least the count.
      expect((await get(item.list)).total).toBeGreaterThanOrEqual(item.count);
      return -1;
    }
    case "registers.media_overdue":
    case "registers.media_unreturned": {
      const data = (await get(item.list)).data;
      // The same records as the unreturned list (and its overdue flag).
      const unreturned = (await get("/api/registers/media_loan_log/unreturned")).data.filter(
        (r: any) => item.key === "registers.media_unreturned" || r.overdue,
      );
      expect(data.map((e: any) => e.id).sort()).toEqual(unreturned.map((r: any) => r.id).sort());
      return data.length;
    }
    case "registers.work_to_confirm": {
      const data = (await get(item.list)).data;
      for (const e of data) {
        expect(e.entryType).toBe("record");
        expect(e.data.secondPersonId).toBe(u.personId);
        expect(e.closedBy ?? e.correctedBy ?? null).toBeNull();
      }
      return data.length;
    }
    default: {
      const b = await get(item.list);
      if (typeof b.total === "number") return b.total; // incidents
      return (b.data ?? b.items).length;
    }
  }
}

async function expectCountsEqualLists(u: U) {
  const items = await counts(u);
  for (const item of items.values()) {
    const listed = await fromList(u, item);
    if (listed >= 0) expect({ key: item.key, count: item.count }).toEqual({ key: item.key, count: listed });
  }
  return items;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "総務課" })).id;
  deptB = (await makeDepartment(db, { name: "税務課" })).id;
  staffA = await user([], deptA);
  headA = await user([["security_system_manager", deptA]], deptA);
  deputyA = await user([], deptA);
  staffB = await user([], deptB);
  csirt = await user([["csirt", null]], deptB);
  ciso = await user([["ciso", null]], null);
  await db.insert(deputies).values({
    principalPersonId: headA.personId,
    deputyPersonId: deputyA.personId,
    validFrom: new Date("2026-03-01T00:00:00+09:00"),
    validTo: new Date("2026-04-30T00:00:00+09:00"),
  });

  // Requests: one carry-out submitted (waiting for the head), one draft, one carried out and overdue.
  const usb1 = await asset({ departmentId: deptA, confidentiality: "2", effectiveConfidentiality: "2" });
  const usb2 = await asset({ departmentId: deptA, confidentiality: "2", effectiveConfidentiality: "2" });
  const fields = {
    purpose: "説明会",
    destination: "公民館",
    startsAt: "2026-04-01T09:10:00+09:00",
    returnDueAt: "2026-04-01T09:20:00+09:00",
    encrypted: true,
  };
  const c1 = await body(
    await staffA.client.post("/api/requests", { kind: "carry_out", assetIds: [usb1.id], fields }),
  );
  expect((await staffA.client.post(`/api/requests/${c1.data.id}/submit`, {})).status).toBe(200);
  const c2 = await body(
    await staffA.client.post("/api/requests", { kind: "carry_out", assetIds: [usb2.id], fields }),
  );
  expect(c2.data.status).toBe("draft");
  const usb3 = await asset({ departmentId: deptA, confidentiality: "2", effectiveConfidentiality: "2" });
  const c3 = await body(
    await staffA.client.post("/api/requests", { kind: "carry_out", assetIds: [usb3.id], fields }),
  );
  await staffA.client.post(`/api/requests/${c3.data.id}/submit`, {});
  expect((await headA.client.post(`/api/requests/${c3.data.id}/approve`, {})).status).toBe(200);
  expect((await staffA.client.post(`/api/requests/${c3.data.id}/start`, {})).status).toBe(200);

  // Assets: classification pending (2 in A, 1 in B), retention over (1 in A), a task for the head.
  const p1 = await asset({ departmentId: deptA, classificationPending: true, origin: "received_external" });
  await asset({ departmentId: deptA, classificationPending: true });
  await asset({ departmentId: deptB, classificationPending: true });
  await asset({ departmentId: deptA, disposalDueDate: "2026-03-31", confidentiality: "1" });
  await asset({ departmentId: deptA, disposalDueDate: "2026-03-31", status: "disposed" });
  await db
    .insert(assetTasks)
    .values({ kind: "classify", assetId: p1.id, departmentId: deptA, assigneePersonId: headA.personId });

  // Incidents: staff of A reports one.
  expect(
    (
      await staffA.client.post("/api/incidents", {
        summary: "USBメモリを紛失した",
        details: "会議室に置き忘れた可能性",
      })
    ).status,
  ).toBe(201);

  // Registers: a medium lent in A, due in the past by the time counts are read.
  const medium = await asset({ departmentId: deptA, name: "貸出用USB" });
  expect(
    (
      await staffA.client.post("/api/registers/media_loan_log", {
        entryType: "lend",
        occurredAt: "2026-04-01T09:00:00+09:00",
        personId: staffA.personId,
        assetId: medium.id,
        data: { dueAt: "2026-04-01T09:15:00+09:00", purpose: "会議資料" },
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await staffA.client.post("/api/registers/work_log", {
        entryType: "record",
        occurredAt: "2026-04-01T09:00:00+09:00",
        personId: staffA.personId,
        data: { system: "住基", work: "設定変更", secondPersonId: deputyA.personId },
      })
    ).status,
  ).toBe(201);

  // Past the carry-out's return due time and the medium's due time (sessions stay within their
  // 30 idle minutes).
  t.clock.now = new Date("2026-04-01T09:25:00+09:00");
});
afterAll(async () => t.close());

const count = (m: Map<string, DashboardItem>, key: string) => {
  const item = m.get(key);
  if (!item) throw new Error(`no item ${key}: ${[...m.keys()].join(", ")}`);
  return item.count;
};

describe("GET /api/dashboard/counts", () => {
  it("needs a session", async () => {
    expect((await t.app.request("/api/dashboard/counts")).status).toBe(401);
  });

  it("a staff member: own drafts, requests in progress, overdue return, department's pending classification", async () => {
    const m = await expectCountsEqualLists(staffA);
    expect(count(m, "requests.awaiting_approval")).toBe(0);
    expect(count(m, "requests.mine_drafts")).toBe(1);
    expect(count(m, "requests.mine_in_progress")).toBe(2);
    expect(count(m, "requests.mine_overdue")).toBe(1);
    expect(count(m, "assets.classification_pending")).toBe(2);
    expect(count(m, "assets.disposal_due")).toBe(1);
    expect(count(m, "incidents.stage_new")).toBe(1);
    expect(count(m, "registers.media_unreturned")).toBe(1);
    expect(count(m, "registers.media_overdue")).toBe(1);
    expect(m.get("requests.mine_drafts")?.href).toBe("/requests?status=draft");
    expect(m.get("requests.mine_drafts")?.label.ja).toBe("下書きの申請");
  });

  it("the section head: the pending approval, the task, the department's assets", async () => {
    const m = await expectCountsEqualLists(headA);
    expect(count(m, "requests.awaiting_approval")).toBe(1);
    expect(count(m, "assets.my_tasks")).toBe(1);
    expect(count(m, "assets.classification_pending")).toBe(2);
    expect(count(m, "requests.notifications_unread")).toBeGreaterThanOrEqual(1);
  });

  it("the deputy sees the head's pending approval and the work record to confirm", async () => {
    const m = await expectCountsEqualLists(deputyA);
    expect(count(m, "requests.awaiting_approval")).toBe(1);
    expect(count(m, "registers.work_to_confirm")).toBe(1);
    expect(count(m, "assets.my_tasks")).toBe(0);
  });

  it("staff of another department see none of department A's items", async () => {
    const m = await expectCountsEqualLists(staffB);
    for (const item of m.values()) {
      if (item.key === "assets.classification_pending")
        expect(item.count).toBe(1); // B's own
      else expect({ key: item.key, count: item.count }).toEqual({ key: item.key, count: 0 });
    }
  });

  it("the CSIRT: untriaged reports of every department, and no department A approvals", async () => {
    const m = await expectCountsEqualLists(csirt);
    expect(count(m, "incidents.untriaged")).toBe(1);
    expect(m.get("incidents.untriaged")?.tone).toBe("action");
    expect(m.has("incidents.stage_new")).toBe(false);
    expect(count(m, "incidents.outside_report_due")).toBe(0);
    expect(count(m, "requests.awaiting_approval")).toBe(0);
  });

  it("the CISO (organization-wide viewer): counts still equal the lists", async () => {
    const m = await expectCountsEqualLists(ciso);
    // No department of their own: the department items are left out (not a census of the register).
    expect(m.has("assets.classification_pending")).toBe(false);
    expect(m.has("assets.disposal_due")).toBe(false);
    expect(count(m, "registers.media_unreturned")).toBe(1);
  });

  it("moves with the work: approving takes the request off the head's and the deputy's count", async () => {
    const waiting = await body(await headA.client.get("/api/requests?scope=waiting"));
    expect(waiting.data).toHaveLength(1);
    expect((await deputyA.client.post(`/api/requests/${waiting.data[0].id}/approve`, {})).status).toBe(200);
    expect(count(await counts(headA), "requests.awaiting_approval")).toBe(0);
    expect(count(await counts(deputyA), "requests.awaiting_approval")).toBe(0);
    await expectCountsEqualLists(staffA);
  });

  it("every link lands on a list of exactly the counted records (the list filters behind the hrefs)", async () => {
    // The head is told of staff A's report (step 1 of the escalation chain): the filtered list
    // holds that case, and the dashboard links to it.
    let m = await expectCountsEqualLists(headA);
    expect(count(m, "incidents.acknowledge_pending")).toBe(1);
    expect(m.get("incidents.acknowledge_pending")?.href).toBe("/incidents?stage=all&awaiting=acknowledge");
    expect((await body(await staffB.client.get("/api/incidents?awaiting=acknowledge"))).total).toBe(0);

    // The overdue carry-out is reported back: off staff A's overdue list, onto the head's
    // returns to confirm (the return's approver), and the deputy's too (a deputy of the head).
    const mine = await body(await staffA.client.get("/api/requests?scope=mine&followUp=overdue"));
    expect(mine.data).toHaveLength(1);
    expect(
      (
        await staffA.client.post(`/api/requests/${mine.data[0].id}/return-report`, {
          returnedAt: "2026-04-01T09:24:00+09:00",
        })
      ).status,
    ).toBe(200);
    m = await expectCountsEqualLists(staffA);
    expect(count(m, "requests.mine_overdue")).toBe(0);
    expect(count(m, "requests.returns_to_confirm")).toBe(0);
    m = await expectCountsEqualLists(headA);
    expect(count(m, "requests.returns_to_confirm")).toBe(1);
    expect(m.get("requests.returns_to_confirm")?.href).toBe("/requests?scope=all&followUp=return_to_confirm");
    const toConfirm = await body(
      await headA.client.get("/api/requests?scope=all&followUp=return_to_confirm"),
    );
    expect(toConfirm.data.map((r: any) => r.id)).toEqual([mine.data[0].id]);
    // Staff of another department: nothing, even asking for everything.
    expect(
      (await body(await staffB.client.get("/api/requests?scope=all&followUp=return_to_confirm"))).data,
    ).toHaveLength(0);

    // The register filters: the lent medium is open and overdue for A, invisible to B; the work
    // record waits for the deputy only.
    expect(
      (await body(await staffA.client.get("/api/registers/media_loan_log?state=overdue"))).data,
    ).toHaveLength(1);
    expect(
      (await body(await staffB.client.get("/api/registers/media_loan_log?state=open"))).data,
    ).toHaveLength(0);
    expect(
      (await body(await staffA.client.get("/api/registers/work_log?state=to_confirm"))).data,
    ).toHaveLength(0);
    const work = await body(await deputyA.client.get("/api/registers/work_log?state=to_confirm"));
    expect(work.data).toHaveLength(1);
    expect(
      (
        await deputyA.client.post("/api/registers/work_log", {
          entryType: "confirm",
          occurredAt: "2026-04-01T09:25:00+09:00",
          closesId: work.data[0].id,
          data: {},
        })
      ).status,
    ).toBe(201);
    m = await expectCountsEqualLists(deputyA);
    expect(count(m, "registers.work_to_confirm")).toBe(0);
    expect((await staffA.client.get("/api/registers/carry_out_log?state=open")).status).toBe(400);
    expect((await staffA.client.get("/api/requests?followUp=nonsense")).status).toBe(400);
  });
});
