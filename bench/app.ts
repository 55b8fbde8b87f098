/**
 * The real Hono app on the bench's own database connection, for in-process measurements and the
 * generator test: the same routes, access rules and queries as the server, without HTTP.
 */
import { getRequestListener } from "@hono/node-server";
import { eq } from "drizzle-orm";
import { createApp } from "../server/app";
import { users } from "../server/auth/tables";
import type { Database } from "../server/db/client";
import { createDeps } from "../server/deps";
import { loadProfile } from "../server/profile";
import { signIn, type TestSession } from "../server/test/session";
import { BENCH_PASSWORD } from "./generate";
import { BENCH_TOTP_SECRET, markTotpStepUsed } from "./server";

export type BenchApp = ReturnType<typeof createApp>;

const databases = new WeakMap<BenchApp, Database>();

/**
 * The server process answers through @hono/node-server, which installs its own lightweight
 * `Request` and `Response` globals (a string body is kept as it is and written to the socket;
 * undici's `Response` would first convert and encode it). The in-process sections install them
 * too, so that `app.request` costs what a request costs the server (measured on the asset list,
 * 115 KB of JSON a page: undici's Response added ~2.5 ms to every call that the server never pays).
 */
getRequestListener(() => new Response(null));

export function benchApp(database: Database, profileId = "kawasaki"): BenchApp {
  const app = createApp(
    createDeps(database, loadProfile(profileId), { webDist: undefined }, () => new Date()),
  );
  databases.set(app, database);
  return app;
}

/** Signs a bench user (staff or manager, who have the known TOTP secret) in through the API. */
export async function signInBench(app: BenchApp, loginId: string): Promise<TestSession> {
  // The server accepts each TOTP time step once per user; the bench signs the same users in
  // several times a minute, so it forgets the last step first (as the test helper does).
  await databases.get(app)?.db.update(users).set({ totpLastStep: null }).where(eq(users.loginId, loginId));
  const now = new Date();
  // A spawned server on the same database sees this step as used: signInHttp skips it.
  markTotpStepUsed(loginId, now.getTime());
  return signIn(app, loginId, BENCH_PASSWORD, BENCH_TOTP_SECRET, { now });
}
