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
          // The organization's OpenID provider (a spec with `oidc` on its e2e-server line) is the
          // one other origin the browser may visit; what the provider's own pages fetch from
          // elsewhere (its dev login page's web font) is refused but is not the app's doing.
          const idp = process.env.E2E_OIDC_ISSUER ? new URL(process.env.E2E_OIDC_ISSUER).origin : null;
          await context.route("**/*", (route) => {
            const url = route.request().url();
            if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:"))
              return route.continue();
            if (idp && url.startsWith(idp)) return route.continue();
            if (idp && route.request().frame().url().startsWith(idp)) return route.abort();
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
