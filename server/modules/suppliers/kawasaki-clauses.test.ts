import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { checkedContract, json, kawasakiContracts, move, type U, user } from "./test-fixtures";

/**
 * 川崎市 基準 第2章9(1)エ, 第2章9(2)ア・ウ・エ and 第2章10(2)ア–キ, read against the suppliers routes
 * (issue #13, per-clause record). What the code does:
 * - 9(1)エ: the contractor's ISMS / Pマーク certifications are recorded when it is selected.
 * - 9(2)ア・ウ・エ, 10(2)ア–オ 同等以上の情報セキュリティレベルの確認: the 情報管理責任者 records each
 *   confirmation (result, findings, measures) on the contract or the 指定管理者 agreement; nobody else
 *   of the 課 and no other 課's 情報管理責任者 records it. What was confirmed is the recorder's text:
 *   the code does not list the points (遵守状況, 防止対策, the contractor's own system) separately.
 * - 10(2)カ 受渡票: a lending to the 指定管理者 is recorded by its slip number, once.
 * - 10(2)キ 協定終了後の返却又は廃棄: the agreement cannot be closed while a lent item is out, nor
 *   before the written no-copy confirmation (the blocker cites 9(2)カ, the same rule for agreements).
 */
let t: TestApp;
let manager: U, staff: U, other: U;
let dept = "";

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  ({ dept, manager, other } = await kawasakiContracts(t, "市民文化振興課", "公園管理課"));
  staff = await user(t, [["information_user", dept]], dept);
}, 180_000);
afterAll(async () => t?.close());

describe("川崎市 基準 第2章9(1)エ 委託先の選定要件（ISMS・プライバシーマークの認定等）", () => {
  it("the 情報管理責任者 records the contractor's certifications; a 情報利用者 may not add a contractor", async () => {
    const body = {
      name: "株式会社かわさき情報",
      certifications: [
        { kind: "isms", number: "IS 654321", expiresOn: "2028-06-30" },
        { kind: "pmark", number: "第20000001(03)号", expiresOn: "2027-09-30" },
      ],
    };
    expect((await staff.client.post("/api/suppliers/contractors", body)).status).toBe(403);
    const res = await manager.client.post("/api/suppliers/contractors", body);
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id as string;
    const seen = (await json(await manager.client.get(`/api/suppliers/contractors/${id}`))).data;
    expect(seen.certifications.map((c: { kind: string }) => c.kind)).toEqual(["isms", "pmark"]);
  });
});

describe("川崎市 基準 第2章9(2)ア・ウ・エ and 第2章10(2)ア–オ: 本市と同等以上の情報セキュリティレベルの確認", () => {
  it("the 情報管理責任者 records each confirmation on the contract and on the 指定管理者 agreement; staff and another 課's 情報管理責任者 may not", async () => {
    const contract = await checkedContract(manager, dept, { informationLevels: ["II"] }, "窓口受付業務委託");
    const agreement = await checkedContract(
      manager,
      dept,
      { informationLevels: ["II"], designatedManager: true },
      "市民館の指定管理",
    );
    const detail = (await json(await manager.client.get(`/api/suppliers/contracts/${agreement}`))).data;
    expect(detail.checklist.map((c: { key: string }) => c.key)).toContain("dm_comply_information");
    for (const id of [contract, agreement]) {
      expect((await move(manager, id, "active")).status).toBe(200);
      const body = {
        contractId: id,
        checkedOn: "2026-05-15",
        result: "issues",
        importance: "normal",
        findings: "貸与した名簿の保管庫が施錠されていない",
        measures: "施錠を指示し、翌週に再確認",
      };
      expect((await staff.client.post("/api/suppliers/checks", body)).status).toBe(403);
      expect([403, 404]).toContain((await other.client.post("/api/suppliers/checks", body)).status);
      const res = await manager.client.post("/api/suppliers/checks", body);
      expect(res.status).toBe(201);
      const listed = (await json(await manager.client.get(`/api/suppliers/checks?contractId=${id}`))).data;
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({
        result: "issues",
        findings: "貸与した名簿の保管庫が施錠されていない",
      });
    }
  });
});

describe("川崎市 基準 第2章10(2)カ・キ: 受渡票による貸与、協定終了後の返却又は廃棄", () => {
  it("a lending to the 指定管理者 is recorded by its slip number once; the agreement closes only after the item came back and the no-copy confirmation", async () => {
    const agreement = await checkedContract(
      manager,
      dept,
      { informationLevels: ["II"], designatedManager: true },
      "こども文化センターの指定管理",
    );
    expect((await move(manager, agreement, "active")).status).toBe(200);
    const lend = () =>
      manager.client.post(`/api/suppliers/contracts/${agreement}/lendings`, {
        slipNumber: "受渡-DM-001",
        description: "利用者名簿（区分Ⅱ）",
        lentOn: "2026-04-05",
      });
    const lent = await lend();
    expect(lent.status).toBe(201);
    const lendingId = (await json(lent)).data.id as string;
    expect((await json(await lend())).error.code).toBe("duplicate_slip");
    expect((await move(manager, agreement, "ending")).status).toBe(200);
    const open = await json(await move(manager, agreement, "closed"));
    expect(open.error.fields.open_lendings.message_ja).toContain("受渡-DM-001");
    expect(
      (
        await manager.client.post(`/api/suppliers/contracts/${agreement}/lendings/${lendingId}/return`, {
          returnedOn: "2027-03-31",
        })
      ).status,
    ).toBe(200);
    const noConfirmation = await move(manager, agreement, "closed");
    expect(noConfirmation.status).toBe(422);
    expect(
      (
        await manager.client.put(`/api/suppliers/contracts/${agreement}/no-copy-confirmation`, {
          confirmedOn: "2027-04-01",
        })
      ).status,
    ).toBe(200);
    expect((await move(manager, agreement, "closed")).status).toBe(200);
  });
});
