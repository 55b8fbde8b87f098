import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { expectDeclaredShape } from "../../test/response-schema";
import { type Body, checkedContract, json, nishiharaContracts, type U } from "./test-fixtures";

const explain = (u: U, id: string, over: Record<string, unknown> = {}) =>
  u.client.post(`/api/suppliers/contracts/${id}/explanations`, {
    // The test clock's day (2026-04-01), before the contract starts.
    explainedOn: "2026-03-31",
    explainedTo: "株式会社委託 業務責任者 委託 太郎",
    content: "対策基準のうち委託事業者が守るべき事項（情報の持出し禁止・作業後の消去）と機密事項",
    ...over,
  });

describe("西原村 対策基準 6.1(4): the policy explained to contractors and subcontractors", () => {
  let t: TestApp;
  let head: U, staff: U, outsider: U, net: U;
  let dept: string;

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    ({ dept, head, staff, outsider, net } = await nishiharaContracts(t, { outsiderHead: true }));
  });
  afterAll(async () => t.close());

  it("the 課長 records who explained to whom; audited; shown on the contract to those who read it", async () => {
    const id = await checkedContract(
      head,
      dept,
      { systemWork: true, maintenance: true },
      "住民記録システム保守",
    );
    const res = await explain(head, id, { explainedByPersonId: head.personId });
    expect(res.status).toBe(201);
    const row = (await json(res)).data;
    expect(row).toMatchObject({ contractId: id, explainedByPersonId: head.personId, subcontractId: null });

    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "supplier.explanation_recorded"), eq(auditEvents.targetId, id)));
    expect(event.data).toMatchObject({ explanationId: row.id, clause: "nishihara:対策基準/6.1/(4)" });

    // The 課's staff and the ネットワーク管理者 read it on the contract; the rule names its clause.
    for (const reader of [staff, net]) {
      const d = (await expectDeclaredShape(t, await reader.client.get(`/api/suppliers/contracts/${id}`), {
        method: "GET",
        path: "/api/suppliers/contracts/{id}",
      })) as Body;
      expect(d.data.explanationRule).toMatchObject({
        duty: "manage_department_security",
        clause: "nishihara:対策基準/6.1/(4)",
      });
      expect(d.data.explanations).toHaveLength(1);
      expect(d.data.explanations[0]).toMatchObject({
        explainedTo: "株式会社委託 業務責任者 委託 太郎",
        subcontractorName: null,
      });
      expect(d.data.explanations[0].explainedByName).toBeTruthy();
    }
  });

  it("who may record: only the contract's keeper; the explainer must hold the profile's duty; a hidden contract is 404", async () => {
    const id = await checkedContract(head, dept, { systemWork: true }, "ネットワーク機器保守");
    // Staff of the 課 and the ネットワーク管理者 read the contract but do not keep it.
    expect((await explain(staff, id, { explainedByPersonId: head.personId })).status).toBe(403);
    expect((await explain(net, id, { explainedByPersonId: head.personId })).status).toBe(403);
    // Another 課's 課長 does not even see it.
    expect((await explain(outsider, id, { explainedByPersonId: outsider.personId })).status).toBe(404);
    expect((await outsider.client.get(`/api/suppliers/contracts/${id}`)).status).toBe(404);

    // A staff member without the duty (and another 課's 課長) cannot be named as the explainer.
    for (const who of [staff, outsider]) {
      const bad = await explain(head, id, { explainedByPersonId: who.personId });
      expect(bad.status).toBe(400);
      const f = (await json(bad)).error.fields.explainedByPersonId;
      expect(f.message_ja).toContain("nishihara:対策基準/6.1/(4)");
      expect(f.message_en).toContain("duty");
    }
    // Schema errors name the field in Japanese and English; a future date and a foreign level are refused.
    const empty = await explain(head, id, { explainedByPersonId: head.personId, explainedTo: "" });
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.fields.explainedTo).toMatchObject({
      message_ja: expect.any(String),
      message_en: expect.any(String),
    });
    const future = await explain(head, id, { explainedByPersonId: head.personId, explainedOn: "2999-01-01" });
    expect((await json(future)).error.fields.explainedOn.message_ja).toContain("未来");
    const stray = await explain(head, id, {
      explainedByPersonId: head.personId,
      subcontractId: "00000000-0000-4000-8000-000000000000",
    });
    expect((await json(stray)).error.fields.subcontractId.message_en).toContain("Not a subcontractor");
    // Nothing half-written: none of the refused attempts left a row.
    const d = (await json(await head.client.get(`/api/suppliers/contracts/${id}`))).data;
    expect(d.explanations).toEqual([]);
  });
});
