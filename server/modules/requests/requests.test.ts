// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { verifyChain } from "../../audit/verify";
import { deputies, jobs, people } from "../../db/schema";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { describeStoredAuditData } from "../../test/audit-data";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { RequestKindsRes, RequestListRes, RequestRes } from "./responses";
import { carryOutLog, requests } from "./tables";
import { makeAsset } from "./test-support";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let staff: U, head: U, otherStaff: U, ciso: U, netAdmin: U, deputy: U;
let deptA: string, deptB: string;

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  const s = await signIn(t, u.user.loginId, u.password);
  return { client: authed(t, s), personId: u.person.id };
}
const json = async (res: Response) => (await res.json()) as { data: any; error?: any; policies?: any };
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  deptA = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  deptB = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  staff = await user([], deptA);
  head = await user([["security_system_manager", deptA]], deptA);
  otherStaff = await user([], deptB);
  ciso = await user([["ciso", null]], null);
  netAdmin = await user([["network_administrator", null]], null);
  deputy = await user([], deptA);
});
afterAll(async () => t.close());

const carryOutFields = (over: Record<string, unknown> = {}) => ({
  purpose: "出張先での説明資料",
  destination: "熊本県庁",
  startsAt: "2026-04-01T09:30:00+09:00",
  returnDueAt: "2026-04-01T17:00:00+09:00",
  encrypted: true,
  ...over,
});

describe("carry-out of a USB medium holding 機密性2 data (西原村)", () => {
  it("request → approval by the section head → carried out → return report → confirmed; register shows each step", async () => {
    const usb = await makeAsset(t.database.db, {
      departmentId: deptA,
      kind: "medium",
      confidentiality: "2",
      name: "USBメモリ1",
    });
    const created = await staff.client.post("/api/requests", {
      kind: "carry_out",
      assetIds: [usb.id],
      fields: carryOutFields({ encrypted: false }),
    });
    expect(created.status).toBe(201);
    const c = await json(created);
    expect(c.data.status).toBe("draft");
    expect(c.data.approvalRequired).toBe(true);
    expect(c.data.basis.map((b: any) => b.clause)).toEqual([
      "nishihara:対策基準/6.1/(1)/③/(イ)",
      "nishihara:対策基準/3/(2)/⑧/(イ)",
    ]);
    expect(c.data.approvers[0]).toMatchObject({ step: 1, duty: "approve_carry_out" });
    expect(c.data.approvers[0].people.map((p: any) => p.personId)).toEqual([head.personId]);
    const id = c.data.id;

    // 3.(2)⑧(ア): 機密性2 needs encryption or a locked case before it can be submitted.
    const noEnc = await staff.client.post(`/api/requests/${id}/submit`, {});
    expect(noEnc.status).toBe(400);
    expect((await json(noEnc)).error.code).toBe("encryption_required");

    const submitted = await json(
      await staff.client.post(`/api/requests/${id}/submit`, { fields: carryOutFields() }),
    );
    expect(submitted.data.status).toBe("submitted");

    // Waiting for my approval: the head sees it with the asset's classification and restrictions.
    const waiting = await json(await head.client.get("/api/requests?scope=waiting"));
    expect(waiting.data.map((r: any) => r.id)).toContain(id);
    const seen = await json(await head.client.get(`/api/requests/${id}`));
    // Real answers fit the routes' response schemas (the OpenAPI document and the web's contract).
    expect(RequestListRes.safeParse(waiting).error).toBeUndefined();
    expect(RequestRes.safeParse(seen).error).toBeUndefined();
    expect(seen.data.assets[0].levels.confidentiality.key).toBe("2");
    expect(seen.data.assets[0].handling.length).toBeGreaterThan(0);
    expect(seen.policies.approve).toBe(true);

    // The requester cannot approve; a return report before carrying out is refused.
    const self = await staff.client.post(`/api/requests/${id}/approve`, {});
    expect(self.status).toBe(403);
    expect((await json(self)).error.code).toBe("separation_of_duties");
    const early = await staff.client.post(`/api/requests/${id}/return-report`, {
      returnedAt: "2026-04-01T10:00:00+09:00",
    });
    expect(early.status).toBe(409);
    expect((await json(early)).error.code).toBe("not_carried_out");

    const approved = await json(
      await head.client.post(`/api/requests/${id}/approve`, { comment: "暗号化を確認" }),
    );
    expect(approved.data.status).toBe("approved");
    const twice = await head.client.post(`/api/requests/${id}/approve`, {});
    expect(twice.status).toBe(409);
    expect((await json(twice)).error.message_ja).toContain("承認済み");

    // Sessions time out after 30 idle minutes: the clock moves in small steps.
    t.clock.now = at("2026-04-01T09:20:00+09:00");
    expect((await json(await staff.client.post(`/api/requests/${id}/start`, {}))).data.status).toBe(
      "in_effect",
    );
    // The approver confirms; not the requester, and not before the return report.
    expect((await head.client.post(`/api/requests/${id}/complete`, { nothingMissing: true })).status).toBe(
      409,
    );
    t.clock.now = at("2026-04-01T09:40:00+09:00");
    const future = await staff.client.post(`/api/requests/${id}/return-report`, {
      returnedAt: "2026-04-01T11:00:00+09:00",
    });
    expect(future.status).toBe(400);
    const back = await json(
      await staff.client.post(`/api/requests/${id}/return-report`, {
        returnedAt: "2026-04-01T09:35:00+09:00",
      }),
    );
    expect(back.data.returnedAt).toBeTruthy();
    expect((await staff.client.post(`/api/requests/${id}/complete`, { nothingMissing: true })).status).toBe(
      403,
    );
    const missing = await head.client.post(`/api/requests/${id}/complete`, {});
    expect(missing.status).toBe(400);
    const done = await json(await head.client.post(`/api/requests/${id}/complete`, { nothingMissing: true }));
    expect(done.data.status).toBe("completed");
    expect(RequestRes.safeParse(done).error).toBeUndefined();
    const kinds = await json(await staff.client.get("/api/requests/kinds"));
    expect(RequestKindsRes.safeParse(kinds).error).toBeUndefined();
    expect(kinds.data.length).toBeGreaterThan(0);

    const log = await t.database.db
      .select()
      .from(carryOutLog)
      .where(eq(carryOutLog.requestId, id))
      .orderBy(carryOutLog.seq);
    expect(log.map((l) => l.event)).toEqual(["permitted", "carried_out", "returned", "return_confirmed"]);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(events.map((e) => e.type)).toEqual([
      "request.created",
      "request.submitted",
      "request.approved",
      "request.started",
      "request.return_reported",
      "request.completed",
    ]);
    const statusJobs = await t.database.db.select().from(jobs).where(eq(jobs.kind, "assets.status_changed"));
    expect(statusJobs.map((j) => (j.payload as any).status).sort()).toEqual(["carried_out", "in_use"]);
    const notes = await t.database.db.select().from(notifications).where(eq(notifications.recordId, id));
    expect(notes.some((n) => n.personId === head.personId && n.kind === "approval_needed")).toBe(true);
    expect(notes.some((n) => n.personId === staff.personId && n.kind === "request_approved")).toBe(true);
    expect((await verifyChain(t.database.db)).ok).toBe(true);
    t.clock.now = at("2026-04-01T09:00:00+09:00");
  });
});

describe("bad input", () => {
  it("an asset of another department, or a 機密性3 one the requester may not read, is answered like an unknown id; nothing is created", async () => {
    const theirs = await makeAsset(t.database.db, { departmentId: deptB, confidentiality: "2" });
    const secret = await makeAsset(t.database.db, { departmentId: deptA, confidentiality: "3" });
    const before = (await t.database.db.select({ id: requests.id }).from(requests)).length;
    const answers = [];
    for (const id of [theirs.id, secret.id, randomUUID()]) {
      for (const path of ["/api/requests", "/api/requests/preview"]) {
        const res = await staff.client.post(path, {
          kind: "carry_out",
          assetIds: [id],
          ...(path === "/api/requests" ? { fields: carryOutFields() } : {}),
        });
        const body = await json(res);
        answers.push({ status: res.status, code: body.error.code, fields: body.error.fields });
        // Neither the asset number nor the name is echoed back.
        for (const a of [theirs, secret]) {
          expect(JSON.stringify(body)).not.toContain(a.assetNumber);
          expect(JSON.stringify(body)).not.toContain(a.name);
        }
      }
    }
    // The same answer for all three: existence does not leak.
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ status: 400, code: "validation_failed" });
    expect(Object.keys(answers[0].fields)).toEqual(["assetIds.0"]);
    expect((await t.database.db.select({ id: requests.id }).from(requests)).length).toBe(before);
  });

  it("dates in the past or out of order are 400 with the field named", async () => {
    const usb = await makeAsset(t.database.db, { departmentId: deptA, confidentiality: "1" });
    const past = await staff.client.post("/api/requests", {
      kind: "carry_out",
      assetIds: [usb.id],
      fields: carryOutFields({ startsAt: "2026-03-31T09:00:00+09:00" }),
    });
    expect(past.status).toBe(400);
    expect(Object.keys((await json(past)).error.fields)).toContain("fields.startsAt");
    const order = await staff.client.post("/api/requests", {
      kind: "carry_out",
      assetIds: [usb.id],
      fields: carryOutFields({ returnDueAt: "2026-04-01T09:10:00+09:00" }),
    });
    expect(order.status).toBe(400);
    expect(Object.keys((await json(order)).error.fields)).toContain("fields.returnDueAt");
    const unknown = await staff.client.post("/api/requests", {
      kind: "carry_out",
      assetIds: [usb.id],
      fields: { ...carryOutFields(), colour: "red" },
    });
    expect(unknown.status).toBe(400);
  });

  it("approving a cancelled request is 409 and the request stays cancelled", async () => {
    const usb = await makeAsset(t.database.db, { departmentId: deptA, confidentiality: "1" });
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: carryOutFields(),
      }),
    );
    await staff.client.post(`/api/requests/${c.data.id}/submit`, {});
    expect((await json(await staff.client.post(`/api/requests/${c.data.id}/cancel`, {}))).data.status).toBe(
      "cancelled",
    );
    const res = await head.client.post(`/api/requests/${c.data.id}/approve`, {});
    expect(res.status).toBe(409);
    expect((await json(await staff.client.get(`/api/requests/${c.data.id}`))).data.status).toBe("cancelled");
  });

  it("someone of another department neither sees nor decides the request (404)", async () => {
    const usb = await makeAsset(t.database.db, { departmentId: deptA, confidentiality: "1" });
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: carryOutFields(),
      }),
    );
    expect((await otherStaff.client.get(`/api/requests/${c.data.id}`)).status).toBe(404);
    expect((await otherStaff.client.post(`/api/requests/${c.data.id}/approve`, {})).status).toBe(404);
  });
});

describe("disposal (3.(2)⑩(イ)(ウ))", () => {
  it("completes only with method, date, person and evidence; then the register entry and asset status are queued", async () => {
    const pc = await makeAsset(t.database.db, { departmentId: deptA, kind: "device", confidentiality: "2" });
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "disposal",
        assetIds: [pc.id],
        fields: { reason: "更新のため", method: "physical_destruction", plannedOn: "2026-04-01" },
      }),
    );
    expect(c.data.basis[0].clause).toBe("nishihara:対策基準/3/(2)/⑩/(ウ)");
    await staff.client.post(`/api/requests/${c.data.id}/submit`, {});
    await head.client.post(`/api/requests/${c.data.id}/approve`, {});
    const noEvidence = await staff.client.post(`/api/requests/${c.data.id}/complete`, {
      method: "physical_destruction",
      disposedOn: "2026-04-01",
      personId: staff.personId,
    });
    expect(noEvidence.status).toBe(400);
    expect((await json(noEvidence)).error.code).toBe("evidence_required");
    expect((await json(await staff.client.get(`/api/requests/${c.data.id}`))).data.status).toBe("approved");
    const done = await json(
      await staff.client.post(`/api/requests/${c.data.id}/complete`, {
        method: "physical_destruction",
        disposedOn: "2026-04-01",
        personId: staff.personId,
        certificateNumber: "CERT-001",
      }),
    );
    expect(done.data.status).toBe("completed");
    const future = await staff.client.post(`/api/requests/${c.data.id}/complete`, {});
    expect(future.status).toBe(409);
    const queued = await t.database.db.select().from(jobs);
    expect(
      queued.some((j) => j.kind === "registers.append" && (j.payload as any).register === "disposal_log"),
    ).toBe(true);
    expect(
      queued.some(
        (j) =>
          j.kind === "assets.status_changed" &&
          (j.payload as any).status === "disposed" &&
          (j.payload as any).assetId === pc.id,
      ),
    ).toBe(true);
  });
});

describe("who approves", () => {
  it("software installation (7.1(17)②): section head, then the network administrator", async () => {
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "software_install",
        assetIds: [],
        fields: { softwareName: "PDF編集ソフト", purpose: "資料作成" },
      }),
    );
    expect(c.data.approvers.map((a: any) => [a.step, a.duty, a.people.map((p: any) => p.personId)])).toEqual([
      [1, "approve_software_install", [head.personId]],
      [2, "manage_network", [netAdmin.personId]],
    ]);
    await staff.client.post(`/api/requests/${c.data.id}/submit`, {});
    expect((await netAdmin.client.post(`/api/requests/${c.data.id}/approve`, {})).status).toBe(403);
    expect((await json(await head.client.post(`/api/requests/${c.data.id}/approve`, {}))).data).toMatchObject(
      { status: "submitted", currentStep: 2 },
    );
    expect(
      (await json(await netAdmin.client.post(`/api/requests/${c.data.id}/approve`, {}))).data.status,
    ).toBe("approved");
  });

  it("a deputy (代行) within the period approves, recorded as acting for the section head", async () => {
    await t.database.db.insert(deputies).values({
      principalPersonId: head.personId,
      deputyPersonId: deputy.personId,
      validFrom: at("2026-03-01T00:00:00+09:00"),
      validTo: at("2026-04-30T00:00:00+09:00"),
    });
    const usb = await makeAsset(t.database.db, { departmentId: deptA, confidentiality: "1" });
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: carryOutFields(),
      }),
    );
    expect(c.data.approvers[0].people).toContainEqual({
      personId: deputy.personId,
      name: expect.any(String),
      deputyFor: head.personId,
    });
    await staff.client.post(`/api/requests/${c.data.id}/submit`, {});
    // A fresh session picks up the deputy grant.
    const res = await json(await deputy.client.post(`/api/requests/${c.data.id}/approve`, {}));
    expect(res.data.status).toBe("approved");
    expect(res.data.decisions[0]).toMatchObject({
      personId: deputy.personId,
      actingForPersonId: head.personId,
    });
  });

  it("the section head's own request: 403 without a reason; with one it is approved and reported to the CISO", async () => {
    const usb = await makeAsset(t.database.db, { departmentId: deptA, confidentiality: "1" });
    const c = await json(
      await head.client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: carryOutFields(),
      }),
    );
    expect(c.data.approvers[0].people.map((p: any) => p.personId)).not.toContain(head.personId);
    await head.client.post(`/api/requests/${c.data.id}/submit`, {});
    const refused = await head.client.post(`/api/requests/${c.data.id}/approve`, {});
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe("separation_of_duties");
    const short = await head.client.post(`/api/requests/${c.data.id}/approve`, {
      override: { reason: "急ぎ" },
    });
    expect(short.status).toBe(400);
    const ok = await json(
      await head.client.post(`/api/requests/${c.data.id}/approve`, {
        override: { reason: "課内に他の承認者がおらず、本日中の持ち出しが必要なため" },
      }),
    );
    expect(ok.data.status).toBe("approved");
    const report = await json(await ciso.client.get("/api/requests/overrides"));
    expect(report.data.map((r: any) => r.requestId)).toContain(c.data.id);
    expect((await staff.client.get("/api/requests/overrides")).status).toBe(403);
  });
});

describe("西原村 対策基準 2.(6)① やむを得ない場合を除き: self-approval only when nobody else can", () => {
  it("another holder of the step's duty can decide: the override is refused and the requester is told who", async () => {
    const deptC = (await makeDepartment(t.database.db, { name: "企画課" })).id;
    const headC = await user([["security_system_manager", deptC]], deptC);
    const secondC = await user([["security_system_manager", deptC]], deptC);
    const usb = await makeAsset(t.database.db, { departmentId: deptC, confidentiality: "1" });
    const c = await json(
      await headC.client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [usb.id],
        fields: carryOutFields(),
      }),
    );
    await headC.client.post(`/api/requests/${c.data.id}/submit`, {});
    const refused = await headC.client.post(`/api/requests/${c.data.id}/approve`, {
      override: { reason: "課内に他の承認者がおらず、本日中の持ち出しが必要なため" },
    });
    expect(refused.status).toBe(403);
    const body = await json(refused);
    expect(body.error.code).toBe("others_can_decide");
    const [second] = await t.database.db.select().from(people).where(eq(people.id, secondC.personId));
    expect(body.error.message_ja).toContain(second.name);
    // Nothing was decided and no override is reported.
    const report = await json(await ciso.client.get("/api/requests/overrides"));
    expect(report.data.map((r: any) => r.requestId)).not.toContain(c.data.id);
    // The other holder decides as usual.
    const ok = await json(await secondC.client.post(`/api/requests/${c.data.id}/approve`, {}));
    expect(ok.data.status).toBe("approved");
  });
});

describe("when no approval is needed the act is still recorded", () => {
  it("西原村 system change (7.1(4)③: no prior approval) is in effect at once", async () => {
    const c = await json(
      await staff.client.post("/api/requests", {
        kind: "system_change",
        assetIds: [],
        fields: {
          system: "財務会計",
          description: "パッチ適用",
          startsAt: "2026-04-03T18:00:00+09:00",
          secondPersonId: head.personId,
        },
      }),
    );
    expect(c.data.approvalRequired).toBe(false);
    expect(c.data.basis[0].clause).toBe("nishihara:対策基準/7.1/(4)/③");
    const s = await json(await staff.client.post(`/api/requests/${c.data.id}/submit`, {}));
    expect(s.data.status).toBe("in_effect");
  });
});

describe("川崎市: carry-out of 区分Ⅲ documents needs no approval but is recorded (第4章1(5)エ(ウ)); a medium cites 第4章4(2), and 区分Ⅱ on it is protected first (第4章4(2)ア)", () => {
  let k: TestApp;
  beforeAll(async () => {
    k = await createTestApp({ profileId: "kawasaki" });
  });
  afterAll(async () => k.close());
  it("records the carry-out without approval", async () => {
    const dept = (await makeDepartment(k.database.db)).id;
    const u = await makeUser(k.database.db, { departmentId: dept });
    const client = authed(k, await signIn(k, u.user.loginId, u.password));
    const doc = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "document",
      confidentiality: "III",
    });
    const c = await json(
      await client.post("/api/requests", { kind: "carry_out", assetIds: [doc.id], fields: carryOutFields() }),
    );
    expect(c.data.approvalRequired).toBe(false);
    const s = await json(await client.post(`/api/requests/${c.data.id}/submit`, {}));
    expect(s.data.status).toBe("in_effect");
    const log = await k.database.db.select().from(carryOutLog).where(eq(carryOutLog.requestId, c.data.id));
    expect(log.map((l) => l.event)).toEqual(["carried_out"]);
    const medium = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "medium",
      confidentiality: "III",
    });
    const m = await json(
      await client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [medium.id],
        fields: carryOutFields(),
      }),
    );
    expect(m.data.approvalRequired).toBe(true);
    expect(m.data.basis.map((b: any) => b.clause)).toEqual(["kawasaki:基準/第4章/4/(2)"]);
    // 第4章4(2)ア: a medium holding 区分Ⅱ goes out encrypted or in a locked case, or not at all.
    const secret = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "medium",
      confidentiality: "II",
    });
    const e = await json(
      await client.post("/api/requests", {
        kind: "carry_out",
        assetIds: [secret.id],
        fields: carryOutFields({ encrypted: false }),
      }),
    );
    expect(e.data.encryptionRequired).toBe(true);
    expect(e.data.encryptionClause).toBe("kawasaki:基準/第4章/4/(2)/ア");
    const refused = await client.post(`/api/requests/${e.data.id}/submit`, {});
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.code).toBe("encryption_required");
  });
});

describeStoredAuditData("requests", () => t.database.db, [
  "request.created",
  "request.submitted",
  "request.approved",
]);
