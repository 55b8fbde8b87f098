/**
 * Imports are throttled per person in the database (#12 item 2: "Rate limits (login,
 * re-authentication, the public report form, imports) live in the database"). The import limit
 * was declared (server/limits IMPORT_PER_USER) but nothing counted it: a person could post 50 MB
 * sheets in a loop. Now every POST to an import route counts — dry runs and refused uploads too —
 * and the try beyond the limit is 429 with Retry-After; another person is not held back, and the
 * window passes. The counter is a rate_limits row, shared by every instance on one database
 * (attacks-limits.test.ts proves the mechanism across two processes).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_PER_USER } from "../limits";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

let t: TestApp;
let alice: AuthedClient;
let bob: AuthedClient;
let aliceLogin: { loginId: string; password: string };
let importRoutes: string[];

async function member(departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles: [] });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { code: "IL-A", name: "総務課" })).id;
  const a = await makeUser(t.database.db, { departmentId: dept, roles: [] });
  aliceLogin = { loginId: a.user.loginId, password: a.password };
  alice = authed(t, await signIn(t, a.user.loginId, a.password));
  bob = await member(dept);
  const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  importRoutes = Object.entries(doc.paths)
    .filter(([path, ops]) => ops.post && /\/imports?$/.test(path))
    .map(([path]) => path)
    .sort();
}, 120_000);
afterAll(async () => t?.close());

const upload = (c: AuthedClient, path = "/api/transfers/import") => {
  const form = new FormData();
  form.append("file", new Blob(["a,b\n1,2\n"], { type: "text/csv" }), "x.csv");
  form.append("dryRun", "true");
  return c.request("POST", path, form);
};

describe("imports per person", () => {
  it("every import route is one of the counted paths", () => {
    expect(importRoutes).toEqual([
      "/api/accounts/systems/{id}/import",
      "/api/assets/import",
      "/api/software/installations/import",
      "/api/training/sessions/{id}/attendance/import",
      "/api/transfers/import",
      "/api/vulnerabilities/imports",
    ]);
  });

  it("the try beyond the limit is 429 with Retry-After, whichever import route; others are not held back", async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < IMPORT_PER_USER.limit; i++) {
      // Spread over the routes: one counter per person, not per route.
      const path = importRoutes[i % importRoutes.length].replace(
        "{id}",
        "00000000-0000-4000-8000-000000000000",
      );
      statuses.add((await upload(alice, path)).status);
    }
    expect(statuses.has(429)).toBe(false);
    const refused = await upload(alice);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as {
      error: { code: string; message_ja: string; message_en: string };
    };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message_ja).toMatch(/取込み/);
    expect((await upload(bob)).status).not.toBe(429);
    t.clock.advance(IMPORT_PER_USER.windowMs + 1000);
    // (an hour idle ends the session too: the same person signs in again)
    alice = authed(t, await signIn(t, aliceLogin.loginId, aliceLogin.password));
    expect((await upload(alice)).status).not.toBe(429);
  });
});
