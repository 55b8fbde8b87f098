import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app";
import { makeDepartment, makeUser } from "../../../test/factories";
import { type AuthedClient, authed, signIn } from "../../../test/session";
import { assets, assetTasks } from "../tables";
import { fileForm, xlsxOf } from "./test-helpers";

// biome-ignore lint/suspicious/noExplicitAny: test JSON
type Json = any;

describe("asset import: what the form does, the import does too", () => {
  let t: TestApp;
  let head: AuthedClient; // security_system_manager of 企画課 (classify_assets)
  let headPersonId: string;
  let deptId: string;

  const byNumber = async (n: string) =>
    (await t.database.db.select().from(assets).where(eq(assets.assetNumber, n)))[0];
  const post = async (bytes: Buffer, fields: Record<string, string> = {}) => {
    const res = await head.request("POST", "/api/assets/import", fileForm(bytes, "台帳.xlsx", fields));
    return { status: res.status, body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    t = await createTestApp();
    // A profile-defined field, as a profile's `assets.fields` declares it.
    const profile = t.deps.profile();
    if (!profile.assets) throw new Error("the profile has no assets section");
    profile.assets.fields.push(
      {
        key: "lease_end",
        label: { ja: "リース期限", en: "Lease end" },
        type: "date",
        kinds: ["device"],
        required: false,
      },
      {
        key: "serial",
        label: { ja: "製造番号", en: "Serial number" },
        type: "text",
        kinds: [],
        required: false,
      },
    );
    const db = t.database.db;
    const dept = await makeDepartment(db, { code: "KIKAKU", name: "企画課" });
    deptId = dept.id;
    const u = await makeUser(db, { departmentId: dept.id, roles: [["security_system_manager", dept.id]] });
    headPersonId = u.person.id;
    head = authed(t, await signIn(t, u.user.loginId, u.password));
  }, 120_000);
  afterAll(() => t?.close());

  it("computes retention end and disposal due, stores 永年 as permanent, reads subkind and profile fields", async () => {
    const file = await xlsxOf([
      [
        "資産番号",
        "資産名",
        "種別",
        "細分類",
        "所管課",
        "機密性",
        "完全性",
        "可用性",
        "取得日",
        "保存期間",
        "リース期限",
        "製造番号",
      ],
      ["G-1", "予算編成資料", "文書", "", "企画課", "2", "2", "2", "令和6年4月1日", "5年", "", "S-001"],
      ["G-2", "市史編さん記録", "文書", "", "企画課", "2", "2", "2", "2024/6/1", "永年", "", ""],
      [
        "G-3",
        "企画課ノートPC",
        "機器",
        "パソコン",
        "企画課",
        "2",
        "2",
        "2",
        "2025/4/1",
        "",
        "令和10年3月31日",
        "PC-77",
      ],
    ]);
    const res = await post(file, { dryRun: "false" });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.created).toBe(3);

    const g1 = await byNumber("G-1");
    // Acquired in FY2024, kept 5 years → until the end of FY2029.
    expect(g1.retentionYears).toBe(5);
    expect(g1.retentionUntil).toBe("2030-03-31");
    expect(g1.disposalDueDate).toBe("2030-03-31");
    expect(g1.retentionPermanent).toBe(false);
    expect(g1.extra).toEqual({ serial: "S-001" });

    const g2 = await byNumber("G-2");
    expect(g2.retentionPermanent).toBe(true);
    expect(g2.retentionYears).toBeNull();
    expect(g2.disposalDueDate).toBeNull();

    const g3 = await byNumber("G-3");
    expect(g3.subkind).toBe("pc");
    expect(g3.extra).toEqual({ lease_end: "2028-03-31", serial: "PC-77" });

    // The export writes them back under the same headers.
    const exp = await head.request("GET", "/api/assets/export.csv?q=G-");
    const text = await exp.text();
    expect(text).toContain("永年");
    expect(text).toContain("パソコン");
    expect(text).toContain("リース期限");
    expect(text).toContain("2028-03-31");
  });

  it("a profile field on a kind it does not apply to is a located error", async () => {
    const file = await xlsxOf([
      ["資産番号", "資産名", "種別", "所管課", "機密性", "完全性", "可用性", "リース期限"],
      ["G-9", "議事録", "文書", "企画課", "2", "2", "2", "2028/3/31"],
    ]);
    const res = await post(file);
    expect(res.body.errors).toMatchObject([{ row: 2, column: "リース期限" }]);
  });

  it("an asset received with an unknown classification waits for the department's manager, with a task", async () => {
    const file = await xlsxOf([
      ["資産番号", "資産名", "種別", "所管課", "取得元", "機密性", "完全性", "可用性"],
      ["G-4", "県から受領した調査票", "情報", "企画課", "庁外から受領", "", "", ""],
    ]);
    const res = await post(file, { dryRun: "false" });
    expect(res.body.errors).toEqual([]);
    const g4 = await byNumber("G-4");
    expect(g4.classificationPending).toBe(true);
    expect(g4.classificationDecideBy).toBe(headPersonId);
    const tasks = await t.database.db.select().from(assetTasks).where(eq(assetTasks.assetId, g4.id));
    expect(tasks).toMatchObject([{ kind: "classify", assigneePersonId: headPersonId, departmentId: deptId }]);
  });

  it("values with quotes, backslashes, braces, commas, NULL and line breaks are stored as written", async () => {
    const tricky = [
      ["G-5", 'レガシー"台帳"{a,b}', "C:\\共有\\書庫", "NULL", 'x"y\\z'],
      ["G-6", "NULL", "棚,2段目", "1行目\n2行目 ﾃｽﾄ", "{}"],
    ];
    const file = await xlsxOf([
      ["資産番号", "資産名", "種別", "所管課", "機密性", "完全性", "可用性", "保管場所", "備考", "製造番号"],
      ...tricky.map(([n, name, place, notes, serial]) => [
        n,
        name,
        "文書",
        "企画課",
        "2",
        "2",
        "2",
        place,
        notes,
        serial,
      ]),
    ]);
    const res = await post(file, { dryRun: "false" });
    expect(res.body.errors).toEqual([]);
    expect(res.body.created).toBe(2);
    for (const [n, name, place, notes, serial] of tricky) {
      const a = await byNumber(n);
      expect(a).toMatchObject({ name, storagePlace: place, notes, extra: { serial } });
    }
    // Found by a part of the name that holds a quote.
    const list = await head.request("GET", `/api/assets?q=${encodeURIComponent('"台帳"')}`);
    expect(((await list.json()) as Json).items.map((a: Json) => a.assetNumber)).toEqual(["G-5"]);
  });

  it("imported assets are found by a partial Japanese word, and their history shows the import", async () => {
    const list = await head.request("GET", `/api/assets?q=${encodeURIComponent("編成資")}`);
    const body = (await list.json()) as Json;
    expect(list.status, JSON.stringify(body)).toBe(200);
    expect(body.items.map((a: Json) => a.assetNumber)).toEqual(["G-1"]);
    // The stored grams are what the database itself computes.
    const [same] = (
      (await t.database.db.execute(
        sql`SELECT bool_and(search_grams <@ sekimori_search_grams(search_text) AND search_grams @> sekimori_search_grams(search_text)) AS ok FROM assets`,
      )) as unknown as { rows: Array<{ ok: boolean }> }
    ).rows;
    expect(same.ok).toBe(true);

    const g1 = await byNumber("G-1");
    const detail = (await (await head.request("GET", `/api/assets/${g1.id}`)).json()) as Json;
    const imported = detail.data.history.filter((h: Json) => h.type === "asset.import_batch");
    expect(imported).toHaveLength(1);
    expect(imported[0].data).toMatchObject({ action: "created", batch: 1 });
    expect(JSON.stringify(imported[0].data)).not.toContain("G-3");
  });
});
