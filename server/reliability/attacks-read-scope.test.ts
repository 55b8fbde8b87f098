/**
 * Reading past one's scope in the modules landed after the GET matrix (#12, a hostile insider
 * beyond the listed classes): 委託・外部サービス, ID・ICカード, ソフトウェア・脆弱性, 研修, 文書,
 * 自己点検・監査, 年次報告 and the dashboard. Department A's records of each module are made; then
 * staff of department B, the 課長 of department B and an auditor who is not on A's audit
 *  - open every GET route with a path id, filled with each of A's records (and the matching
 *    sub-record ids): the answer must be a refusal, the same status as for an unknown id;
 *  - read every list and export of those modules, plain and with each id-named query parameter set
 *    to each id of A's records of that module (every record of A for a module without its own), A's
 *    asset and A's staff member: the same status as for an unknown id, never a 5xx, and no answer
 *    (JSON, CSV or .xlsx cells) carries an id or a name of A's records. Each answer is fetched once
 *    and judged for all three (PDF exports, ~1 s each to lay out, are only judged by status).
 * The GET matrix (authorization-matrix.test.ts) fills these modules' ids with random UUIDs only, so
 * a detail route that forgot its department check passed it.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import type { AuthedClient } from "../test/session";
import { stopSharedSlapd } from "../test/slapd";
import { buildWorld, procedureOfA, rowsOf, type World } from "./matrix-world";
import { checkout, icCard, privilegedAccount, review, systemAccount } from "./write-fixtures/accounts";
import { assuranceFinding, assurancePlan } from "./write-fixtures/assurance";
import { audit } from "./write-fixtures/assurance-audits";
import { installation, match } from "./write-fixtures/software";
import {
  externalService,
  managerB,
  supplierContract,
  supplierLending,
  supplierSubcontract,
} from "./write-fixtures/suppliers";

const PREFIXES = [
  "/api/suppliers",
  "/api/external-services",
  "/api/accounts",
  "/api/software",
  "/api/vulnerabilities",
  "/api/training",
  "/api/documents",
  "/api/assurance",
  "/api/reports",
  "/api/dashboard",
];

type Param = { name: string; in: string };
type Doc = { paths: Record<string, Record<string, { parameters?: Param[] }>> };

let t: TestApp;
let w: World;
let doc: Doc;
/** Department A's records: every id with the path prefixes that open it, sub-record ids by parameter. */
const records: Array<{ id: string; under: string[] }> = [];
let recordIds: string[] = [];
/** Ids tried in query strings besides A's records: A's asset and A's staff member. */
let assetAndPerson: string[] = [];
const subIds: Record<string, string> = {};
/** What must never reach a viewer of another department: ids and names. */
const secrets: string[] = [];
let viewers: Array<[string, AuthedClient]> = [];

async function texts(query: ReturnType<typeof sql>) {
  return (await rowsOf<{ v: string }>(w, query)).map((r) => r.v).filter((v) => v && v.length >= 5);
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  w = await buildWorld(t);
  doc = (await (await t.app.request("/api/openapi.json")).json()) as Doc;

  const contract = await supplierContract(w, "active");
  const lending = await supplierLending(w);
  const sub = await supplierSubcontract(w, false);
  const service = await externalService(w, false);
  const account = await systemAccount(w);
  const privileged = await privilegedAccount(w);
  const out = await checkout(w, false);
  const rev = await review(w);
  const card = await icCard(w, true);
  const inst = await installation(w);
  const m = await match(w);
  const finding = await assuranceFinding(w);
  const plan = await assurancePlan(w, true);
  const auditA = await audit(w, "fieldwork");
  const proc = await procedureOfA(w, "draft");
  const [{ systemId }] = await rowsOf<{ systemId: string }>(
    w,
    sql`select system_id as "systemId" from system_accounts where id = ${account}::uuid`,
  );
  const sup = ["/api/suppliers", "/api/external-services"];
  const acc = ["/api/accounts"];
  const sw = ["/api/software", "/api/vulnerabilities"];
  const asr = ["/api/assurance"];
  records.push(
    ...[contract.id, lending.contractId, sub.contractId, service].map((id) => ({ id, under: sup })),
    ...[account, privileged, out, rev.id, card.id, systemId].map((id) => ({ id, under: acc })),
    ...[inst, m].map((id) => ({ id, under: sw })),
    ...[finding, plan, auditA].map((id) => ({ id, under: asr })),
    { id: proc.id, under: ["/api/documents"] },
  );
  recordIds = records.map((r) => r.id);
  assetAndPerson = [w.base.asset, w.members.staffA.personId];
  Object.assign(subIds, {
    lendingId: lending.id,
    subcontractId: sub.id,
    itemId: rev.itemId,
    number: "1",
  });
  secrets.push(...recordIds, lending.id, sub.id, rev.itemId, card.cardNumber, "行列 staffA", "行列 managerA");
  secrets.push(
    ...(await texts(
      sql`select subject as v from supplier_contracts where department_id = ${w.deptA.id}::uuid`,
    )),
    ...(await texts(
      sql`select login_name as v from system_accounts where id in (${account}::uuid, ${privileged}::uuid)`,
    )),
    ...(await texts(sql`select title as v from documents where id = ${proc.id}::uuid`)),
    ...(await texts(sql`select name as v from external_services where id = ${service}::uuid`)),
  );
  viewers = [
    ["staffB", w.clients.staffB],
    ["managerB", await managerB(w)],
    ["auditor", w.clients.auditor],
  ];
}, 600_000);

afterAll(async () => {
  await t?.close();
  await stopSharedSlapd();
});

const inScope = (path: string) => PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

/** The text of an answer: JSON or CSV as is, the cells of an .xlsx; null for a PDF or other binary. */
async function textOf(res: Response): Promise<string | null> {
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("spreadsheetml")) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          cells.push(String(cell.text ?? cell.value ?? ""));
        });
      });
    });
    return cells.join("\n");
  }
  if (!/json|csv|text/.test(type)) {
    await res.arrayBuffer();
    return null;
  }
  return res.text();
}

/** A path with `{id}` set to `id` and the other parameters to A's sub-records (random otherwise). */
function fill(path: string, id: string): string {
  let first = true;
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (first) {
      first = false;
      return id;
    }
    return subIds[name] ?? randomUUID();
  });
}

/** A's records a path id of `path` can name: those of its module. */
const recordsUnder = (path: string) =>
  records.filter((r) => r.under.some((u) => path.startsWith(u))).map((r) => r.id);

/**
 * The ids a query parameter of `path` is tried with: A's records of the path's module (every
 * record of A for a module with none of its own: training, reports, the dashboard), A's asset and
 * A's staff member. A record of another module is an id the parameter cannot name, the same class
 * as the unknown id each parameter is also tried with.
 */
function queryIdsFor(path: string): string[] {
  const mine = recordsUnder(path);
  return [...(mine.length ? mine : recordIds), ...assetAndPerson];
}

describe("reading another department's records in the newer modules", () => {
  it("the world is seen by its owner (control): A's 課長 opens A's contract", async () => {
    const res = await w.clients.managerA.get(`/api/suppliers/contracts/${recordIds[0]}`);
    expect(res.status).toBe(200);
    const list = await w.clients.managerA.get("/api/suppliers/contracts");
    expect(await list.text()).toContain(recordIds[0]);
  });

  it("a path id of department A answers like an unknown id; lists and exports never carry A's records", async () => {
    const differs: string[] = [];
    const leaks: string[] = [];
    const errors: string[] = [];
    let calls = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op || !inScope(path)) continue;
      const hasId = path.includes("{");
      for (const [who, client] of viewers) {
        if (hasId) {
          const unknown = await client.get(fill(path, randomUUID()));
          await unknown.arrayBuffer();
          calls++;
          for (const id of recordsUnder(path)) {
            const res = await client.get(fill(path, id));
            calls++;
            const text = await textOf(res);
            if (res.status >= 500) errors.push(`${who} GET ${path} (${id}): ${res.status}`);
            if (res.status !== unknown.status)
              differs.push(
                `${who} GET ${path} with A's ${id}: ${res.status} ${text?.slice(0, 120)} | unknown → ${unknown.status}`,
              );
          }
          continue;
        }
        /** One answer, judged once: never a 5xx; a 2xx carries none of A's ids or names. */
        const judge = async (url: string, res: Response) => {
          const text = await textOf(res);
          if (res.status >= 500) {
            errors.push(`${who} GET ${url}: ${res.status} ${text?.slice(0, 160)}`);
            return text;
          }
          if (res.status >= 300 || text === null) return text;
          const sent = decodeURIComponent(url);
          const shown = secrets.filter((s) => !sent.includes(s) && text.includes(s));
          if (shown.length) leaks.push(`${who} GET ${url}: shows ${shown.join(", ")}`);
          return text;
        };
        await judge(path, await client.get(path));
        calls++;
        for (const p of op.parameters ?? [])
          if (p.in === "query" && /id$/i.test(p.name)) {
            const q = (id: string) => `${path}?${new URLSearchParams({ [p.name]: id })}`;
            const unknown = await client.get(q(randomUUID()));
            await unknown.arrayBuffer();
            calls++;
            for (const id of queryIdsFor(path)) {
              const res = await client.get(q(id));
              calls++;
              const text = await judge(q(id), res);
              if (res.status !== unknown.status)
                differs.push(
                  `${who} GET ${path}?${p.name}= A's ${id}: ${res.status} ${text?.slice(0, 120)} | unknown → ${unknown.status}`,
                );
            }
          }
      }
    }
    console.log(`read scope: ${calls} calls over ${PREFIXES.length} modules`);
    expect(errors, "5xx answers").toEqual([]);
    expect(differs, "A's records answered unlike unknown ids").toEqual([]);
    expect(leaks, "A's records shown in lists and exports").toEqual([]);
    expect(calls).toBeGreaterThan(200);
  }, 900_000);
});
