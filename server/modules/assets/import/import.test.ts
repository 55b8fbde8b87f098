import { eq, inArray } from "drizzle-orm";
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

describe("asset import", () => {
  let t: TestApp;
  let staffA: AuthedClient; // member of 総務課, no duty
  let headA: AuthedClient; // security_system_manager of 総務課
  let cisoLike: AuthedClient; // system_staff (organization-wide, no asset duty)
  let deptA: { id: string; code: string };
  let deptB: { id: string; code: string };

  const client = async (opts: Parameters<typeof makeUser>[1]) => {
    const u = await makeUser(t.database.db, opts);
    return authed(t, await signIn(t, u.user.loginId, u.password));
  };
  const post = (c: AuthedClient, bytes: Buffer | string, name: string, fields: Record<string, string> = {}) =>
    c.request("POST", "/api/assets/import", fileForm(bytes, name, fields));
  const byNumber = async (n: string) =>
    (await t.database.db.select().from(assets).where(eq(assets.assetNumber, n)))[0];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    deptA = await makeDepartment(db, { code: "SOUMU", name: "総務課" });
    deptB = await makeDepartment(db, { code: "ZEIMU", name: "税務課" });
    await makePerson(db, { name: "青木 一郎", departmentId: deptA.id, employeeNumber: "1001" });
    staffA = await client({ departmentId: deptA.id });
    headA = await client({ departmentId: deptA.id, roles: [["security_system_manager", deptA.id]] });
    cisoLike = await client({ roles: [["system_staff", null]] });
  }, 120_000);
  afterAll(() => t?.close());

  it("dry run of an xlsx reads labels, dates and marks, and commits nothing", async () => {
    const file = await xlsxOf([
      HEAD,
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
      ],
      [
        "T-2",
        "会議録",
        "文書",
        "SOUMU",
        "",
        "1",
        "完全性1",
        "1",
        "インターネット接続系",
        "",
        45383,
        "無",
        "",
      ],
    ]);
    const res = await post(headA, file, "台帳.xlsx", { dryRun: "true" });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ rows: 2, valid: 2, errors: [], dryRun: true, committed: false });
    expect((body.mapping as Record<string, string>)["資産番号"]).toBe("assetNumber");
    expect(await byNumber("T-1")).toBeUndefined();
  });

  it("commits an xlsx and upserts by number", async () => {
    const rows = [
      HEAD,
      [
        "U-1",
        "住民基本台帳データ",
        "情報",
        "総務課",
        "青木 一郎",
        "機密性2",
        "2",
        "可用性2",
        "LGWAN接続系",
        "書庫A",
        "R6.4.1",
        "有",
        "",
      ],
    ];
    const res = await post(headA, await xlsxOf(rows), "a.xlsx", { dryRun: "false" });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ committed: true, created: 1, updated: 0 });
    const a = await byNumber("U-1");
    expect(a).toMatchObject({
      name: "住民基本台帳データ",
      kind: "information",
      confidentiality: "2",
      zone: "lgwan",
      acquiredOn: "2024-04-01",
      hasPersonalInfo: true,
    });
    rows[1][1] = "住民基本台帳データ（改）";
    const again = await post(headA, await xlsxOf(rows), "a.xlsx", { dryRun: "false" });
    expect(await again.json()).toMatchObject({ created: 0, updated: 1 });
    expect((await byNumber("U-1")).name).toBe("住民基本台帳データ（改）");
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.type, ["asset.imported", "asset.import_batch"]));
    expect(events.length).toBe(4);
  });

  it("reads a Shift_JIS CSV", async () => {
    const text = csvText([
      HEAD,
      [
        "S-1",
        "税務システム",
        "情報システム",
        "税務課",
        "",
        "機密性3",
        "2",
        "2",
        "マイナンバー利用事務系",
        "サーバ室",
        "2024/4/1",
        "○",
        "",
      ],
    ]);
    const res = await post(cisoLike, encodeShiftJis(text), "sjis.csv", { dryRun: "true" });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ rows: 1, encoding: "shift_jis" });
    // system_staff holds no asset duty and belongs to no department: refused per row.
    expect((body.errors as Array<{ column: string }>)[0].column).toBe("所管課");
    void staffA;
    void deptB;
  });
});
