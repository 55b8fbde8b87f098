/**
 * Query strings that widen a list, and exports that carry more than the list (#12, a hostile
 * insider beyond the listed classes). For every GET route of /api/openapi.json that lists or
 * exports (no id in its path), a persona who may not see another department's records tries each
 * declared query parameter with the other department's ids (department, person, asset, request,
 * incident), every value of an enum (state, view, scope, sort, order, format — csv, xlsx, pdf),
 * huge, negative and malformed paging values and wildcard searches, plus undeclared parameters
 * (`includeHidden`, `all`, `scope=all`, …). Every answer must be a 2xx or a 4xx (never a 5xx), and
 * no answer — JSON, CSV, or the cells of an .xlsx — may carry a record of the other department:
 * its id, number or name, or its people's. Only what the list would show.
 *
 *  - staff of B (no role) against department A's asset, request, incident, register entry and staff;
 *  - the manager of A against department B's asset and person.
 * PDF exports are fetched (no 5xx) but not read: their text is drawn glyph by glyph; they are made
 * from the same query as the .xlsx of the same route, which is read.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { stopSharedSlapd } from "../test/slapd";
import { type Actor, assetOfB, buildWorld, incident, ok, person, request, type World } from "./matrix-world";

type Param = {
  name: string;
  in: string;
  schema?: { type?: string | string[]; enum?: string[]; $ref?: string };
};
type Doc = {
  paths: Record<string, Record<string, { parameters?: Param[] }>>;
  components?: { schemas?: Record<string, { enum?: string[] }> };
};

/** What one viewer must never learn, and the ids to try in the query string. */
interface Target {
  viewer: Actor;
  /** Values that must not appear in any answer (unless sent in that very query). */
  secrets: string[];
  ids: { department: string; person: string; asset: string; request?: string; incident?: string };
  search: string;
}

let t: TestApp;
let w: World;
let doc: Doc;
const targets: Target[] = [];

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  w = await buildWorld(t);
  doc = (await (await t.app.request("/api/openapi.json")).json()) as Doc;

  const assetA = await ok<{ id: string; assetNumber: string; name: string }>(
    w.clients.staffA.get(`/api/assets/${w.base.asset}`),
    "asset of A",
  );
  const requestA = await request(w, "submitted");
  const incidentA = await incident(w, "new");
  const incidentView = await ok<{ receiptNumber: string; summary: string }>(
    w.clients.staffA.get(`/api/incidents/${incidentA}`),
    "incident of A",
  );
  targets.push({
    viewer: "staffB",
    secrets: [
      assetA.id,
      assetA.assetNumber,
      assetA.name,
      requestA,
      incidentA,
      incidentView.receiptNumber,
      incidentView.summary,
      w.base.registerEntry,
      "ログインできない", // the symptom of A's failure log entry (matrix-world registerBody)
      w.members.staffA.personId,
      "行列 staffA",
    ],
    ids: {
      department: w.deptA.id,
      person: w.members.staffA.personId,
      asset: assetA.id,
      request: requestA,
      incident: incidentA,
    },
    search: assetA.name,
  });

  const assetB = await ok<{ id: string; assetNumber: string; name: string }>(
    w.clients.staffB.get(`/api/assets/${await assetOfB(w)}`),
    "asset of B",
  );
  const personB = await person(w, w.deptB.id);
  const personBView = await ok<{ name: string }>(
    w.clients.staffB.get(`/api/people/${personB}`),
    "person of B",
  );
  targets.push({
    viewer: "managerA",
    secrets: [assetB.id, assetB.assetNumber, assetB.name, personB, personBView.name],
    ids: { department: w.deptB.id, person: personB, asset: assetB.id },
    search: assetB.name,
  });
}, 240_000);

afterAll(async () => {
  await t?.close();
  await stopSharedSlapd();
});

function enumOf(p: Param): string[] | undefined {
  const s = p.schema?.$ref ? doc.components?.schemas?.[p.schema.$ref.split("/").pop() as string] : p.schema;
  return s?.enum;
}

/** The hostile values of one declared query parameter. */
function valuesFor(p: Param, target: Target): string[] {
  const n = p.name;
  const values = new Set<string>();
  const en = enumOf(p);
  if (en) for (const v of en) values.add(v);
  if (/department|unit|bureau/i.test(n)) values.add(target.ids.department);
  if (/person|owner|requester|reporter|custodian|member|user|manager|holder/i.test(n))
    values.add(target.ids.person);
  if (/asset|system|container/i.test(n)) values.add(target.ids.asset);
  if (/request/i.test(n) && target.ids.request) values.add(target.ids.request);
  if (/incident/i.test(n) && target.ids.incident) values.add(target.ids.incident);
  if (/limit|size|per/i.test(n)) for (const v of ["100000", "0", "-1"]) values.add(v);
  if (/offset|page|cursor/i.test(n)) for (const v of ["-1", "99999999999999999999", "x"]) values.add(v);
  if (/^q$|search|query|text|name/i.test(n)) for (const v of [target.search, "%", "_", "*"]) values.add(v);
  const type = p.schema?.type;
  if (type === "boolean" || (Array.isArray(type) && type.includes("boolean"))) values.add("true");
  if (!values.size) for (const v of ["all", "*", target.ids.department]) values.add(v);
  return [...values];
}

/** Query strings to try on a route: one hostile parameter at a time, then undeclared ones. */
function variants(params: Param[], target: Target): string[] {
  const out: string[] = [""];
  for (const p of params.filter((x) => x.in === "query"))
    for (const v of valuesFor(p, target)) out.push(new URLSearchParams({ [p.name]: v }).toString());
  out.push(
    new URLSearchParams({
      includeHidden: "true",
      all: "true",
      scope: "all",
      view: "all",
      hidden: "true",
      departmentId: target.ids.department,
      personId: target.ids.person,
    }).toString(),
  );
  return out;
}

/** The text a viewer gets: JSON or CSV as is, the cells of an .xlsx; null for a PDF or other binary. */
async function textOf(res: Response): Promise<string | null> {
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("spreadsheetml")) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          cells.push(String(cell.text ?? cell.value ?? ""));
        });
      });
    });
    return cells.join("\n");
  }
  if (type.includes("pdf") || type.includes("zip") || type.includes("octet-stream")) {
    await res.arrayBuffer();
    return null;
  }
  return res.text();
}

/** A GET route that lists or exports: no path parameter other than a register key. */
function listUrl(path: string): string | null {
  const filled = path.replace("{register}", "failure_log");
  return filled.includes("{") ? null : filled;
}

describe("list filters and exports", () => {
  it("the scan sees what the owner is shown (control): A's list and .xlsx export carry A's records", async () => {
    const [a] = targets;
    const list = await w.clients.staffA.get("/api/assets");
    expect(await textOf(list)).toContain(a.search);
    const sheet = await w.clients.staffA.get("/api/registers/failure_log/export?format=xlsx");
    expect(sheet.status).toBe(200);
    expect(await textOf(sheet)).toContain("ログインできない");
  });

  it("no query string widens a list or an export past what the viewer may see; no 5xx", async () => {
    const leaks: string[] = [];
    const errors: string[] = [];
    let calls = 0;
    let sheets = 0;
    for (const target of targets) {
      const client = w.clients[target.viewer];
      for (const [path, ops] of Object.entries(doc.paths)) {
        const op = ops.get;
        if (!op) continue;
        const url = listUrl(path);
        if (!url || url === "/api/openapi.json") continue;
        for (const query of variants(op.parameters ?? [], target)) {
          const full = query ? `${url}?${query}` : url;
          const res = await client.get(full);
          calls++;
          if (res.status >= 500) {
            errors.push(`${target.viewer} GET ${full}: ${res.status} ${(await res.text()).slice(0, 160)}`);
            continue;
          }
          if (res.status >= 300) {
            await res.arrayBuffer();
            continue;
          }
          const text = await textOf(res);
          if (text === null) continue;
          if (!(res.headers.get("content-type") ?? "").includes("json")) sheets++;
          const sent = decodeURIComponent(query);
          const shown = target.secrets.filter((s) => !sent.includes(s) && text.includes(s));
          if (shown.length) leaks.push(`${target.viewer} GET ${full}: shows ${shown.join(", ")}`);
        }
      }
    }
    console.log(`list filters: ${calls} calls, ${sheets} CSV/xlsx answers read`);
    expect(errors, "5xx answers").toEqual([]);
    expect(leaks, "records of another department shown").toEqual([]);
    expect(calls).toBeGreaterThan(300);
  }, 900_000);
});
