/**
 * Authorization matrix: every GET route of /api/openapi.json × eight personas. Path parameters
 * are filled with real ids of records of department A where there are any, otherwise random
 * UUIDs. Expectations: anonymous → 401 except public routes; no persona ever gets a 5xx;
 * staff of department B never sees department A's person, asset, request or incident, neither
 * in detail views nor in lists; audit and user administration are refused to staff and managers.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

const PUBLIC_GETS = new Set([
  "/api/health",
  "/api/openapi.json",
  "/api/auth/banner",
  "/api/auth/oidc",
  "/api/auth/oidc/start",
  "/api/auth/oidc/callback",
  "/api/public/contact-point",
]);
/** Public, but only when single sign-on is configured (it is not here): 404 to everyone, never 401. */
const PUBLIC_IF_SSO = new Set(["/api/auth/oidc/start", "/api/auth/oidc/callback"]);
type Persona = "anonymous" | "staffA" | "managerA" | "staffB" | "ciso" | "csirt" | "auditor" | "admin";
const PERSONAS: Persona[] = [
  "anonymous",
  "staffA",
  "managerA",
  "staffB",
  "ciso",
  "csirt",
  "auditor",
  "admin",
];

let t: TestApp;
const clients = new Map<Persona, AuthedClient | null>();
let paths: string[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const deptA = await makeDepartment(db, { code: "MATRIX-A", name: "住民課" });
  const deptB = await makeDepartment(db, { code: "MATRIX-B", name: "税務課" });
  const home = await makeDepartment(db, { code: "MATRIX-H", name: "総務課" });
  const roleOf: Record<Exclude<Persona, "anonymous">, [string, Array<[string, string | null]>]> = {
    staffA: [deptA.id, []],
    managerA: [deptA.id, [["security_system_manager", deptA.id]]],
    staffB: [deptB.id, []],
    ciso: [home.id, [["ciso", null]]],
    csirt: [home.id, [["csirt", null]]],
    auditor: [home.id, [["auditor", null]]],
    admin: [home.id, [["system_staff", null]]],
  };
  clients.set("anonymous", null);
  for (const [persona, [departmentId, roles]] of Object.entries(roleOf)) {
    const { person, user, password } = await makeUser(db, { departmentId, roles });
    if (persona === "staffA") ids.person = person.id;
    clients.set(persona as Persona, authed(t, await signIn(t, user.loginId, password)));
  }
  const staffA = clients.get("staffA") as AuthedClient;
  const json = async (res: Response, what: string) => {
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${text}`);
    const body = JSON.parse(text);
    return (body.data ?? body) as { id: string };
  };
  ids.asset = (
    await json(
      await staffA.post("/api/assets", {
        kind: "information",
        departmentId: deptA.id,
        name: "住民基本台帳データ",
        confidentiality: "2",
        integrity: "1",
        availability: "1",
      }),
      "asset",
    )
  ).id;
  ids.request = (
    await json(
      await staffA.post("/api/requests", {
        kind: "carry_out",
        assetIds: [ids.asset],
        fields: {
          purpose: "説明会",
          destination: "公民館",
          startsAt: "2026-04-02T09:10:00+09:00",
          returnDueAt: "2026-04-02T17:00:00+09:00",
          encrypted: true,
        },
      }),
      "request",
    )
  ).id;
  ids.incident = (
    await json(
      await staffA.post("/api/incidents", {
        summary: "USBメモリ紛失",
        details: "庁舎内で紛失",
        personalInfo: false,
      }),
      "incident",
    )
  ).id;
  ids.department = deptA.id;

  const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  paths = Object.entries(doc.paths)
    .filter(([, ops]) => ops.get)
    .map(([p]) => p);
}, 180_000);

afterAll(async () => {
  await t?.close();
});

/** The concrete URL for a GET path: ids of department A's records where the path names them. */
function fill(path: string): string {
  const first = path.match(/^\/api\/([^/]+)/)?.[1] ?? "";
  const real: Record<string, string | undefined> = {
    people: ids.person,
    assets: ids.asset,
    requests: ids.request,
    incidents: ids.incident,
    departments: ids.department,
  };
  let n = 0;
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    n++;
    if (name === "register") return "media_loan_log";
    if (n === 1 && name === "id" && real[first]) return real[first] as string;
    return randomUUID();
  });
}

async function get(persona: Persona, url: string): Promise<Response> {
  const c = clients.get(persona);
  return c ? c.get(url) : t.app.request(url);
}

/** Sensitive routes: the only personas allowed (2xx); every other signed-in persona gets 403/404. */
const ONLY: Record<string, Persona[]> = {
  "/api/users": ["admin"],
  "/api/mail/outbox": ["admin"],
  "/api/audit/events": ["admin"],
  "/api/audit/events.csv": ["admin"],
  "/api/audit/events.xlsx": ["admin"],
  "/api/audit/events.pdf": ["admin"],
  "/api/audit/verify": ["admin"],
  "/api/transfers": ["admin"],
  "/api/accounts/directory-sync": ["admin"],
  "/api/requests/overrides": ["ciso", "admin"],
  "/api/incidents/metrics": ["ciso", "csirt"],
  // Department A's records: the reporter/owner, the manager of A and the roles that see every
  // department (view_all_departments) or triage incidents; never staff of B, never the auditor.
  "/api/people/{id}": ["staffA", "managerA", "ciso", "csirt", "admin"],
  "/api/assets/{id}": ["staffA", "managerA", "ciso", "csirt"],
  "/api/requests/{id}": ["staffA", "managerA", "ciso", "csirt"],
  "/api/incidents/{id}": ["staffA", "managerA", "csirt"],
};
/** Staff and managers must be refused these whatever else changes. */
const NEVER_STAFF = (p: string) => p.startsWith("/api/audit/") || p.startsWith("/api/users");
const isText = (res: Response) => /json|csv|text/.test(res.headers.get("content-type") ?? "");

describe("authorization matrix", () => {
  it("every GET route × every persona: zero unexpected allows, no 5xx", async () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const p of paths) {
      const url = fill(p);
      for (const persona of PERSONAS) {
        const res = await get(persona, url);
        calls++;
        const s = res.status;
        const cell = `${persona} GET ${p} → ${s}`;
        await res.arrayBuffer();
        if (s >= 500) wrong.push(`${cell} (server error)`);
        if (persona === "anonymous") {
          const expected = PUBLIC_IF_SSO.has(p) ? 404 : PUBLIC_GETS.has(p) ? 200 : 401;
          if (s !== expected) wrong.push(`${cell} (anonymous, expected ${expected})`);
          continue;
        }
        if (s === 401) wrong.push(`${cell} (signed in, yet 401)`);
        const refused = s === 403 || s === 404;
        if (NEVER_STAFF(p) && ["staffA", "staffB", "managerA"].includes(persona) && s !== 403)
          wrong.push(`${cell} (must be refused to staff)`);
        const only = ONLY[p];
        if (only) {
          if (only.includes(persona) ? s >= 300 : !refused)
            wrong.push(`${cell} (expected ${only.includes(persona) ? "2xx" : "403/404"})`);
        } else if (/\{(?!register\})[^}]+\}/.test(p) && !p.startsWith("/api/departments/") && s < 300) {
          wrong.push(`${cell} (a random id must not be found)`);
        }
      }
    }
    console.log(
      `authorization matrix: ${paths.length} GET routes × ${PERSONAS.length} personas = ${calls} calls`,
    );
    expect(calls).toBe(paths.length * PERSONAS.length);
    expect(wrong).toEqual([]);
  }, 300_000);

  it("lists never leak department A's records to staff of B or to the auditor", async () => {
    const lists = paths.filter((p) => !/\{[^}]+\}/.test(p) && !PUBLIC_GETS.has(p));
    const secrets = [ids.person, ids.asset, ids.request, ids.incident, "住民基本台帳データ", "USBメモリ紛失"];
    const leaks: string[] = [];
    const seenByA = new Set<string>();
    for (const p of lists) {
      const a = await get("staffA", p);
      if (a.status === 200 && isText(a)) {
        const text = await a.text();
        for (const x of secrets) if (text.includes(x)) seenByA.add(x);
      }
      for (const persona of ["staffB", "auditor"] as const) {
        const res = await get(persona, p);
        if (res.status !== 200 || !isText(res)) {
          await res.arrayBuffer();
          continue;
        }
        const text = await res.text();
        for (const x of secrets) if (text.includes(x)) leaks.push(`${persona} GET ${p} contains ${x}`);
      }
    }
    expect(leaks).toEqual([]);
    // The check is not vacuous: department A's own staff find each record in some list.
    for (const x of [ids.asset, ids.request, ids.incident, "住民基本台帳データ", "USBメモリ紛失"])
      expect(seenByA).toContain(x);
    for (const base of ["/api/assets", "/api/requests", "/api/incidents", "/api/people"]) {
      const res = await get("staffB", `${base}?limit=200`);
      expect(res.status, base).toBe(200);
    }
  }, 300_000);
});
