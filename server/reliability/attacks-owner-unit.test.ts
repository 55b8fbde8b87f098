/**
 * Mass assignment of the owner unit (#12): a member or the 課長 of department A who may make a
 * record for A must not make it for department B by writing B's id into the body's `departmentId`
 * (at any depth). For every state-changing route of WRITE_FIXTURES that department A's staff or
 * 課長 may use, the fixture's body with every `departmentId` of A replaced by B's is refused
 * (4xx) and writes nothing. Routes where naming another department is the route's own rule say
 * so in OTHER_UNIT_ALLOWED, with the reason.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { stopSharedSlapd } from "../test/slapd";
import { type Actor, buildWorld, rowsOf, snapshotOf, type World } from "./matrix-world";
import { type Prepared, WRITE_FIXTURES } from "./write-fixtures/index";

/** Routes whose body may name another department, and why (checked: each must still apply). */
const OTHER_UNIT_ALLOWED: Record<string, string> = {};

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  w = await buildWorld(t);
}, 180_000);

afterAll(async () => {
  await t?.close();
  await stopSharedSlapd();
});

/** The body with every `departmentId` equal to `from` set to `to`; null when there is none. */
function moved(value: unknown, from: string, to: string): { body: unknown; count: number } {
  let count = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => {
          if (k === "departmentId" && x === from) {
            count++;
            return [k, to];
          }
          return [k, walk(x)];
        }),
      );
    return v;
  };
  const body = walk(value);
  return { body, count };
}

async function snapshot(p: Prepared): Promise<string[]> {
  const [{ n }] = await rowsOf<{ n: number }>(w, sql`select count(*)::int as n from audit_events`);
  const out = [`audit_events: ${n}`];
  for (const [table, id] of p.watch ?? []) out.push(await snapshotOf(w, table, id));
  return out;
}

describe("owner unit in a body", () => {
  it("department A's staff and 課長 cannot make a record for department B by naming it", async () => {
    const A = w.deptA.id;
    const B = w.deptB.id;
    const holes: string[] = [];
    const wrote: string[] = [];
    const tried: string[] = [];
    for (const [key, fx] of Object.entries(WRITE_FIXTURES)) {
      const method = key.split(" ")[0];
      const personas = (["staffA", "managerA"] as Actor[]).filter(
        (p) => fx.allow === "all" || (fx.allow as string[]).includes(p),
      );
      for (const as of personas) {
        const p = await fx.prepare(w, as);
        if (p.body === undefined || p.client === "raw") continue;
        const { body, count } = moved(p.body, A, B);
        if (!count) continue;
        tried.push(`${as} ${key}`);
        const before = await snapshot(p);
        const res = await (p.client ?? w.clients[as]).request(method, p.url, body);
        const text = (await res.text()).slice(0, 200);
        const changed = (await snapshot(p)).filter((x, i) => x !== before[i]);
        if (OTHER_UNIT_ALLOWED[key]) continue;
        if (res.status < 400 || res.status >= 500) holes.push(`${as} ${key} → ${res.status} ${text}`);
        else if (changed.length) wrote.push(`${as} ${key}: refused but wrote ${changed.join("; ")}`);
      }
    }
    console.log(`owner unit: ${tried.length} calls with department B in the body\n${tried.join("\n")}`);
    expect(holes, "a record made for another department by naming it").toEqual([]);
    expect(wrote, "refused calls that wrote").toEqual([]);
    expect(tried.length).toBeGreaterThan(5);
  }, 600_000);
});
