import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { jobs } from "./jobs/tables";
import { secureCookiesFromEnv, startServer, syncActiveProfile } from "./main";
import { settings } from "./settings/tables";
import { createTestApp } from "./test/app";

describe("startServer (in process, embedded database)", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "sekimori-main-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("migrates, creates the first administrator once, starts jobs, serves, and closes cleanly", async () => {
    const lines: string[] = [];
    const first = await startServer({
      port: 0,
      dataDir: join(dir, "data"),
      databaseUrl: "",
      profileId: "nishihara",
      log: (l) => lines.push(l),
    });
    try {
      expect(lines.join("\n")).toMatch(/login ID : admin\n\s+パスワード \/ password : \S{12,}/);
      expect(lines.at(-1)).toBe(
        `Sekimori ready on http://localhost:${first.port} (database: pglite, profile: nishihara)`,
      );
      const health = await (await fetch(`${first.url}/api/health`)).json();
      expect(health).toMatchObject({ status: "ok", database: "pglite" });
      // The worker scheduled the daily purge.
      let queued: unknown[] = [];
      for (let i = 0; i < 100 && queued.length === 0; i++) {
        queued = await first.database.db.select().from(jobs).where(eq(jobs.kind, "sessions.purge"));
        if (!queued.length) await new Promise((r) => setTimeout(r, 100));
      }
      expect(queued).toHaveLength(1);
    } finally {
      await first.close();
    }
    await expect(fetch(`${first.url}/api/health`)).rejects.toThrow();

    const again: string[] = [];
    const second = await startServer({
      port: 0,
      dataDir: join(dir, "data"),
      databaseUrl: "",
      log: (l) => again.push(l),
    });
    try {
      expect(again.join("\n")).not.toMatch(/password/);
      // Only the mail line and the ready line: no second administrator, no password.
      expect(again.filter((l) => !l.startsWith("mail:"))).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it("refuses to start on an unknown profile, naming the file, and releases the database", async () => {
    const dataDir = join(dir, "bad");
    await expect(
      startServer({ port: 0, dataDir, databaseUrl: "", profileId: "no-such-profile", log: () => {} }),
    ).rejects.toThrow(/no-such-profile\.yaml:1/);
    // The lock was released: the same folder opens again.
    const ok = await startServer({
      port: 0,
      dataDir,
      databaseUrl: "",
      profileId: "nishihara",
      jobs: false,
      log: () => {},
    });
    await ok.close();
  });

  it("secure cookies with SEKIMORI_TLS=1 or SEKIMORI_SECURE_COOKIES=1", () => {
    expect(secureCookiesFromEnv({})).toBe(false);
    expect(secureCookiesFromEnv({ SEKIMORI_TLS: "1" })).toBe(true);
    expect(secureCookiesFromEnv({ SEKIMORI_SECURE_COOKIES: "1" })).toBe(true);
  });

  it("an instance picks up a profile switched by another instance", async () => {
    const t = await createTestApp();
    try {
      expect(t.deps.profile().id).toBe("nishihara");
      const stop = syncActiveProfile(t.deps, 20);
      await t.database.db.insert(settings).values({ key: "active_profile", value: "kamisu" });
      for (let i = 0; i < 200 && t.deps.profile().id !== "kamisu"; i++)
        await new Promise((r) => setTimeout(r, 25));
      stop();
      expect(t.deps.profile().id).toBe("kamisu");
    } finally {
      await t.close();
    }
  });
});
