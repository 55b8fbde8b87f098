import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { INVENTORY_IMPORT_PATH } from "./routes/inventory-import";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let net: U, head: U, staff: U, otherHead: U;
let dept: string, otherDept: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}
async function asset(number: string, kind: string, departmentId: string, custodian: string | null = null) {
  await t.database.db.execute(
    sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id) values (${number}, ${number}, ${kind}, ${departmentId}::uuid, ${custodian})`,
  );
}
const form = (bytes: Uint8Array, name: string, dryRun: boolean) => {
  const f = new FormData();
  f.set("file", new File([new Uint8Array(bytes)], name));
  if (!dryRun) f.set("dryRun", "false");
  return f;
};
const csv = (text: string) => new TextEncoder().encode(text);
const count = async (table: string) =>
  Number(
    (
      (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: Array<{ n: number }>;
      }
    ).rows[0].n,
  );

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  otherDept = (await makeDepartment(t.database.db, { name: "福祉課" })).id;
  net = await user([["network_administrator", null]], null);
  head = await user([["security_system_manager", dept]], dept);
  otherHead = await user([["security_system_manager", otherDept]], otherDept);
  staff = await user([], dept);
  await asset("PC-001", "device", dept, staff.personId);
  await asset("SV-001", "system", dept);
  await asset("FK-001", "device", otherDept);
  await asset("DOC-1", "document", dept);
});
afterAll(async () => t.close());

const GOOD = [
  "ベンダー,製品名,バージョン,資産番号,利用終了予定日,サポート終了日,CPE",
  "Apache,Log4j,2.14.1,PC-001,2028/3/31,2030-12-31,cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
  "サイボウズ,Garoon,5.9.0,SV-001,令和10年3月31日,2031-03-31,",
  "Apache,Log4j,2.14.1,SV-001,2028-03-31,,",
].join("\r\n");

describe("software inventory import (.csv/.xlsx)", () => {
  it("a dry run answers the plan and writes nothing; staff may not import", async () => {
    expect((await staff.client.post(INVENTORY_IMPORT_PATH, form(csv(GOOD), "inv.csv", true))).status).toBe(
      403,
    );
    const res = await head.client.post(INVENTORY_IMPORT_PATH, form(csv(GOOD), "inv.csv", true));
    const body = (await expectDeclaredShape(t, res, { method: "post", path: INVENTORY_IMPORT_PATH })) as {
      data: Record<string, unknown>;
    };
    expect(body.data).toMatchObject({ dryRun: true, rows: 3, newProducts: 2, installations: 3, errors: [] });
    expect(await count("software_installations")).toBe(0);
    expect(await count("software_products")).toBe(0);
  });

  it("a file with one bad row imports nothing and names every row and column (ja/en)", async () => {
    const bad = [
      "ベンダー,製品名,バージョン,資産番号,利用終了予定日,サポート終了日,CPE",
      "Apache,Log4j,2.14.1,PC-001,2028/3/31,2030-12-31,",
      "Oracle,Java,8,PC-001,2030-03-31,2026-01-01,", // support already ended: refused (7.4(1)⑦)
      "Foo,Bar,1,NO-SUCH,,,",
      "Foo,Baz,1,FK-001,,,", // another 課: not the importer's to keep
      "Foo,Qux,1,DOC-1,,,", // a document carries no software
      "Foo,Quux,1,PC-001,平成99年13月1日,,cpe:2.3:a:foo",
      ",,,,,,",
    ].join("\n");
    const res = await head.client.post(INVENTORY_IMPORT_PATH, form(csv(bad), "bad.csv", false));
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe("import_has_errors");
    const keys = Object.keys(body.error.fields);
    expect(keys).toEqual(
      expect.arrayContaining([
        "rows.3.利用終了予定日",
        "rows.4.資産番号",
        "rows.5.資産番号",
        "rows.6.資産番号",
        "rows.7.利用終了予定日",
        "rows.7.CPE",
      ]),
    );
    // The refusal names the clause as people read it, never the profile's id (no raw codes).
    const eosRow = body.error.fields["rows.3.利用終了予定日"];
    expect(eosRow.message_ja).toContain("（根拠: 対策基準 7.4.(1)⑦）");
    expect(eosRow.message_en).toContain("(clause: 対策基準 7.4.(1)⑦)");
    expect(`${eosRow.message_ja} ${eosRow.message_en}`).not.toContain("nishihara:");
    expect(body.error.fields["rows.4.資産番号"].message_en).toMatch(/NO-SUCH/);
    expect(await count("software_installations")).toBe(0);
    expect(await count("software_products")).toBe(0);
    // The dry run lists the same errors with their rows.
    const dry = await json(await head.client.post(INVENTORY_IMPORT_PATH, form(csv(bad), "bad.csv", true)));
    expect(dry.data.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6, 7, 7]);
  });

  it("a missing required column is an error at row 1", async () => {
    const res = await head.client.post(
      INVENTORY_IMPORT_PATH,
      form(csv("製品名,バージョン\nA,1\n"), "x.csv", true),
    );
    const body = await json(res);
    expect(body.data.errors.map((e: { column: string }) => e.column)).toEqual(["ベンダー", "資産番号"]);
  });

  it("commits a good file: products, installations, audit, matching; a re-import leaves them unchanged", async () => {
    const res = await head.client.post(INVENTORY_IMPORT_PATH, form(csv(GOOD), "inv.csv", false));
    const body = await json(res);
    expect(res.status).toBe(200);
    expect(body.data).toMatchObject({ dryRun: false, newProducts: 2, installations: 3, unchanged: 0 });
    expect(await count("software_installations")).toBe(3);
    const events = (await t.database.db.execute(
      sql`select type, count(*)::int as n from audit_events where type like 'software.%' group by type order by type`,
    )) as unknown as { rows: Array<{ type: string; n: number }> };
    expect(events.rows).toEqual([
      { type: "software.installed", n: 3 },
      { type: "software.inventory_imported", n: 1 },
      { type: "software.product_created", n: 2 },
    ]);
    const mine = (await expectDeclaredShape(
      t,
      await staff.client.get("/api/software/installations?mine=true"),
      {
        method: "get",
        path: "/api/software/installations",
      },
    )) as { data: Array<{ product: string; asset: { hidden: boolean } }> };
    expect(mine.data).toHaveLength(1);
    expect(mine.data[0]).toMatchObject({ product: "Log4j", asset: { hidden: false } });
    const again = await json(
      await head.client.post(INVENTORY_IMPORT_PATH, form(csv(GOOD), "inv.csv", false)),
    );
    expect(again.data).toMatchObject({ newProducts: 0, installations: 0, unchanged: 3 });
    expect(await count("software_installations")).toBe(3);
  });

  it("reads an asset-management tool's .xlsx software list (発行元 / ソフトウェア名 / DisplayVersion)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ソフトウェア一覧");
    ws.addRow([
      "コンピュータ名",
      "資産管理番号",
      "発行元",
      "ソフトウェア名",
      "DisplayVersion",
      "インストール日",
    ]);
    ws.addRow(["ZEIMU-PC01", "PC-001", "Mozilla", "Mozilla Firefox (x64 ja)", "128.0.3", "2025/4/1"]);
    ws.addRow([
      "ZEIMU-PC01",
      "PC-001",
      "Microsoft Corporation",
      "Microsoft Edge",
      "131.0.2903.86",
      "2025/4/1",
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await otherHead.client.post(INVENTORY_IMPORT_PATH, form(bytes, "sky.xlsx", true))).status).toBe(
      200,
    );
    const refused = await json(
      await otherHead.client.post(INVENTORY_IMPORT_PATH, form(bytes, "sky.xlsx", true)),
    );
    expect(refused.data.errors).toHaveLength(2); // 税務課's PC is not 福祉課's to keep
    const res = await json(await net.client.post(INVENTORY_IMPORT_PATH, form(bytes, "sky.xlsx", false)));
    expect(res.data).toMatchObject({ newProducts: 2, installations: 2, errors: [] });
  });

  it("refuses a file that is not a sheet, naming the file field", async () => {
    const res = await head.client.post(
      INVENTORY_IMPORT_PATH,
      form(new Uint8Array([0, 1, 2, 3]), "x.bin", true),
    );
    expect(res.status).toBe(400);
    expect((await json(res)).error.fields.file.message_ja).toBeTruthy();
  });
});
