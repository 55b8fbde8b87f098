import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import {
  type Body,
  checkedContract as fixtureContract,
  json,
  kawasakiContracts,
  type U,
  user,
} from "./test-fixtures";

const contractor = async (u: U, name: string) =>
  (await json(await u.client.post("/api/suppliers/contractors", { name }))).data.id as string;

/** The shared fixture, on a system-maintenance subject. */
const checkedContract = (u: U, departmentId: string, over: Record<string, unknown>) =>
  fixtureContract(u, departmentId, over, "住民税システム保守");
const file = (u: U, id: string, contractorId: string, parentId: string | null = null) =>
  u.client.post(`/api/suppliers/contracts/${id}/subcontracts`, {
    contractorId,
    parentId,
    work: "帳票の印刷・封入",
    dataHandled: "氏名・住所",
    measures: "入退室管理された作業場所で作業し、作業後にデータを消去する",
  });

describe("川崎市 第2章9(1)イ: subcontracting only with prior written consent, at every level", () => {
  let t: TestApp;
  let clerk: U, head: U, other: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    ({ dept, manager: head, other } = await kawasakiContracts(t, "市民税課", "資産税課"));
    clerk = await user(t, [], dept);
  });
  afterAll(async () => t.close());

  it("each level is a request the engine decides; the chain blocks activation until approved and consented", async () => {
    const id = await checkedContract(head, dept, { personalInformation: true, informationLevels: ["II"] });
    const printer = await contractor(head, "印刷株式会社");
    const mailer = await contractor(head, "封入発送株式会社");

    // Not the 課's contract: another 課's manager cannot even see it.
    expect((await file(other, id, printer)).status).toBe(404);

    const first = await file(clerk, id, printer);
    expect(first.status).toBe(201);
    const level1 = (await json(first)).data;
    expect(level1.level).toBe(1);
    const req = (await json(await clerk.client.get(`/api/requests/${level1.requestId}`))).data;
    expect(req.kind).toBe("subcontracting");
    expect(req.status).toBe("submitted");
    expect(req.fields.subcontractor).toBe("印刷株式会社");

    // 再々委託 cannot be filed under a level that is not yet settled.
    const early = await file(clerk, id, mailer, level1.id);
    expect(early.status).toBe(400);
    expect((await json(early)).error.fields.parentId.message_ja).toContain("印刷株式会社");

    // Consent before approval is refused; activation names the level and the clause.
    const consent = (sid: string, n: string) =>
      head.client.post(`/api/suppliers/contracts/${id}/subcontracts/${sid}/consent`, {
        consentNumber: n,
        consentOn: "2026-03-20",
      });
    expect((await consent(level1.id, "市税第101号")).status).toBe(409);
    const blocked = await json(
      await head.client.post(`/api/suppliers/contracts/${id}/transition`, { state: "active" }),
    );
    expect(blocked.error.fields.unsettled_subcontracts.message_ja).toContain("印刷株式会社（承認待ち）");
    expect(blocked.error.fields.unsettled_subcontracts.message_ja).toContain("第2章9.(1)イ");

    // The 情報管理責任者 approves through the engine; the filer could not (separation of duties).
    expect((await clerk.client.post(`/api/requests/${level1.requestId}/approve`, {})).status).toBe(403);
    expect((await head.client.post(`/api/requests/${level1.requestId}/approve`, {})).status).toBe(200);
    let d = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.subcontracts[0]).toMatchObject({ decision: "approved", consentOn: null });
    expect(d.openItems.map((o: { code: string }) => o.code)).toContain("unsettled_subcontracts");
    // Approved but no written consent yet: still no 再々委託.
    expect((await file(clerk, id, mailer, level1.id)).status).toBe(400);

    expect((await consent(level1.id, "市税第101号")).status).toBe(200);
    const second = await file(clerk, id, mailer, level1.id);
    expect(second.status).toBe(201);
    const level2 = (await json(second)).data;
    expect(level2.level).toBe(2);
    // The chain as the contract screen reads it parses against the declared schema.
    d = (
      (await expectDeclaredShape(t, await head.client.get(`/api/suppliers/contracts/${id}`), {
        method: "GET",
        path: "/api/suppliers/contracts/{id}",
      })) as Body
    ).data;
    expect(
      d.subcontracts.map((s: { contractorName: string; level: number }) => [s.level, s.contractorName]),
    ).toEqual([
      [1, "印刷株式会社"],
      [2, "封入発送株式会社"],
    ]);
    const again = await json(
      await head.client.post(`/api/suppliers/contracts/${id}/transition`, { state: "active" }),
    );
    expect(again.error.fields.unsettled_subcontracts.message_ja).toContain("封入発送株式会社");

    expect((await head.client.post(`/api/requests/${level2.requestId}/approve`, {})).status).toBe(200);
    expect((await consent(level2.id, "市税第102号")).status).toBe(200);
    expect(
      (await head.client.post(`/api/suppliers/contracts/${id}/transition`, { state: "active" })).status,
    ).toBe(200);
  });

  it("a rejected level drops out of the chain with everything under it", async () => {
    const id = await checkedContract(head, dept, { personalInformation: true });
    const level = (await json(await file(clerk, id, await contractor(head, "却下される事業者")))).data;
    const r = await head.client.post(`/api/requests/${level.requestId}/reject`, {
      comment: "安全管理措置が不十分",
    });
    expect(r.status).toBe(200);
    const d = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.subcontracts[0].decision).toBe("refused");
    expect(
      (await head.client.post(`/api/suppliers/contracts/${id}/transition`, { state: "active" })).status,
    ).toBe(200);
  });

  it("a returned level, resubmitted, names the contract and the chain as they are now", async () => {
    const id = await checkedContract(head, dept, { personalInformation: true });
    const printerId = await contractor(head, "旧商号印刷株式会社");
    const level = (await json(await file(clerk, id, printerId))).data;
    expect(
      (await head.client.post(`/api/requests/${level.requestId}/return`, { comment: "作業場所を明記" }))
        .status,
    ).toBe(200);
    // Meanwhile the contract goes back to draft and is renamed, and the subcontractor changes its name.
    expect(
      (await head.client.post(`/api/suppliers/contracts/${id}/transition`, { state: "draft" })).status,
    ).toBe(200);
    expect(
      (await head.client.patch(`/api/suppliers/contracts/${id}`, { subject: "住民税システム保守（改）" }))
        .status,
    ).toBe(200);
    expect(
      (await head.client.patch(`/api/suppliers/contractors/${printerId}`, { name: "新商号印刷株式会社" }))
        .status,
    ).toBe(200);

    // The requester corrects the measures and sends stale names besides: the record's names win.
    const resubmit = await clerk.client.post(`/api/requests/${level.requestId}/submit`, {
      fields: {
        contract: "住民税システム保守",
        subcontractor: "旧商号印刷株式会社",
        parentContractor: "どこか",
        level: 3,
        work: "帳票の印刷・封入",
        dataHandled: "氏名・住所",
        measures: "施錠された作業室で作業し、作業後に消去証明を提出する",
      },
    });
    expect(resubmit.status).toBe(200);
    const req = (await json(await clerk.client.get(`/api/requests/${level.requestId}`))).data;
    expect(req.status).toBe("submitted");
    expect(req.fields).toMatchObject({
      contract: "住民税システム保守（改）",
      subcontractor: "新商号印刷株式会社",
      level: 1,
      measures: "施錠された作業室で作業し、作業後に消去証明を提出する",
    });
    expect(req.fields.parentContractor).not.toBe("どこか");
    // The level's own record took the same correction.
    const d = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.subcontracts[0]).toMatchObject({
      contractorName: "新商号印刷株式会社",
      measures: "施錠された作業室で作業し、作業後に消去証明を提出する",
    });
    const [ev] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id), eq(auditEvents.type, "supplier.subcontract_refiled")));
    expect((ev.data as { changed: string[] }).changed).toEqual(
      expect.arrayContaining(["contract", "subcontractor", "measures"]),
    );
  });

  it("a resubmission with a bad field names it and changes nothing", async () => {
    const id = await checkedContract(head, dept, { personalInformation: true });
    const level = (await json(await file(clerk, id, await contractor(head, "返却後の事業者")))).data;
    await head.client.post(`/api/requests/${level.requestId}/return`, { comment: "再確認" });
    const bad = await clerk.client.post(`/api/requests/${level.requestId}/submit`, {
      fields: { work: 42, measures: "措置" },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await json(bad)).error.fields).join()).toContain("work");
    const d = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.subcontracts[0].work).toBe("帳票の印刷・封入");
  });

  it("the request kind is filed only from the contract; bad input names the field", async () => {
    const direct = await clerk.client.post("/api/requests", {
      kind: "subcontracting",
      assetIds: [],
      fields: {
        contract: "x",
        subcontractor: "y",
        parentContractor: "z",
        level: 1,
        work: "w",
        measures: "m",
      },
    });
    expect(direct.status).toBe(422);
    const id = await checkedContract(head, dept, {});
    const bad = await clerk.client.post(`/api/suppliers/contracts/${id}/subcontracts`, {
      contractorId: "nope",
    });
    expect(bad.status).toBe(400);
    const e = (await json(bad)).error;
    expect(e.fields.contractorId.message_ja).toBeTruthy();
    expect(e.fields.work.message_ja).toContain("再委託する業務");
  });
});

describe("西原村 9.1(2)⑧: each level approved by the 課長, no written consent asked", () => {
  let t: TestApp;
  let clerk: U, head: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
    head = await user(t, [["security_system_manager", dept]], dept);
    clerk = await user(t, [], dept);
  });
  afterAll(async () => t.close());

  it("an approved level is settled without a consent record", async () => {
    const id = await checkedContract(head, dept, { systemWork: true });
    const level = (await json(await file(clerk, id, await contractor(head, "保守協力会社")))).data;
    expect((await head.client.post(`/api/requests/${level.requestId}/approve`, {})).status).toBe(200);
    const d = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.subcontractRule).toMatchObject({ writtenConsent: false });
    expect(d.openItems.map((o: { code: string }) => o.code)).not.toContain("unsettled_subcontracts");
  });
});
