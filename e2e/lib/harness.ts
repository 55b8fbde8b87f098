/**
 * Scenarios on @playwright/test: a scenario is a serial describe block whose steps are tests that
 * run in order (after a failure the rest are skipped: they depend on it). The browser is the
 * runner's (Debian Chromium, see playwright.config.ts), which screenshots the open pages of a
 * failing step and keeps its trace under test-results/. Requests to any other origin fail the step
 * (the app must be self-contained).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, type Page, test } from "@playwright/test";

/** test-results/ at the repository root: screenshots scenarios take on purpose go here too. */
export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test-results");

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:8080";
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "";

export interface ScenarioContext {
  browser: Browser;
  /** A fresh browser context (cookies of its own) with Japanese locale and the base URL. */
  newPage(): Promise<Page>;
}

type Step = (s: ScenarioContext) => Promise<void>;

export function scenario(name: string, define: (step: (title: string, fn: Step) => void) => void): void {
  const steps: Array<{ title: string; fn: Step }> = [];
  define((title, fn) => steps.push({ title, fn }));

  test.describe
    .serial(name, () => {
      let browser: Browser;
      const contexts: BrowserContext[] = [];
      const outsideRequests: string[] = [];

      test.beforeAll(async ({ browser: b }) => {
        browser = b;
      });
      test.afterAll(async () => {
        for (const context of contexts) await context.close().catch(() => undefined);
      });

      const ctx: ScenarioContext = {
        get browser() {
          return browser;
        },
        async newPage() {
          const context = await browser.newContext({
            baseURL: BASE_URL,
            locale: "ja-JP",
            timezoneId: "Asia/Tokyo",
          });
          context.setDefaultTimeout(15_000);
          contexts.push(context);
          const origin = new URL(BASE_URL).origin;
          await context.route("**/*", (route) => {
            const url = route.request().url();
            if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:"))
              return route.continue();
            outsideRequests.push(url);
            return route.abort();
          });
          return context.newPage();
        },
      };

      for (const { title, fn } of steps) {
        test(title, async () => {
          // On failure the runner screenshots the open pages and keeps the trace (playwright.config.ts).
          await fn(ctx);
          if (outsideRequests.length)
            throw new Error(`requests left the server's origin: ${outsideRequests.join(", ")}`);
        });
      }
    });
}
