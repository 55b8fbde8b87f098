import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { json, move, nishiharaContracts, type U, user } from "./test-fixtures";

async function contractor(u: U, name: string, corporateNumber: string | null = null) {
  const res = await u.client.post("/api/suppliers/contractors", { name, corporateNumber });
  expect(res.status).toBe(201);
  return (await json(res)).data.id as string;
}

async function contract(u: U, body: Record<string, unknown>) {
  const res = await u.client.post("/api/suppliers/contracts", body);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return (await json(res)).data.id as string;
}

/** Confirms every clause of the contract's checklist, at 第N条. */
async function confirmAll(u: U, id: string) {
  const detail = await json(await u.client.get(`/api/suppliers/contracts/${id}`));
  const confirmations = detail.data.checklist.map((c: { key: string }, i: number) => ({
    clauseKey: c.key,
    included: true,
    location: `第${i + 1}条`,
  }));
  const res = await u.client.put(`/api/suppliers/contracts/${id}/clauses`, { confirmations });
  expect(res.status).toBe(200);
  return confirmations.length as number;
}

describe("西原村: contracts and the 9.1(2) checklist", () => {
  let t: TestApp;
  let head: U, staff: U, outsider: U, net: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    ({ dept, head, staff, outsider, net } = await nishiharaContracts(t));
  });
  afterAll(async () => t.close());

  it("法人番号: a wrong check digit or length is refused naming the field", async () => {
    const bad = await head.client.post("/api/suppliers/contractors", {
      name: "株式会社誤番号",
      corporateNumber: "7000012050003",
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.corporateNumber.message_ja).toMatch(/チェックディジット/);
    const short = await head.client.post("/api/suppliers/contractors", { name: "x", corporateNumber: "123" });
    expect((await json(short)).error.fields.corporateNumber.message_en).toMatch(/13 digits/);
    // Full-width digits and hyphens as typed are accepted; a second entry with the number is refused.
    await contractor(head, "株式会社正番号", "７-0000-1205-0002");
    const dupe = await head.client.post("/api/suppliers/contractors", {
      name: "y",
      corporateNumber: "7000012050002",
    });
    expect(dupe.status).toBe(409);
    // Staff without a keeper duty cannot add contractors.
    expect((await staff.client.post("/api/suppliers/contractors", { name: "z" })).status).toBe(403);
  });

  it("9.1(2): system work brings 13 clauses; checked is refused naming the missing ones with their clause", async () => {
    const k = await contractor(head, "株式会社システム保守");
    const id = await contract(head, {
      contractorId: k,
      departmentId: dept,
      subject: "住民記録システム運用保守業務",
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      systemWork: true,
      informationLevels: ["3"],
      personalInformation: true,
    });
    const detail = await json(await head.client.get(`/api/suppliers/contracts/${id}`));
    expect(detail.data.checklist).toHaveLength(13);
    expect(detail.data.pledgeRule.required).toBe(false);
    const refused = await move(head, id, "checked");
    expect(refused.status).toBe(422);
    const err = (await json(refused)).error;
    expect(err.code).toBe("contract_blocked");
    expect(err.message_ja).toContain("再委託に関する制限事項の遵守（対策基準 9.1.(2)⑧）");
    expect(err.message_en).toContain("nishihara:対策基準/9.1/(2)/⑧");
    // A clause confirmed without its page or article is refused; one the contract does not need too.
    const noPlace = await head.client.put(`/api/suppliers/contracts/${id}/clauses`, {
      confirmations: [{ clauseKey: "subcontracting", included: true, location: null }],
    });
    expect(noPlace.status).toBe(400);
    const notNeeded = await head.client.put(`/api/suppliers/contracts/${id}/clauses`, {
      confirmations: [{ clauseKey: "specific_personal_information_annex", included: true, location: "p.3" }],
    });
    expect(notNeeded.status).toBe(400);
    // Every clause but 再委託 confirmed: still refused, naming just that one.
    const all = detail.data.checklist.filter((c: { key: string }) => c.key !== "subcontracting");
    await head.client.put(`/api/suppliers/contracts/${id}/clauses`, {
      confirmations: all.map((c: { key: string }) => ({
        clauseKey: c.key,
        included: true,
        location: "第5条",
      })),
    });
    const still = await json(await move(head, id, "checked"));
    expect(still.error.fields.missing_clauses.message_ja).toContain("再委託に関する制限事項の遵守");
    expect(still.error.fields.missing_clauses.message_ja).not.toContain("守秘義務");
    expect(await confirmAll(head, id)).toBe(13);
    expect((await move(head, id, "checked")).status).toBe(200);
    // Skipping a state is refused; a checked contract can no longer be edited.
    expect((await move(head, id, "closed")).status).toBe(409);
    expect((await head.client.patch(`/api/suppliers/contracts/${id}`, { subject: "変更" })).status).toBe(409);
    expect((await move(head, id, "active")).status).toBe(200);
    // The refusals were audited with their blockers.
    const events = await t.database.db.query.auditEvents.findMany({
      where: (e, { eq, and }) => and(eq(e.targetId, id), eq(e.type, "supplier.contract_blocked")),
    });
    expect(events.length).toBe(2);
  });

  it("who sees and keeps a contract: its 課 reads, its 課長 keeps, another 課 gets 404, the network manager reads all", async () => {
    const k = await contractor(head, "株式会社閲覧");
    const id = await contract(head, {
      contractorId: k,
      departmentId: dept,
      subject: "窓口案内業務",
      startsOn: "2026-04-01",
      endsOn: "2026-09-30",
    });
    expect((await staff.client.get(`/api/suppliers/contracts/${id}`)).status).toBe(200);
    expect((await staff.client.patch(`/api/suppliers/contracts/${id}`, { subject: "x" })).status).toBe(403);
    expect((await outsider.client.get(`/api/suppliers/contracts/${id}`)).status).toBe(404);
    expect(
      (await outsider.client.post(`/api/suppliers/contracts/${id}/transition`, { state: "checked" })).status,
    ).toBe(404);
    const outsiderList = await json(await outsider.client.get("/api/suppliers/contracts"));
    expect(outsiderList.data.map((c: { id: string }) => c.id)).not.toContain(id);
    const netList = await json(await net.client.get("/api/suppliers/contracts"));
    expect(netList.data.map((c: { id: string }) => c.id)).toContain(id);
    // Staff may not prepare a contract for their 課; the 課長 may not for another 課.
    expect(
      (
        await staff.client.post("/api/suppliers/contracts", {
          contractorId: k,
          departmentId: dept,
          subject: "x",
          startsOn: "2026-04-01",
          endsOn: "2026-05-01",
        })
      ).status,
    ).toBe(403);
    // Not a system contract: no clause required in 西原村 (9.1(2) is about system operation).
    expect((await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data.checklist).toEqual([]);
    // Bad input names the field.
    const bad = await head.client.post("/api/suppliers/contracts", {
      contractorId: k,
      departmentId: dept,
      subject: "x",
      startsOn: "2026-05-01",
      endsOn: "2026-04-01",
      informationLevels: ["I"],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await json(bad)).error.fields)).toEqual(["informationLevels"]);
  });

  it("the checklist exports as .xlsx wording for the 仕様書", async () => {
    const k = await contractor(head, "株式会社出力");
    const id = await contract(head, {
      contractorId: k,
      departmentId: dept,
      subject: '=HYPERLINK("x")',
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      systemWork: true,
    });
    const res = await head.client.get(`/api/suppliers/contracts/${id}/checklist.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet("契約条項");
    // the export marking first (西原村: 機密性2, its handling, who exported), then the checklist
    expect(ws?.getCell("A1").value).toBe("機密性2（取扱注意）");
    expect(ws?.headerFooter.oddHeader).toContain("機密性2（取扱注意）");
    expect(ws?.getCell("A4").value).toBe('件名: =HYPERLINK("x")');
    expect(ws?.getCell("B8").value).toBe("情報セキュリティポリシー及び情報セキュリティ実施手順の遵守");
    expect(ws?.getCell("C8").value).toBe("対策基準 9.1.(2)①");
    expect(ws?.getCell("D8").value).toBe("未確認");
    expect(ws?.rowCount).toBe(3 + 4 + 13);
    expect((await outsider.client.get(`/api/suppliers/contracts/${id}/checklist.xlsx`)).status).toBe(404);
  });
});

describe("川崎市: 特記仕様書, security plan and the end of the contract", () => {
  let t: TestApp;
  let manager: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" });
    dept = (await makeDepartment(t.database.db, { name: "区役所区民課" })).id;
    manager = await user(t, [["information_manager", dept]], dept);
  });
  afterAll(async () => t.close());

  it("第2章9(1)イ・ウ: 特定個人情報 brings the 特記事項 and the 特記仕様書; 区分Ⅰ the pledge clause", async () => {
    const k = await contractor(manager, "株式会社番号");
    const id = await contract(manager, {
      contractorId: k,
      departmentId: dept,
      subject: "マイナンバー関連事務委託",
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      informationLevels: ["I"],
      specificPersonalInformation: true,
    });
    const d = (await json(await manager.client.get(`/api/suppliers/contracts/${id}`))).data;
    const keys = d.checklist.map((c: { key: string }) => c.key);
    expect(keys).toContain("subcontracting");
    expect(keys).toContain("personal_information_annex");
    expect(keys).toContain("specific_personal_information_annex");
    expect(keys).toContain("confidentiality_pledge");
    expect(d.pledgeRule).toEqual({ required: true, asNeeded: false, clause: "kawasaki:基準/第2章/9/(1)/オ" });
    await confirmAll(manager, id);
    const checked = await move(manager, id, "checked");
    expect(checked.status, JSON.stringify(await checked.clone().json())).toBe(200);
    // 区分Ⅰ: no one named yet, so no pledges: active is refused citing 9(1)オ.
    const refused = await json(await move(manager, id, "active"));
    expect(refused.error.fields.no_people.message_ja).toContain("基準 第2章9.(1)オ");
  });

  it("第2章9(2)イ, カ: system work needs the plan before it starts; closing needs the no-copy confirmation", async () => {
    const k = await contractor(manager, "株式会社開発");
    const id = await contract(manager, {
      contractorId: k,
      departmentId: dept,
      subject: "区民課システム改修",
      startsOn: "2026-04-01",
      endsOn: "2026-12-31",
      informationLevels: ["II"],
      systemWork: true,
    });
    const d = (await json(await manager.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.pledgeRule.asNeeded).toBe(true);
    expect(d.securityPlanRule.required).toBe(true);
    await confirmAll(manager, id);
    await move(manager, id, "checked");
    const noPlan = await json(await move(manager, id, "active"));
    expect(noPlan.error.fields.missing_security_plan.message_ja).toContain("基準 第2章9.(2)イ");
    expect(
      (
        await manager.client.put(`/api/suppliers/contracts/${id}/security-plan`, {
          receivedOn: "2026-03-25",
          note: null,
        })
      ).status,
    ).toBe(200);
    expect((await move(manager, id, "active")).status).toBe(200);
    expect((await move(manager, id, "ending")).status).toBe(200);
    const noCopy = await json(await move(manager, id, "closed"));
    expect(noCopy.error.fields.missing_no_copy_confirmation.message_ja).toContain("基準 第2章9.(2)カ");
    expect(
      (
        await manager.client.put(`/api/suppliers/contracts/${id}/no-copy-confirmation`, {
          confirmedOn: "2027-01-10",
        })
      ).status,
    ).toBe(200);
    expect((await move(manager, id, "closed")).status).toBe(200);
    const closed = (await json(await manager.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(closed.state).toBe("closed");
    expect(closed.openItems).toEqual([]);
  });
});
