import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { json, move, type U, user } from "./test-fixtures";

/**
 * 西原村 基本方針 6(8), 対策基準 9.1(1) and 9.2(2)①, read against the suppliers routes (issue #13,
 * per-clause record): the 課長 records the contractor's certifications when selecting it, a contract
 * with its security clauses confirmed before work starts, and the path an external service takes
 * follows the 格付 of the information it handles.
 */
let t: TestApp;
let head: U, staff: U;
let dept = "";

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "住民課" })).id;
  head = await user(t, [["security_system_manager", dept]], dept);
  staff = await user(t, [], dept);
}, 180_000);
afterAll(async () => t?.close());

async function contractWith(contractorId: string) {
  const res = await head.client.post("/api/suppliers/contracts", {
    contractorId,
    departmentId: dept,
    subject: "住民記録システム運用保守業務",
    startsOn: "2026-04-01",
    endsOn: "2027-03-31",
    systemWork: true,
    informationLevels: ["3"],
  });
  expect(res.status).toBe(201);
  return (await json(res)).data.id as string;
}

describe("西原村 対策基準 9.1(1) 委託事業者の選定基準", () => {
  it("the 課長 records the contractor's certifications (ISMS, Pマーク) when selecting it; staff may not add a contractor", async () => {
    expect(
      (
        await staff.client.post("/api/suppliers/contractors", {
          name: "株式会社職員登録",
          certifications: [{ kind: "isms", number: "IS 000001" }],
        })
      ).status,
    ).toBe(403);
    const res = await head.client.post("/api/suppliers/contractors", {
      name: "株式会社システム保守",
      certifications: [
        { kind: "isms", number: "IS 123456", expiresOn: "2028-03-31" },
        { kind: "pmark", number: "第10820000(01)号" },
      ],
    });
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id as string;
    const seen = (await json(await head.client.get(`/api/suppliers/contractors/${id}`))).data;
    expect(seen.certifications).toEqual([
      { kind: "isms", number: "IS 123456", expiresOn: "2028-03-31" },
      { kind: "pmark", number: "第10820000(01)号", expiresOn: null },
    ]);
  });

  it("the contract cannot start before the 課長 confirmed it (確認済み): draft → 履行中 is refused, and 確認済み needs the security clauses", async () => {
    const k = (await json(await head.client.post("/api/suppliers/contractors", { name: "株式会社選定確認" })))
      .data.id as string;
    const id = await contractWith(k);
    const skip = await move(head, id, "active");
    expect(skip.status).toBe(409);
    expect((await json(skip)).error.code).toBe("invalid_transition");
    const unconfirmed = await move(head, id, "checked");
    expect(unconfirmed.status).toBe(422);
    expect((await json(unconfirmed)).error.code).toBe("contract_blocked");
    const detail = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(detail.state).toBe("draft");
  });
});

describe("西原村 基本方針6(8) 業務委託と外部サービスの利用", () => {
  it("a contract whose 9.1(2) clauses are confirmed at their articles becomes 確認済み and then 履行中; staff of the 課 cannot move it", async () => {
    const k = (await json(await head.client.post("/api/suppliers/contractors", { name: "株式会社契約締結" })))
      .data.id as string;
    const id = await contractWith(k);
    const detail = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(detail.checklist.length).toBe(13);
    const confirmations = detail.checklist.map((c: { key: string }, i: number) => ({
      clauseKey: c.key,
      included: true,
      location: `第${i + 1}条`,
    }));
    expect((await head.client.put(`/api/suppliers/contracts/${id}/clauses`, { confirmations })).status).toBe(
      200,
    );
    expect((await move(staff, id, "checked")).status).toBe(403);
    expect((await move(head, id, "checked")).status).toBe(200);
    expect((await move(head, id, "active")).status).toBe(200);
    expect((await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data.state).toBe("active");
  });
});

describe("西原村 対策基準 9.2(2)① 格付及び取扱制限を踏まえ利用を検討する", () => {
  it("the path a service takes follows the 格付 of its information: 機密性2 takes 9.2 (filed by the 課長, three checks), 機密性1 takes 9.3 (terms check)", async () => {
    const path = async (level: string | null) =>
      (
        await json(
          await head.client.get(
            `/api/external-services/path?category=general${level ? `&highestLevel=${level}` : ""}`,
          ),
        )
      ).data;
    const guarded = await path("2");
    expect(guarded.key).toBe("confidential");
    expect(guarded.checks.map((c: { phase: string }) => c.phase)).toEqual([
      "build",
      "periodic",
      "termination",
    ]);
    expect(guarded.filedBy.clause).toBe("nishihara:対策基準/9.2/(4)/①");
    expect((await path("3")).key).toBe("confidential");
    const open = await path("1");
    expect(open.key).toBe("general");
    expect(open.termsCheck).toBe(true);
    expect(open.checks).toEqual([]);
    // The 外部サービス利用判断基準 the 課長 follows is a section of the rules, with its clause.
    const criteria = (await json(await staff.client.get("/api/external-services/criteria"))).data;
    expect(criteria.sections.map((s: { key: string }) => s.key)).toContain("usage_judgement");
  });
});
