import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let net: U, head: U, otherHead: U, staff: U;
let dept: string, otherDept: string, systemAsset: string, deviceAsset: string;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
/** The body, after checking it parses against the route's declared response schema. */
const shaped = async (res: Response, path: string) =>
  (await expectDeclaredShape(t, res, { method: "GET", path })) as { data: any };

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}
async function asset(name: string, kind: string, departmentId: string) {
  const r = await t.database.db.execute(
    sql`insert into assets (asset_number, name, kind, department_id) values (${`A-${name}`}, ${name}, ${kind}, ${departmentId}::uuid) returning id`,
  );
  return (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
}
const csv = (text: string, name = "users.csv") => {
  const form = new FormData();
  form.set("file", new File([new TextEncoder().encode(text)], name));
  return form;
};

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "税務課" })).id;
  otherDept = (await makeDepartment(t.database.db, { name: "福祉課" })).id;
  net = await user([["network_administrator", null]], null);
  head = await user([["security_system_manager", dept]], dept);
  otherHead = await user([["security_system_manager", otherDept]], otherDept);
  staff = await user([], dept);
  systemAsset = await asset("税務システム", "system", dept);
  deviceAsset = await asset("税務端末", "device", dept);
  await makePerson(t.database.db, { name: "山田 花子", employeeNumber: "10001", departmentId: dept });
});
afterAll(async () => t.close());

describe("systems and their IDs", () => {
  let systemId: string;

  it("registers a system of the asset register; a device or another 課's 課長 is refused", async () => {
    const device = await head.client.post("/api/accounts/systems", { assetId: deviceAsset });
    expect(device.status).toBe(400);
    expect((await json(device)).error.fields.assetId.message_ja).toMatch(/システム/);
    expect((await otherHead.client.post("/api/accounts/systems", { assetId: systemAsset })).status).toBe(404);
    // The 課長 names the system's administrator — never themselves (#12 item 4: a self-grant).
    expect(
      (
        await head.client.post("/api/accounts/systems", {
          assetId: systemAsset,
          administratorPersonId: head.personId,
        })
      ).status,
    ).toBe(403);
    const sysAdmin = await makePerson(t.database.db, { name: "管理 次郎", departmentId: dept });
    const res = await head.client.post("/api/accounts/systems", {
      assetId: systemAsset,
      administratorPersonId: sysAdmin.id,
    });
    expect(res.status).toBe(201);
    systemId = (await json(res)).data.id;
    expect((await head.client.post("/api/accounts/systems", { assetId: systemAsset })).status).toBe(409);
    const list = await shaped(await net.client.get("/api/accounts/systems"), "/api/accounts/systems");
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ name: "A-税務システム 税務システム", departmentName: "税務課" });
    expect((await json(await otherHead.client.get("/api/accounts/systems"))).data).toEqual([]);
  });

  it("enters IDs by hand; a shared ID names no person; staff see only their own IDs", async () => {
    const own = await head.client.post("/api/accounts/accounts", {
      systemId,
      loginName: "staff01",
      holderKind: "person",
      personId: staff.personId,
    });
    expect(own.status).toBe(201);
    const bad = await head.client.post("/api/accounts/accounts", {
      systemId,
      loginName: "shared01",
      holderKind: "shared",
      personId: staff.personId,
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.personId).toBeTruthy();
    expect(
      (
        await head.client.post("/api/accounts/accounts", {
          systemId,
          loginName: "shared01",
          holderKind: "shared",
        })
      ).status,
    ).toBe(201);
    const mine = await json(await staff.client.get("/api/accounts/accounts"));
    expect(mine.data.map((a: { loginName: string }) => a.loginName)).toEqual(["staff01"]);
    expect(mine.data[0].policies.write).toBe(false);
    // The 課長's list, in the shape the route declares (the web's AccountView).
    const listed = (await expectDeclaredShape(t, await head.client.get("/api/accounts/accounts"), {
      method: "GET",
      path: "/api/accounts/accounts",
    })) as { data: unknown[] };
    expect(listed.data).toHaveLength(2);
    expect((await json(await otherHead.client.get("/api/accounts/accounts"))).data).toHaveLength(0);
    const id = mine.data[0].id;
    expect((await staff.client.patch(`/api/accounts/accounts/${id}`, { state: "removed" })).status).toBe(403);
    expect((await otherHead.client.patch(`/api/accounts/accounts/${id}`, { state: "removed" })).status).toBe(
      404,
    );
  });

  it("imports a user list: the dry run names unknown people by row; with errors nothing is applied", async () => {
    const text = [
      "ログイン名,職員番号,氏名,種別,特権,権限,作成日,最終利用日,状態",
      "yamada,10001,山田 花子,個人,いいえ,一般,令和7年4月1日,2026/3/31,有効",
      "ghost,99999,幽霊 太郎,個人,はい,管理者,2025-04-01,,有効",
      "batch,,,システム,いいえ,,2025-04-01,2026-13-01,有効",
      "staff01,,,共用,いいえ,,,,停止",
    ].join("\n");
    const dry = await json(await head.client.post(`/api/accounts/systems/${systemId}/import`, csv(text)));
    expect(dry.data.dryRun).toBe(true);
    expect(dry.data.unknownPeople).toEqual(["99999 幽霊 太郎"]);
    expect(dry.data.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, "職員番号"],
      [4, "最終利用日"],
    ]);
    expect(dry.data.create.map((a: { loginName: string }) => a.loginName)).toEqual(["yamada"]);
    expect(dry.data.update.map((a: { changed: string[] }) => a.changed)).toEqual([
      ["holderKind", "personId", "state"],
    ]);
    const refused = await head.client.post(
      `/api/accounts/systems/${systemId}/import`,
      (() => {
        const f = csv(text);
        f.set("dryRun", "false");
        return f;
      })(),
    );
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.fields["rows.3.職員番号"].message_ja).toMatch(/99999/);
    // The 課長's list, in the shape the route declares (the web's AccountView).
    const listed = (await expectDeclaredShape(t, await head.client.get("/api/accounts/accounts"), {
      method: "GET",
      path: "/api/accounts/accounts",
    })) as { data: unknown[] };
    expect(listed.data).toHaveLength(2);
  });

  it("applies a clean .xlsx list in one go", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("利用者");
    ws.addRow(["ログイン名", "職員番号", "氏名", "種別", "特権", "最終利用日"]);
    ws.addRow(["yamada", "10001", "山田 花子", "個人", "○", new Date("2026-03-31")]);
    ws.addRow(["admin", "", "", "システム", "はい", ""]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const form = new FormData();
    form.set("file", new File([bytes], "list.xlsx"));
    form.set("dryRun", "false");
    const res = await head.client.post(`/api/accounts/systems/${systemId}/import`, form);
    expect(res.status).toBe(200);
    expect((await json(res)).data.applied).toEqual({ created: 2, updated: 0 });
    const all = await json(await net.client.get(`/api/accounts/accounts?systemId=${systemId}`));
    const yamada = all.data.find((a: { loginName: string }) => a.loginName === "yamada");
    expect(yamada).toMatchObject({ personName: "山田 花子", privileged: true, lastUsedOn: "2026-03-31" });
  });

  it("imports the privileged columns; a later list without them leaves them as recorded", async () => {
    const post = (text: string, dryRun: boolean) => {
      const f = csv(text);
      f.set("dryRun", String(dryRun));
      return head.client.post(`/api/accounts/systems/${systemId}/import`, f);
    };
    const withColumns = [
      "ログイン名,種別,特権,初期ID名,初期IDからの変更日,接続時間上限（分）,用途,開発終了日",
      "admin,システム,はい,administrator,令和8年4月1日,30,運用,",
      "dev01,システム,いいえ,,,,開発,2026/9/30",
    ].join("\n");
    const res = await post(withColumns, false);
    expect(res.status).toBe(200);
    expect((await json(res)).data.applied).toEqual({ created: 1, updated: 1 });
    const all = (await json(await net.client.get(`/api/accounts/accounts?systemId=${systemId}`))).data;
    expect(all.find((a: { loginName: string }) => a.loginName === "admin")).toMatchObject({
      renamedFrom: "administrator",
      renamedOn: "2026-04-01",
      connectionLimitMinutes: 30,
    });
    expect(all.find((a: { loginName: string }) => a.loginName === "dev01")).toMatchObject({
      purpose: "development",
      developmentEndsOn: "2026-09-30",
    });
    const again = (
      await json(await post("ログイン名,種別,特権\nadmin,システム,はい\ndev01,システム,いいえ", true))
    ).data;
    expect(again).toMatchObject({ errors: [], unchanged: 2, update: [] });
  });

  it("refuses a file that is not a sheet, naming the file field", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array([0, 1, 2, 3])], "x.bin"));
    const res = await head.client.post(`/api/accounts/systems/${systemId}/import`, form);
    expect(res.status).toBe(400);
    expect((await json(res)).error.fields.file.message_en).toMatch(/CSV/);
  });
});
