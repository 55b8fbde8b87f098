/**
 * Exports cannot carry formulas (issue #12, item 5): a value beginning with =, +, -, @, tab or
 * carriage return, stored through the ordinary API, comes out of every CSV and .xlsx export as
 * text (a leading apostrophe), never as something a spreadsheet would run.
 */

import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvLine, defuseCell } from "../http/sheet";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { csvCells, expectDefused, PAYLOADS, xlsxCells } from "../test/formula-payloads";
import { type AuthedClient, authed, signIn } from "../test/session";

let t: TestApp;
let head: AuthedClient;
let deptId: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptId = (await makeDepartment(db, { code: "KIKAKU", name: "企画課" })).id;
  const u = await makeUser(db, { departmentId: deptId, roles: [["security_system_manager", deptId]] });
  head = authed(t, await signIn(t, u.user.loginId, u.password));
  for (const [i, payload] of PAYLOADS.entries()) {
    const asset = await head.post("/api/assets", {
      name: payload,
      kind: "document",
      departmentId: deptId,
      confidentiality: "2",
      integrity: "2",
      availability: "2",
      retentionYears: 5,
      acquiredOn: "2026-04-01",
      storagePlace: `書庫${i}`,
    });
    if (asset.status !== 201) throw new Error(`asset ${asset.status} ${await asset.text()}`);
    const entry = await head.post("/api/registers/failure_log", {
      entryType: "record",
      occurredAt: "2026-04-01T09:00:00+09:00",
      departmentId: deptId,
      personId: u.person.id,
      data: { system: payload, symptom: payload, action: payload },
    });
    if (entry.status !== 201) throw new Error(`register ${entry.status} ${await entry.text()}`);
  }
}, 240_000);
afterAll(() => t?.close());

describe("every export defuses formula-like cells", () => {
  it("the shared writer: OWASP's list, numbers untouched", () => {
    for (const p of PAYLOADS) expect(defuseCell(p)).toBe(`'${p}`);
    expect(defuseCell(-3)).toBe(-3);
    expect(defuseCell("普通の文字")).toBe("普通の文字");
    expect(csvLine(["=1+1", 'a"b', 5])).toBe(`'=1+1,"a""b",5\r\n`);
  });

  it("GET /api/assets/export.csv", async () => {
    expectDefused(await csvCells(await head.get("/api/assets/export.csv")));
  });

  it("GET /api/assets/export.csv?encoding=shift_jis", async () => {
    const res = await head.get("/api/assets/export.csv?encoding=shift_jis");
    expect(res.status).toBe(200);
    const text = new TextDecoder("shift_jis").decode(await res.arrayBuffer());
    expectDefused((parse(text, { relax_column_count: true }) as string[][]).flat());
  });

  it("GET /api/assets/export.xlsx", async () => {
    expectDefused(await xlsxCells(await head.get("/api/assets/export.xlsx")));
  });

  it("GET /api/registers/{register}/export?format=xlsx", async () => {
    expectDefused(await xlsxCells(await head.get("/api/registers/failure_log/export?format=xlsx")));
  });

  it("GET /api/audit/events.csv (an actor whose name is a payload)", async () => {
    const admin = await makeUser(t.database.db, { roles: [["system_staff", null]], name: PAYLOADS[0] });
    const client = authed(t, await signIn(t, admin.user.loginId, admin.password));
    expectDefused(await csvCells(await client.get("/api/audit/events.csv")));
  });
});
