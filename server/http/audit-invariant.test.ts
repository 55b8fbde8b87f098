import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRoute, z } from "@hono/zod-openapi";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { recordEvent } from "../audit/record";
import { auditEvents } from "../audit/tables";
import { createDeps } from "../deps";
import { loadProfile } from "../profile";
import { settings } from "../settings/tables";
import { openTestDatabase } from "../test/db";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";
import { AppError } from "./errors";
import { requestContext } from "./router";

/**
 * The invariant is proven on routes made for the purpose, each breaking rule 3 of DESIGN.md §4
 * in one way; the real routes are checked by every other test, since createTestApp turns it on.
 */
const coverageDir = mkdtempSync(join(tmpdir(), "sekimori-audit-coverage-"));
let app: ReturnType<typeof createApp>;
let close: () => Promise<void>;
let client: AuthedClient;
let database: Awaited<ReturnType<typeof openTestDatabase>>;

function testDatabaseKind() {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

const conflict = () => new AppError(409, "conflict", "競合しました。", "Conflict.");
const ok = z.object({ ok: z.boolean() });

beforeAll(async () => {
  if (testDatabaseKind() !== "pglite") return;
  database = await openTestDatabase();
  const deps = createDeps(database, loadProfile("nishihara"), {
    webDist: undefined,
    auditInvariant: { coverageDir },
  });
  app = createApp(deps);
  close = () => database.close();
  const db = database.db;
  const routes: Record<string, (c: Parameters<Parameters<typeof app.openapi>[1]>[0]) => Promise<void>> = {
    audited: async (c) => {
      await db.transaction(async (tx) => {
        await tx.insert(settings).values({ key: "t-audited", value: 1 });
        await recordEvent(tx, requestContext(c), { type: "test.audited" });
      });
    },
    unaudited: async () => {
      await db.insert(settings).values({ key: "t-unaudited", value: 1 });
    },
    "audit-in-another-transaction": async (c) => {
      await db.transaction((tx) => tx.insert(settings).values({ key: "t-split", value: 1 }));
      await db.transaction((tx) => recordEvent(tx, requestContext(c), { type: "test.split" }));
    },
    "fails-after-commit": async (c) => {
      await db.transaction(async (tx) => {
        await tx.insert(settings).values({ key: "t-late", value: 1 });
        await recordEvent(tx, requestContext(c), { type: "test.late" });
      });
      throw conflict();
    },
    "fails-inside-transaction": async (c) => {
      await db.transaction(async (tx) => {
        await tx.insert(settings).values({ key: "t-rolled-back", value: 1 });
        await recordEvent(tx, requestContext(c), { type: "test.rolled_back" });
        throw conflict();
      });
    },
    "writes-nothing": async () => {},
  };
  for (const [name, handler] of Object.entries(routes)) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/test-invariant/${name}`,
        responses: { 200: { description: "ok", content: { "application/json": { schema: ok } } } },
      }),
      async (c) => {
        await handler(c);
        return c.json({ ok: true }, 200);
      },
    );
  }
  const home = await makeDepartment(db, { code: "INV", name: "総務課" });
  const { user, password } = await makeUser(db, { departmentId: home.id });
  client = authed({ app }, await signIn({ app }, user.loginId, password));
});

afterAll(async () => {
  await close?.();
  rmSync(coverageDir, { recursive: true, force: true });
});

async function call(name: string) {
  const res = await client.post(`/api/test-invariant/${name}`, {});
  const body = (await res.json()) as { error?: { code: string; violation?: { problem: string } } };
  return { status: res.status, code: body.error?.code, problem: body.error?.violation?.problem ?? "" };
}

const auditCount = async () => Number((await database.db.select({ n: count() }).from(auditEvents))[0].n);

// PGlite only (see server/test/app.ts): a shared PostgreSQL cluster's transaction ids are global.
describe.skipIf(testDatabaseKind() !== "pglite")("audit invariant (DESIGN.md §4 rule 3)", () => {
  it("lets a change and its event in one transaction through", async () => {
    expect(await call("audited")).toMatchObject({ status: 200 });
  });

  it("refuses a change committed without an audit event", async () => {
    const r = await call("unaudited");
    expect(r).toMatchObject({ status: 500, code: "audit_invariant" });
    expect(r.problem).toContain("without an audit event");
  });

  it("refuses an event written in another transaction than the change", async () => {
    const r = await call("audit-in-another-transaction");
    expect(r).toMatchObject({ status: 500, code: "audit_invariant" });
    expect(r.problem).toContain("1 committed transaction(s) without an audit event");
  });

  it("refuses a failure that left a committed change behind", async () => {
    const r = await call("fails-after-commit");
    expect(r).toMatchObject({ status: 500, code: "audit_invariant" });
    expect(r.problem).toContain("failed with 409 but committed 1");
  });

  it("lets a failure that rolled back its change and event through, and nothing is stored", async () => {
    const before = await auditCount();
    expect(await call("fails-inside-transaction")).toMatchObject({ status: 409, code: "conflict" });
    expect(await auditCount()).toBe(before);
    expect(await database.db.select().from(settings).where(eq(settings.key, "t-rolled-back"))).toEqual([]);
  });

  it("refuses a state-changing success that wrote no event", async () => {
    const r = await call("writes-nothing");
    expect(r).toMatchObject({ status: 500, code: "audit_invariant" });
    expect(r.problem).toBe("succeeded without writing an audit event");
  });

  it("records each state-changing route that succeeded for the coverage check", () => {
    const lines = readdirSync(coverageDir).flatMap((f) =>
      readFileSync(join(coverageDir, f), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).route as string),
    );
    expect(lines).toContain("POST /api/test-invariant/audited");
    expect(lines).not.toContain("POST /api/test-invariant/fails-inside-transaction");
    expect(lines).toContain("POST /api/auth/login");
  });
});
