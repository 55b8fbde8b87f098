import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app";
import { makeDepartment, makeUser } from "../../../test/factories";
import { pdfText, xlsxSheet } from "../../../test/pdf-text";
import { type AuthedClient, authed, signIn } from "../../../test/session";

describe("GET /api/assets/export.pdf", () => {
  let t: TestApp;
  let headA: AuthedClient;
  let staffB: AuthedClient;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const deptA = await makeDepartment(db, { code: "SHIMIN", name: "市民課" });
    const deptB = await makeDepartment(db, { code: "DOBOKU", name: "土木課" });
    const sign = async (opts: Parameters<typeof makeUser>[1]) => {
      const u = await makeUser(db, opts);
      return authed(t, await signIn(t, u.user.loginId, u.password));
    };
    headA = await sign({ departmentId: deptA.id, roles: [["security_system_manager", deptA.id]] });
    staffB = await sign({ departmentId: deptB.id });
    for (const [name, dept, c] of [
      ["住民票交付記録", deptA.id, "2"],
      ["戸籍届書綴り", deptA.id, "3"],
      ["道路占用許可台帳", deptB.id, "2"],
    ] as const) {
      const res = await (dept === deptA.id ? headA : staffB).post("/api/assets", {
        name,
        kind: "document",
        departmentId: dept,
        confidentiality: c,
        integrity: "2",
        availability: "2",
        retentionYears: 5,
        acquiredOn: "2026-04-01",
        storagePlace: "書庫",
      });
      if (res.status !== 201) throw new Error(`create ${res.status} ${await res.text()}`);
    }
  }, 120_000);
  afterAll(() => t?.close());

  it("renders the department's register in Japanese: labels, 和暦+西暦 dates, page numbers; only what the caller sees", async () => {
    const res = await headA.get("/api/assets/export.pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("情報資産台帳");
    expect(text).toContain("市民課");
    expect(text).toContain("住民票交付記録");
    expect(text).toContain("戸籍届書綴り");
    expect(text).toContain("機密性3");
    expect(text).toContain("令和8年4月1日");
    expect(text).toContain("(2026年)");
    expect(text).toContain("令和14年3月31日");
    expect(text).toMatch(/1 \/ 1 ページ/);
    // Another department's asset is not in it.
    expect(text).not.toContain("道路占用許可台帳");
    // Marked with the highest class it holds (機密性3), its handling and the exporter, on every page.
    expect(text).toContain("機密性3（取扱注意）");
    expect(text).toContain("取扱い / Handling:");
    expect(text).toContain("出力 / Exported:");
  });

  it("marks the .xlsx and the CSV too — rows above the header the import skips, and the printed header", async () => {
    const x = await headA.get("/api/assets/export.xlsx");
    expect(x.status).toBe(200);
    const sheet = await xlsxSheet(new Uint8Array(await x.arrayBuffer()));
    expect(sheet.rows[0][0]).toBe("機密性3（取扱注意）");
    expect(sheet.rows[1][0]).toMatch(/^取扱い \/ Handling: /);
    expect(sheet.rows[2][0]).toMatch(/^出力 \/ Exported: /);
    expect(sheet.rows[3]).toContain("資産名");
    expect(sheet.rows.slice(4).map((r) => r[sheet.rows[3].indexOf("資産名")])).toEqual(
      expect.arrayContaining(["住民票交付記録", "戸籍届書綴り"]),
    );
    expect(sheet.header).toContain("機密性3（取扱注意）");
    expect(sheet.footer).toContain("出力 / Exported:");
    // staffB's file holds only a 機密性2 asset: the profile's export level (2), not 3.
    const csv = await staffB.get("/api/assets/export.csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("機密性2（取扱注意）");
    expect(lines[2]).toMatch(/^出力 \/ Exported: /);
    expect(lines[3]).toContain("資産名");
  });

  it("uses the list's filters and its visibility for the other department", async () => {
    const res = await staffB.get(`/api/assets/export.pdf?q=${encodeURIComponent("占用")}`);
    expect(res.status).toBe(200);
    const text = pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("道路占用許可台帳");
    expect(text).toContain("土木課");
    expect(text).toContain("検索「占用」");
    expect(text).not.toContain("住民票交付記録");
  });
});
