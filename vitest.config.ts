import { configDefaults, defineConfig } from "vitest/config";

const ISOLATED = ["server/profile/consumers.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Both cores of the 2-core machines (vitest's default leaves one idle).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          include: [
            "server/**/*.test.ts",
            "common/**/*.test.ts",
            "bench/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          exclude: [...configDefaults.exclude, ...ISOLATED],
          // One migrated database, copied by every test file (server/test/global-setup.ts).
          globalSetup: ["server/test/global-setup.ts"],
          // The files share a worker's loaded modules instead of importing the server again each
          // (~2 s a file). Every file opens its own database, and module-level state is keyed by
          // database or restored by the file that changes it (console spies, environment).
          isolate: false,
        },
      },
      {
        extends: true,
        // Files that register test entries in the app's process-wide registries: in a shared
        // worker those entries would be seen by the files after them.
        test: { name: "server-isolated", include: [...ISOLATED] },
      },
      {
        extends: true,
        // The web files stub globals (fetch, location) and mock modules: each keeps its own.
        test: { name: "web", include: ["web/src/**/*.test.ts"] },
      },
    ],
  },
});
