/**
 * The real Hono app on the bench's own database connection, for in-process measurements and the
 * generator test: the same routes, access rules and queries as the server, without HTTP.
 */
import { createApp } from "../server/app";
import type { Database } from "../server/db/client";
import { createDeps } from "../server/deps";
import { loadProfile } from "../server/profile";
import { signIn, type TestSession } from "../server/test/session";
import { BENCH_PASSWORD } from "./generate";
import { BENCH_TOTP_SECRET } from "./server";

export type BenchApp = ReturnType<typeof createApp>;

export function benchApp(database: Database, profileId = "kawasaki"): BenchApp {
  return createApp(createDeps(database, loadProfile(profileId), { webDist: undefined }, () => new Date()));
}

/** Signs a bench user (staff or manager, who have the known TOTP secret) in through the API. */
export function signInBench(app: BenchApp, loginId: string): Promise<TestSession> {
  return signIn(app, loginId, BENCH_PASSWORD, BENCH_TOTP_SECRET, { now: new Date() });
}
