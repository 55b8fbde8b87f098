import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateJa } from "../../../common/calendar";
import { rowsOf } from "../../db/sql";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { json, type U, user } from "./test-fixtures";

async function sheet(res: Response) {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const ws = wb.worksheets[0];
  const cells: string[][] = [];
  ws.eachRow((row) => {
    cells.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
  });
  return { ws, cells };
}

describe("西原村 issue 17 item 7: exports of the contract list and the external-services register", () => {
  let t: TestApp;
  let headA: U, headB: U, staffB: U, net: U;
  let deptA = "";

  beforeAll(async () => {
    t = await createTestApp({ profileId: "nishihara" });
    deptA = (await makeDepartment(t.database.db, { name: "住民課" })).id;
    const deptB = (await makeDepartment(t.database.db, { name: "税務課" })).id;
    headA = await user(t, [["security_system_manager", deptA]], deptA);
    headB = await user(t, [["security_system_manager", deptB]], deptB);
    staffB = await user(t, [], deptB);
    net = await user(t, [["network_administrator", null]], null);
    const k = await headA.client.post("/api/suppliers/contractors", { name: "株式会社住民システム" });
    expect(k.status).toBe(201);
    const c = await headA.client.post("/api/suppliers/contracts", {
      contractorId: (await json(k)).data.id,
      departmentId: deptA,
      subject: "=住民記録システム保守",
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      systemWork: true,
      informationLevels: ["3"],
      personalInformation: true,
    });
    expect(c.status).toBe(201);
    const s = await headA.client.post("/api/external-services", {
      departmentId: deptA,
      name: "住民課ファイル共有",
      provider: "クラウド株式会社",
      termsKind: "terms",
      category: "general",
      highestLevel: "1",
      termsCheckedOn: "2026-04-01",
      purpose: "委託先との大容量ファイルの受渡し",
      managerPersonId: headA.personId,
    });
    expect(s.status, JSON.stringify(await s.clone().json())).toBe(201);
  });
  afterAll(async () => t.close());

  it("contracts .xlsx: the 課's rows, marked at the highest class they hold (機密性3), formulas defused", async () => {
    const { ws, cells } = await sheet(
      await headA.client.get("/api/suppliers/contracts/export.xlsx?view=mine"),
    );
    expect(cells[0][0]).toBe("機密性3（取扱注意）");
    expect(cells[1][0]).toMatch(/^取扱い/);
    expect(cells[2][0]).toMatch(/^出力 \/ Exported: /);
    expect(ws.headerFooter.oddHeader).toContain("機密性3（取扱注意）");
    expect(cells[3][0]).toBe("件名");
    expect(cells).toHaveLength(5);
    expect(cells[4][0]).toBe("'=住民記録システム保守");
    expect(cells[4]).toContain("住民課");
    expect(cells[4]).toContain("作成中");
    expect(cells[4]).toContain(formatDateJa("2026-04-01"));
    // The ネットワーク管理者 exports every 課's contracts.
    const all = await sheet(await net.client.get("/api/suppliers/contracts/export.xlsx"));
    expect(all.cells).toHaveLength(5);
  });

  it("another 課 exports none of A's rows; the file is still marked at the profile's floor (機密性2)", async () => {
    for (const u of [headB, staffB]) {
      const { cells } = await sheet(await u.client.get("/api/suppliers/contracts/export.xlsx"));
      expect(cells[0][0]).toBe("機密性2（取扱注意）");
      expect(cells).toHaveLength(4);
      const csv = await u.client.get(`/api/external-services/export.csv?departmentId=${deptA}`);
      expect(csv.status).toBe(200);
      const text = await csv.text();
      expect(text).not.toContain("住民課ファイル共有");
      expect(text).toContain("機密性2（取扱注意）");
    }
  });

  it("external services .csv (UTF-8 with BOM) and .xlsx with the list's filters; each export is an audit event", async () => {
    const csv = await headA.client.get("/api/external-services/export.csv?view=mine");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("機密性2（取扱注意）");
    expect(text).toContain("住民課ファイル共有");
    const filtered = await sheet(
      await net.client.get("/api/external-services/export.xlsx?status=terminated"),
    );
    expect(filtered.cells).toHaveLength(4);
    const { cells } = await sheet(await net.client.get("/api/external-services/export.xlsx"));
    expect(cells[4][0]).toBe("住民課ファイル共有");
    const bad = await headA.client.get("/api/external-services/export.xlsx?view=everything");
    expect(bad.status).toBe(400);
    const events = rowsOf<{ type: string; n: number }>(
      await t.database.db.execute(
        sql`select type, count(*)::int as n from audit_events where type in ('supplier.contracts_exported', 'external_service.exported') group by type order by type`,
      ),
    );
    expect(events).toEqual([
      { type: "external_service.exported", n: 5 },
      { type: "supplier.contracts_exported", n: 4 },
    ]);
  });
});
