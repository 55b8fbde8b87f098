import { createApp } from "../app";
import type { Database } from "../db/client";
import { createDeps } from "../deps";
import type { AppConfig, AppDeps } from "../http/context";
import { loadProfile } from "../profile";
import { openTestDatabase } from "./db";
import { checkResponses } from "./response-check";

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  database: Database;
  /** Moves the test clock (idle timeouts, lockouts, deadlines). */
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** The app on a fresh database with the given profile (default nishihara) and a movable clock. */
export async function createTestApp(
  options: { profileId?: string; config?: Partial<AppConfig> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = {
    now: new Date("2026-04-01T09:00:00+09:00"),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const deps = createDeps(
    database,
    // A copy: loadProfile caches one object per process, and the test files share processes
    // (vitest.config.ts), so a test that adjusts its app's profile must not reach the next file.
    structuredClone(loadProfile(options.profileId ?? "nishihara")),
    {
      webDist: undefined,
      // Every request of every test on PGlite checks the audit invariant (server/http/audit-invariant.ts).
      // Not on a shared PostgreSQL cluster: transaction ids are cluster-wide there, and the test
      // files running in parallel on their own databases would be counted as the request's.
      auditInvariant:
        database.kind === "pglite" ? { coverageDir: process.env.SEKIMORI_AUDIT_COVERAGE_DIR } : undefined,
      ...options.config,
    },
    () => clock.now,
  );
  const app = createApp(deps);
  checkResponses(app);
  return { app, deps, database, clock, close: () => database.close() };
}
