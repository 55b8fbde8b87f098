import { count, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../audit/tables";
import { createTestApp, type TestApp } from "../../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../../test/factories";
import { type AuthedClient, authed, signIn } from "../../../test/session";
import { assets } from "../tables";
import { csvText, encodeShiftJis, fileForm, xlsxOf } from "./test-helpers";

const HEAD = [
  "資産番号",
  "資産名",
  "種別",
  "所管課",
  "管理者",
  "機密性",
  "完全性",
  "可用性",
  "ネットワーク区分",
  "保管場所",
  "取得日",
  "個人情報の有無",
  "備考",
];

type Body = {
  rows: number;
  valid: number;
  errors: Array<{ row: number; column: string; message_ja: string; message_en: string }>;
  mapping: Record<string, string>;
  unmapped: string[];
  committed: boolean;
  created: number;
  updated: number;
  unchanged: number;
  encoding: string | null;
  error?: { code: string; message_ja: string };
  result?: Body;
};

/** A data row: number, name, dept; everything else plausible. */
const row = (n: string, name: string, dept = "総務課", over: Partial<Record<number, unknown>> = {}) => {
  const r: unknown[] = [
    n,
    name,
    "情報",
    dept,
    "",
    "機密性2",
    "2",
    "2",
    "LGWAN接続系",
    "書庫",
    "2024/4/1",
    "無",
    "",
  ];
  for (const [i, v] of Object.entries(over)) r[Number(i)] = v;
  return r as ExcelJS.CellValue[];
};

describe("asset import", () => {
  let t: TestApp;
  let staffA: AuthedClient; // member of 総務課, no duty
  let headA: AuthedClient; // security_system_manager of 総務課
  let admin: AuthedClient; // system_staff: organization-wide, but no asset duty and no department

  const client = async (opts: Parameters<typeof makeUser>[1]) => {
    const u = await makeUser(t.database.db, opts);
    return authed(t, await signIn(t, u.user.loginId, u.password));
  };
  const post = async (
    c: AuthedClient,
    bytes: Buffer | string,
    name: string,
    fields: Record<string, string> = {},
  ) => {
    const res = await c.request("POST", "/api/assets/import", fileForm(bytes, name, fields));
    return { status: res.status, body: (await res.json()) as Body };
  };
  const byNumber = async (n: string) =>
    (await t.database.db.select().from(assets).where(eq(assets.assetNumber, n)))[0];
  const numbersLike = async (prefix: string) =>
    (await t.database.db.select({ n: assets.assetNumber }).from(assets))
      .map((r) => r.n)
      .filter((n) => n.startsWith(prefix));

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const deptA = await makeDepartment(db, { code: "SOUMU", name: "総務課" });
    const deptB = await makeDepartment(db, { code: "ZEIMU", name: "税務課" });
    await makePerson(db, { name: "青木 一郎", departmentId: deptA.id, employeeNumber: "1001" });
    await makePerson(db, { name: "馬場 二郎", departmentId: deptB.id, employeeNumber: "1002" });
    staffA = await client({ departmentId: deptA.id });
    headA = await client({ departmentId: deptA.id, roles: [["security_system_manager", deptA.id]] });
    admin = await client({ roles: [["system_staff", null]] });
  }, 120_000);
  afterAll(() => t?.close());

  it("dry run reads labels, keys, 和暦 and marks, returns the mapping, and commits nothing", async () => {
    const before = (await t.database.db.select({ n: count() }).from(auditEvents))[0].n;
    const file = await xlsxOf([
      [...HEAD, "独自の列"],
      [
        "T-1",
        "住民基本台帳データ",
        "情報",
        "総務課",
        "青木 一郎",
        "機密性2",
        "2",
        "可用性2",
        "LGWAN接続系",
        "書庫A",
        "令和6年4月1日",
        "有",
        "メモ",
        "x",
      ],
      [
        "T-2",
        "会議録",
        "文書",
        "SOUMU",
        "1001",
        "1",
        "完全性1",
        "1",
        "インターネット接続系",
        "",
        45383,
        "無",
        "",
        "",
      ],
    ]);
    const { status, body } = await post(headA, file, "台帳.xlsx", { dryRun: "true" });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ rows: 2, valid: 2, errors: [], committed: false });
    expect(body.mapping).toMatchObject({
      資産番号: "assetNumber",
      機密性: "confidentiality",
      取得日: "acquiredOn",
    });
    expect(body.unmapped).toEqual(["独自の列"]);
    expect(await byNumber("T-1")).toBeUndefined();
    const after = (await t.database.db.select({ n: count() }).from(auditEvents))[0].n;
    expect(after).toBe(before);
  });

  it("commits, then upserts by asset number (update, unchanged), with audit events", async () => {
    const rows = [
      HEAD,
      row("U-1", "住民基本台帳データ", "総務課", { 4: "青木 一郎", 10: "R6.4.1", 11: "有" }),
    ];
    const first = await post(headA, await xlsxOf(rows), "a.xlsx", { dryRun: "false" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ committed: true, created: 1, updated: 0 });
    expect(await byNumber("U-1")).toMatchObject({
      name: "住民基本台帳データ",
      kind: "information",
      confidentiality: "2",
      effectiveConfidentiality: "2",
      zone: "lgwan",
      acquiredOn: "2024-04-01",
      hasPersonalInfo: true,
    });
    rows[1][1] = "住民基本台帳データ（改）";
    const second = await post(headA, await xlsxOf(rows), "a.xlsx", { dryRun: "false" });
    expect(second.body).toMatchObject({ created: 0, updated: 1 });
    expect((await byNumber("U-1")).name).toBe("住民基本台帳データ（改）");
    const third = await post(headA, await xlsxOf(rows), "a.xlsx", { dryRun: "false" });
    expect(third.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.type, ["asset.imported", "asset.import_batch"]));
    expect(events.filter((e) => e.type === "asset.imported")).toHaveLength(2);
    const batch = events.find((e) => e.type === "asset.import_batch");
    expect(JSON.stringify(batch?.data)).toContain("U-1");
  });

  it("gives a number to rows without one, per department code", async () => {
    const { body } = await post(headA, csvText([HEAD, row("", "番号なし資産")]), "n.csv", {
      dryRun: "false",
    });
    expect(body).toMatchObject({ committed: true, created: 1 });
    expect(await numbersLike("SOUMU-")).toContain("SOUMU-000001");
  });

  it("reads Shift_JIS and UTF-8 (BOM) CSV", async () => {
    const text = csvText([
      HEAD,
      row("S-1", "税務システム", "総務課", {
        2: "情報システム",
        5: "機密性3",
        8: "マイナンバー利用事務系",
        11: "○",
      }),
    ]);
    const sjis = await post(headA, encodeShiftJis(text), "sjis.csv");
    expect(sjis.status, JSON.stringify(sjis.body)).toBe(200);
    expect(sjis.body).toMatchObject({ rows: 1, valid: 1, encoding: "shift_jis" });
    const bom = await post(
      headA,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      "u.csv",
    );
    expect(bom.body).toMatchObject({ rows: 1, valid: 1, encoding: "utf-8" });
    expect(bom.body.mapping["資産番号"]).toBe("assetNumber");
  });

  it("wrong encoding: bytes that are no Shift_JIS character, and a file that changes encoding", async () => {
    const good = encodeShiftJis(csvText([HEAD]));
    const bad = Buffer.concat([
      good,
      Buffer.from("W-1,"),
      Buffer.from([0x85, 0x40]),
      Buffer.from(",情報\r\n".replace("情報", "")),
    ]);
    const r1 = await post(headA, bad, "bad.csv");
    expect(r1.status).toBe(200);
    expect(r1.body.errors[0]).toMatchObject({ row: 2, column: "資産名" });
    expect(r1.body.errors[0].message_ja).toContain("文字化け");

    const ascii = `${csvText([HEAD])}${"X-0,a,情報,総務課,,1,1,1,,,,,\r\n".repeat(1)}`;
    const filler = "Y,b,document,SOUMU,,1,1,1,,,,,\r\n".repeat(12_000); // > 256 KB of UTF-8
    const mixed = Buffer.concat([
      Buffer.from(ascii + filler),
      encodeShiftJis("Z-1,税務,情報,総務課,,1,1,1,,,,,\r\n"),
    ]);
    const r2 = await post(headA, mixed, "mixed.csv");
    expect(r2.status).toBe(400);
    expect(r2.body.error?.code).toBe("wrong_encoding");
  });

  it("merged cells are located errors", async () => {
    const file = await xlsxOf([HEAD, row("M-1", "結合1"), row("M-2", "結合2"), row("M-3", "ok")], {
      merges: ["D2:D3"],
    });
    const { body } = await post(headA, file, "m.xlsx");
    const rowsWithErrors = body.errors.map((e) => e.row);
    expect(rowsWithErrors).toEqual([2, 3]);
    expect(body.errors[0].column).toBe("D2:D3");
    expect(body.errors[0].message_ja).toContain("結合セル");
    expect(body.valid).toBe(1);
  });

  it("skips empty rows and keeps Excel's row numbers; finds the header under a title row", async () => {
    const file = await xlsxOf([
      ["情報資産台帳（令和6年度）"],
      [],
      HEAD,
      row("E-1", "一行目"),
      [],
      [null, "", null],
      row("E-2", "未知", "総務課", { 5: "機密性9" }),
    ]);
    const { body } = await post(headA, file, "e.xlsx");
    expect(body).toMatchObject({ rows: 2, valid: 1 });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 7, column: "機密性" });
    // Unknown labels name the allowed ones.
    expect(body.errors[0].message_ja).toContain("機密性3、機密性2、機密性1");
  });

  it("formulas: the cached result is used; a formula without one is an error", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台帳");
    ws.addRow(HEAD);
    ws.addRow(row("F-1", "数式あり"));
    ws.getCell("B2").value = {
      formula: 'CONCAT("数式","あり")',
      result: "数式あり",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("K2").value = { formula: "DATE(2024,4,1)", result: 45383 } as ExcelJS.CellFormulaValue;
    ws.addRow(row("F-2", "結果なし"));
    ws.getCell("F3").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
    const { body } = await post(headA, Buffer.from(await wb.xlsx.writeBuffer()), "f.xlsx", {
      dryRun: "false",
      mode: "valid-rows",
    });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 3, column: "機密性" });
    expect(body.errors[0].message_ja).toContain("計算結果");
    expect(await byNumber("F-1")).toMatchObject({ name: "数式あり", acquiredOn: "2024-04-01" });
  });

  it("reads every date form", async () => {
    const forms: Array<[unknown, string]> = [
      [new Date(Date.UTC(2024, 3, 1)), "2024-04-01"],
      [45383, "2024-04-01"],
      ["2024/4/1", "2024-04-01"],
      ["2024-04-01", "2024-04-01"],
      ["2024年4月1日", "2024-04-01"],
      ["令和6年4月1日", "2024-04-01"],
      ["R6.4.1", "2024-04-01"],
      ["H31.4.30", "2019-04-30"],
      ["令和元年5月1日", "2019-05-01"],
      ["令和6年4月1日 (2024年)", "2024-04-01"],
      ["２０２４／４／１", "2024-04-01"],
    ];
    const rows = [HEAD, ...forms.map(([v], i) => row(`D-${i}`, `日付${i}`, "総務課", { 10: v }))];
    rows.push(row("D-bad", "誤り", "総務課", { 10: "H31.5.1" }));
    const { body } = await post(
      headA,
      await xlsxOf(rows as ExcelJS.CellValue[][], { dateColumns: [11] }),
      "d.xlsx",
      {
        dryRun: "false",
        mode: "valid-rows",
      },
    );
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: forms.length + 2, column: "取得日" });
    for (const [i, [, iso]] of forms.entries())
      expect((await byNumber(`D-${i}`)).acquiredOn, `form ${i}`).toBe(iso);
  });

  it("duplicate numbers in the file: an error on the second, naming the first", async () => {
    const { body } = await post(
      headA,
      csvText([HEAD, row("DUP-1", "a"), row("X-1", "b"), row("dup-1", "c")]),
      "d.csv",
    );
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 4, column: "資産番号" });
    expect(body.errors[0].message_ja).toContain("2行目");
  });

  it("not a spreadsheet: 400 not_a_spreadsheet", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const bin = Buffer.from([1, 2, 3, 0, 0, 255, 254, 0, 7]);
    const zip = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    // A zip whose workbook part is renamed away is not a workbook.
    const notBook = Buffer.from(
      zip.toString("latin1").replaceAll("xl/workbook.xml", "xl/notebook.xml"),
      "latin1",
    );
    for (const [bytes, name] of [
      [png, "a.png"],
      [bin, "a.csv"],
      [notBook, "a.xlsx"],
      [Buffer.from("%PDF-1.4\n"), "a.pdf"],
    ] as const) {
      const { status, body } = await post(headA, bytes, name);
      expect(status, name).toBe(400);
      expect(body.error?.code, name).toBe("not_a_spreadsheet");
    }
  });

  it("a file over 50 MB: 413, nothing read", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1024, 0x41);
    const { status, body } = await post(headA, big, "big.csv");
    expect(status).toBe(413);
    expect(body.error?.code).toBe("payload_too_large");
  });

  it("all-or-nothing commits nothing when a row is bad; valid-rows commits the good ones", async () => {
    const file = csvText([
      HEAD,
      row("AON-1", "良い行"),
      row("AON-2", "悪い行", "総務課", { 2: "謎の種別" }),
      row("AON-3", "良い行2"),
    ]);
    const aon = await post(headA, file, "x.csv", { dryRun: "false" });
    expect(aon.status).toBe(400);
    expect(aon.body.error?.code).toBe("import_has_errors");
    expect(aon.body.result).toMatchObject({ rows: 3, valid: 2, committed: false });
    expect(aon.body.result?.errors[0]).toMatchObject({ row: 3, column: "種別" });
    expect(await byNumber("AON-1")).toBeUndefined();
    const vr = await post(headA, file, "x.csv", { dryRun: "false", mode: "valid-rows" });
    expect(vr.status).toBe(200);
    expect(vr.body).toMatchObject({ committed: true, created: 2 });
    expect(await byNumber("AON-1")).toBeDefined();
    expect(await byNumber("AON-3")).toBeDefined();
    expect(await byNumber("AON-2")).toBeUndefined();
  });

  it("authorizes each row: staff cannot import into another department", async () => {
    const file = csvText([HEAD, row("AZ-1", "自課", "総務課"), row("AZ-2", "他課", "税務課")]);
    const { body } = await post(staffA, file, "z.csv", { dryRun: "false", mode: "valid-rows" });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 3, column: "所管課" });
    expect(await byNumber("AZ-1")).toBeDefined();
    expect(await byNumber("AZ-2")).toBeUndefined();
    // Nor update another department's asset by its number.
    await post(headA, csvText([HEAD, row("AZ-3", "税務課の資産", "税務課")]), "z.csv", { dryRun: "false" });
    const other = await post(admin, csvText([HEAD, row("AZ-3", "書換え", "総務課")]), "z.csv", {
      dryRun: "true",
    });
    expect(other.body.valid).toBe(0);
    // staff may not reclassify an existing asset by import.
    const reclass = await post(
      staffA,
      csvText([HEAD, row("AZ-1", "自課", "総務課", { 5: "機密性3" })]),
      "z.csv",
    );
    expect(reclass.body.errors[0]).toMatchObject({ row: 2, column: "機密性" });
  });

  it("a mapping names columns the headers do not", async () => {
    const file = csvText([
      ["管理No", "情報資産の件名", "区分", "課", "C", "I", "A"],
      ["MAP-1", "対応付け", "文書", "総務課", "2", "1", "1"],
    ]);
    const dry = await post(headA, file, "m.csv");
    expect(dry.body.unmapped).toContain("C");
    const mapping = JSON.stringify({
      管理No: "assetNumber",
      情報資産の件名: "name",
      区分: "kind",
      課: "department",
      C: "confidentiality",
      I: "integrity",
      A: "availability",
    });
    const { body } = await post(headA, file, "m.csv", { mapping, dryRun: "false" });
    expect(body).toMatchObject({ committed: true, created: 1 });
    expect(await byNumber("MAP-1")).toMatchObject({ kind: "document", confidentiality: "2" });
    const badMap = await post(headA, file, "m.csv", { mapping: JSON.stringify({ C: "nope" }) });
    expect(badMap.status).toBe(400);
  });

  it("background import reports progress until done", async () => {
    const rows = [HEAD, ...Array.from({ length: 2500 }, (_, i) => row(`BG-${i}`, `資産${i}`))];
    const res = await headA.request(
      "POST",
      "/api/assets/import",
      fileForm(await xlsxOf(rows), "bg.xlsx", { background: "true", dryRun: "false" }),
    );
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    type Progress = { status: string; processed: number; percent: number; result: Body | null };
    let last = null as Progress | null;
    for (let i = 0; i < 200; i++) {
      const p = await headA.get(`/api/assets/import/${jobId}`);
      expect(p.status).toBe(200);
      last = (await p.json()) as Progress;
      if (last?.status !== "running") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last).toMatchObject({ status: "done", processed: 2500, percent: 100 });
    expect(last?.result, JSON.stringify(last?.result).slice(0, 600)).toMatchObject({ created: 2500 });
    // Someone else's job is not found.
    expect((await staffA.get(`/api/assets/import/${jobId}`)).status).toBe(404);
  });

  it("round trip: export .xlsx and .csv, import them back: the same assets", async () => {
    const before = await t.database.db.select().from(assets);
    for (const format of ["xlsx", "csv"] as const) {
      const res = await headA.get(`/api/assets/export.${format}`);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (format === "csv") expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      else {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        const ws = wb.worksheets[0];
        // three marking rows (機密性 of what it holds, handling, exporter), then the header, frozen below it
        expect(ws.getCell("A1").value).toBe("機密性2（取扱注意）");
        expect(ws.getCell("A4").value).toBe("資産番号");
        expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
        const u1 = ws.getColumn(1).values.indexOf("U-1");
        expect(ws.getRow(u1).values).toContain("令和6年4月1日 (2024年)");
        expect(ws.getRow(u1).values).toContain("機密性2");
      }
      const { body } = await post(headA, bytes, `export.${format}`, { dryRun: "false" });
      expect(body.errors, format).toEqual([]);
      expect(body.rows, format).toBe(before.length);
      expect(body, format).toMatchObject({ created: 0, updated: 0, unchanged: before.length });
    }
    const after = await t.database.db.select().from(assets);
    const strip = (a: typeof before) =>
      a
        .map(({ updatedAt: _u, searchGrams: _g, searchText: _t, ...rest }) => rest)
        .sort((x, y) => x.assetNumber.localeCompare(y.assetNumber));
    expect(strip(after)).toEqual(strip(before));
  });

  it("export filters like the list and refuses unknown levels", async () => {
    const res = await headA.get("/api/assets/export.csv?kind=document&encoding=shift_jis");
    expect(res.status).toBe(200);
    const text = new TextDecoder("shift_jis").decode(await res.arrayBuffer());
    // the marking lines (機密性 of what it holds, handling, exporter), then the header
    const lines = text.split("\r\n");
    expect(lines[0]).toMatch(/^機密性.（取扱注意）$/);
    expect(lines[3].startsWith("資産番号,")).toBe(true);
    expect(text).toContain("MAP-1");
    expect(text).not.toContain("U-1,");
    expect((await headA.get("/api/assets/export.xlsx?confidentialityAtLeast=9")).status).toBe(400);
  });
});
