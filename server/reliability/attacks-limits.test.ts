/**
 * Limits shared by every instance and the client address (issue #12, items 2 and 9): rate
 * limits live in the database, so two server processes on one PostgreSQL enforce one limit;
 * X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies TRUST_PROXY names.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { loginRaw } from "../auth/test-support";
import { type Database, openDatabase } from "../db/client";
import { clientAddress, forwardedHttps, parseTrustProxy } from "../http/client-address";
import { LOGIN_PER_ADDRESS } from "../limits";
import { createTestApp, type TestApp } from "../test/app";
import { makeUser } from "../test/factories";
import { killHard, type Served, startServer as startProcess } from "./crash-helpers";

describe("the client address", () => {
  const trusted = parseTrustProxy("10.0.0.5, 192.168.10.0/24, ::1");

  it("is the socket's peer unless the peer is a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", trusted)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "203.0.113.9", null)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.5", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:10.0.0.5", "203.0.113.9", trusted)).toBe("203.0.113.9");
  });

  it("reads X-Forwarded-For from the right: what a client wrote itself is never believed", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real peer.
    expect(clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.9", trusted)).toBe("203.0.113.9");
    // Two trusted proxies in a row are skipped.
    expect(clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.9, 192.168.10.7", trusted)).toBe("203.0.113.9");
    // A malformed hop stops the walk at the last believed address.
    expect(clientAddress("10.0.0.5", "203.0.113.9, <script>", trusted)).toBe("10.0.0.5");
  });

  it("refuses a TRUST_PROXY entry that is not an address (a typo must not silently trust nobody)", () => {
    expect(() => parseTrustProxy("10.0.0.5, proxy.example")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/TRUST_PROXY/);
    expect(parseTrustProxy("")).toBeNull();
    expect(parseTrustProxy("loopback")?.has("127.0.0.1")).toBe(true);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(forwardedHttps("10.0.0.5", "https", trusted)).toBe(true);
    expect(forwardedHttps("198.51.100.7", "https", trusted)).toBe(false);
    expect(forwardedHttps("10.0.0.5", "http", trusted)).toBe(false);
    expect(forwardedHttps("10.0.0.5", "https", null)).toBe(false);
  });
});

describe("behind a TLS proxy (TRUST_PROXY)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ profileId: "mic-guideline", config: { trustProxy: "127.0.0.1" } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("records the forwarded client address, and cannot be fooled by a client's own header", async () => {
    const { user, password } = await makeUser(t.database.db);
    const viaProxy = await loginRaw(
      t,
      { loginId: user.loginId, password },
      { "x-test-ip": "127.0.0.1", "x-forwarded-for": "1.2.3.4, 203.0.113.9" },
    );
    expect(viaProxy.status).toBe(200);
    const direct = await loginRaw(
      t,
      { loginId: user.loginId, password },
      { "x-test-ip": "198.51.100.7", "x-forwarded-for": "203.0.113.99" },
    );
    expect(direct.status).toBe(200);
    const logins = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "auth.login"), eq(auditEvents.targetId, user.id)));
    expect(logins.map((e) => e.ip)).toEqual(["203.0.113.9", "198.51.100.7"]);
  });

  it("a client cannot escape the per-address limit by writing X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_PER_ADDRESS.limit + 2; i++) {
      const res = await loginRaw(
        t,
        { loginId: "nobody", password: "x" },
        { "x-test-ip": "198.51.100.20", "x-forwarded-for": `203.0.113.${i}` },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });

  it("sets Secure cookies and HSTS when the trusted proxy says https, and not otherwise", async () => {
    const { user, password } = await makeUser(t.database.db);
    const https = await loginRaw(
      t,
      { loginId: user.loginId, password },
      { "x-test-ip": "127.0.0.1", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.10" },
    );
    expect(https.headers.getSetCookie().find((c) => c.startsWith("sekimori_session="))).toMatch(
      /;\s*Secure/i,
    );
    expect(https.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const spoofed = await loginRaw(
      t,
      { loginId: user.loginId, password },
      { "x-test-ip": "198.51.100.30", "x-forwarded-proto": "https" },
    );
    expect(spoofed.headers.getSetCookie().find((c) => c.startsWith("sekimori_session="))).not.toMatch(
      /Secure/i,
    );
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("two server processes on one PostgreSQL enforce one limit", () => {
  const name = `sekimori_test_${randomBytes(6).toString("hex")}`;
  const dataDir = mkdtempSync(join(tmpdir(), "sekimori-two-"));
  let a: Served;
  let b: Served;
  // The test's own connection to the shared database: it makes the user and reads the audit.
  let shared: Database;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    const target = { dataDir, databaseUrl: url.toString() };
    // Two operating-system processes (`sekimori serve`), so nothing held in one process's memory
    // can make the limit look shared; the second starts once the first has migrated the database.
    a = await startProcess(target, "Admin-Passw0rd!x", 120_000, { TRUST_PROXY: "127.0.0.1" });
    b = await startProcess(target, "Admin-Passw0rd!x", 120_000, { TRUST_PROXY: "127.0.0.1" });
    shared = await openDatabase({ url: url.toString(), poolSize: 2 });
  }, 300_000);

  afterAll(async () => {
    for (const s of [a, b]) if (s) await killHard(s);
    await shared?.close();
    rmSync(dataDir, { recursive: true, force: true });
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });

  const attempt = (server: Served, from: string, body: unknown) =>
    fetch(`${server.url.replace("localhost", "127.0.0.1")}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": from },
      body: JSON.stringify(body),
    });

  it("they are two processes", () => {
    expect(a.child.pid).toBeTruthy();
    expect(b.child.pid).not.toBe(a.child.pid);
  });

  it("the login limit per address is counted once across both instances", async () => {
    const body = { loginId: "nobody", password: "x" };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await attempt(a, "203.0.113.50", body)).status);
      statuses.push((await attempt(b, "203.0.113.50", body)).status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_PER_ADDRESS.limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(24 - LOGIN_PER_ADDRESS.limit);
  });

  it("a parallel burst of wrong passwords split over both instances gets 5 real checks", async () => {
    const { user } = await makeUser(shared.db);
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        attempt(i % 2 ? a : b, `203.0.113.${100 + i}`, {
          loginId: user.loginId,
          password: "Wrong-passw0rd!",
        }),
      ),
    );
    expect(answers.every((r) => r.status === 401)).toBe(true);
    const failed = await shared.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "auth.login_failed"), eq(auditEvents.targetId, user.id)));
    expect(failed).toHaveLength(5);
  });
});
