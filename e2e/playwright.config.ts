/**
 * @playwright/test configuration. e2e/run.ts starts the server(s) and calls the runner with the
 * spec files of each server group; the browser is Debian Chromium (never downloaded). Failures
 * leave their screenshots and traces in test-results/ (`npx playwright show-trace <zip>`).
 */
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./lib/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // e2e/run.ts gives each server group its own directory (groups run side by side).
  outputDir: process.env.E2E_OUTPUT_DIR ?? "../test-results/playwright",
  // One worker: the scenarios of a group share one server and one database, in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:8080",
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    actionTimeout: 15_000,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
});
