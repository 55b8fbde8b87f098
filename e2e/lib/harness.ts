/**
 * A tiny harness over node:test for browser scenarios: one Chromium (Debian, never downloaded),
 * steps that run in order and are skipped after the first failure, and a full-page screenshot
 * into test-results/ when a step fails.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const RESULTS_DIR = join(root, "test-results");

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:8080";
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? "";

/** Launch flags known to work with Debian Chromium here (STACK.md). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export interface ScenarioContext {
  browser: Browser;
  /** A fresh browser context (cookies of its own) with Japanese locale and the base URL. */
  newPage(): Promise<Page>;
}

type Step = (s: ScenarioContext) => Promise<void>;

/**
 * Declares a scenario: its steps run in order as subtests; after a failure the remaining steps
 * are skipped (they depend on it). Every page opened with `newPage()` is screenshotted when a
 * step fails, and requests to any other origin fail the step (the app must be self-contained).
 */
export function scenario(name: string, define: (step: (title: string, fn: Step) => void) => void): void {
  const steps: Array<{ title: string; fn: Step }> = [];
  define((title, fn) => steps.push({ title, fn }));
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const outsideRequests: string[] = [];

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
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

  test(name, async (t) => {
    let failed = false;
    for (const [index, { title, fn }] of steps.entries()) {
      await t.test(title, { skip: failed ? "an earlier step failed" : false }, async () => {
        try {
          await fn(ctx);
          if (outsideRequests.length) {
            throw new Error(`requests left the server's origin: ${outsideRequests.join(", ")}`);
          }
        } catch (err) {
          failed = true;
          await screenshotAll(contexts, `${slug(name)}-${String(index + 1).padStart(2, "0")}-${slug(title)}`);
          throw err;
        }
      });
    }
  });
}

async function screenshotAll(contexts: BrowserContext[], base: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  let n = 0;
  for (const context of contexts) {
    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      const file = join(RESULTS_DIR, `${base}${n ? `-${n}` : ""}.png`);
      n++;
      try {
        await page.screenshot({ path: file, fullPage: true });
        console.error(`  screenshot: ${file} (${page.url()})`);
      } catch {
        // page gone
      }
    }
  }
}

function slug(s: string): string {
  return (
    s
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "step"
  );
}
