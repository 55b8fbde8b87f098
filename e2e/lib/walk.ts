/**
 * The label walk: signs in as each persona of a demo organization (one demo user per distinct set
 * of duties), visits every screen the navigation offers and one record of each list, and fails on
 * text that looks like an i18n key, a raw code, an ISO timestamp or a library message. axe runs on
 * each distinct screen once (0 serious or critical violations).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DUTIES } from "../../common/duties";
import {
  CARRY_OUT_EVENT_LABELS,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STAGE_LABELS,
  INCIDENT_TIMELINE_LABELS,
  REGISTER_ENTRY_TYPE_LABELS,
  REQUEST_DECISION_LABELS,
} from "../../common/labels";
import { freshCode } from "./session";

export interface DemoUser {
  loginId: string;
  name: string;
  roles: string[];
  duties: string[];
  totpSecret: string | null;
}

export function demoUsers(): DemoUser[] {
  const file = process.env.E2E_DEMO_USERS;
  assert.ok(file, "E2E_DEMO_USERS is set by e2e/run.ts (the spec's e2e-server line asks for a demo)");
  return (JSON.parse(readFileSync(file, "utf8")) as { users: DemoUser[] }).users;
}

/** One demo user per distinct set of duties, those with the most duties first. */
export function personas(users: DemoUser[]): DemoUser[] {
  const byDuties = new Map<string, DemoUser>();
  for (const u of [...users].sort((a, b) => b.duties.length - a.duties.length)) {
    const key = [...u.duties].sort().join(",");
    if (!byDuties.has(key)) byDuties.set(key, u);
  }
  return [...byDuties.values()];
}

/**
 * A new page signed in as the demo user `loginId` (from E2E_DEMO_USERS, with E2E_DEMO_PASSWORD), for
 * the specs that run on a demo organization.
 */
export async function signedInDemo(s: { newPage(): Promise<Page> }, loginId: string): Promise<Page> {
  const user = demoUsers().find((x) => x.loginId === loginId);
  assert.ok(user, `demo user ${loginId}`);
  const page = await s.newPage();
  await signInApi(page, user, process.env.E2E_DEMO_PASSWORD ?? "");
  return page;
}

/** Signs in through the API (password, then the TOTP code when the profile demands one). */
export async function signInApi(page: Page, user: DemoUser, password: string): Promise<void> {
  await page.goto("/report");
  const code = user.totpSecret ? await freshCode(user.totpSecret) : null;
  const result = await page.evaluate(
    async ({ loginId, password, code }) => {
      const r = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ loginId, password }),
      });
      const body = (await r.json()) as { csrfToken?: string; mfaRequired?: boolean };
      if (!r.ok) return `login ${r.status}: ${JSON.stringify(body)}`;
      if (!code) return "ok";
      const m = await fetch("/api/auth/mfa/verify", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": body.csrfToken ?? "" },
        body: JSON.stringify({ code }),
      });
      return m.ok ? "ok" : `mfa ${m.status}: ${await m.text()}`;
    },
    { loginId: user.loginId, password, code },
  );
  assert.equal(result, "ok", `${user.loginId} signs in`);
}

const locales = join(dirname(fileURLToPath(import.meta.url)), "../../web/src/locales");
// "scene": the scenes' own words (locales/scenes/*.json, registered as scene.<name>.<key>).
const NAMESPACES = [
  ...Object.keys(JSON.parse(readFileSync(join(locales, "ja.json"), "utf8")) as object),
  "scene",
];
/** "dashboard.linkHelp.assets": a key of the resources printed instead of its text. */
const KEY_LIKE = new RegExp(`(?<![\\w@.-])(?:${NAMESPACES.join("|")})\\.[A-Za-z_][\\w.]*`, "g");
/** "manage_department_security", "carried_out": a snake_case code. */
const SNAKE = /(?<![\w@./-])[a-z]+(?:_[a-z0-9]+)+(?![\w@.-])/g;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g;
const LIBRARY =
  /Invalid input|expected (?:string|number)|received undefined|undefined|NaN|\[object Object\]/g;

/** Codes that must never be the whole text of an element on a Japanese screen. */
const CODES = new Set(
  [
    ...Object.keys(DUTIES),
    ...Object.keys(REQUEST_DECISION_LABELS),
    ...Object.keys(CARRY_OUT_EVENT_LABELS),
    ...Object.values(REGISTER_ENTRY_TYPE_LABELS).flatMap((l) => Object.keys(l)),
    ...Object.keys(INCIDENT_CATEGORY_LABELS),
    ...Object.keys(INCIDENT_SEVERITY_LABELS),
    ...Object.keys(INCIDENT_STAGE_LABELS),
    ...Object.keys(INCIDENT_TIMELINE_LABELS),
    "draft",
    "submitted",
    "in_use",
    "lent",
    "information",
    "document",
    "system",
    "device",
    "medium",
    "network",
    "area",
    "organization",
    "bureau",
    "department",
  ].map((c) => c.toLowerCase()),
);

export interface Finding {
  persona: string;
  path: string;
  kind: string;
  text: string;
}

/** Text of the screen that looks like a key, a code, a timestamp or a library message. */
export async function labelFindings(page: Page, persona: string, exempt: string[]): Promise<Finding[]> {
  const path = new URL(page.url()).pathname;
  const { text, leaves } = await page.evaluate(() => {
    const main = document.body;
    const leaves: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement>("*")) {
      if (el.children.length === 0 && el.offsetParent !== null) {
        const t = (el.textContent ?? "").trim();
        if (t && t.length < 40) leaves.push(t);
      }
    }
    return { text: main.innerText, leaves };
  });
  let scrubbed = text.replace(/[\w.+-]+@[\w.-]+/g, " ");
  for (const word of exempt) scrubbed = scrubbed.split(word).join(" ");
  const out: Finding[] = [];
  const add = (kind: string, re: RegExp) => {
    for (const m of scrubbed.matchAll(re)) out.push({ persona, path, kind, text: m[0] });
  };
  add("i18n key", KEY_LIKE);
  add("snake_case code", SNAKE);
  add("ISO timestamp", ISO_TIME);
  add("library text", LIBRARY);
  for (const leaf of leaves) {
    if (CODES.has(leaf.toLowerCase()) && !exempt.includes(leaf))
      out.push({ persona, path, kind: "raw code", text: leaf });
  }
  return out;
}

/** Serious and critical axe violations of the current screen, one line each. */
export async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const path = new URL(page.url()).pathname;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

/**
 * Goes to a screen inside the app (history push, as the app's own links do: no reload) and waits
 * until it has its data: no request in flight for a moment and no loader on screen.
 */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await quiet(page);
}

const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests in flight (call once per page, before navigating). */
export function trackRequests(page: Page): void {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on("request", (r) => open.add(r));
  page.on("requestfinished", (r) => open.delete(r));
  page.on("requestfailed", (r) => open.delete(r));
}

async function quiet(page: Page): Promise<void> {
  const open = inFlight.get(page);
  const deadline = Date.now() + 20_000;
  let calmSince = 0;
  while (Date.now() < deadline) {
    const busy = (open?.size ?? 0) > 0 || (await page.locator(".mantine-Loader-root").count()) > 0;
    if (busy) calmSince = 0;
    else if (!calmSince) calmSince = Date.now();
    else if (Date.now() - calmSince >= 250) return;
    await page.waitForTimeout(50);
  }
}

/** The screens the navigation offers this persona. */
export async function navTargets(page: Page): Promise<string[]> {
  await page.goto("/");
  await page.getByRole("navigation").first().waitFor();
  const hrefs = await page
    .locator('nav [data-testid^="nav-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => h.startsWith("/")))];
}

const DETAIL =
  /^\/(assets|requests|incidents|org\/people|org\/transfers|org\/separations|training\/sessions)\/[0-9a-f-]{36}$/;

/** One detail screen per kind of record the list screens link to. */
export async function detailTargets(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  return hrefs.filter((h) => DETAIL.test(h));
}

export function detailKind(href: string): string {
  return href.replace(/\/[0-9a-f-]{36}$/, "/:id");
}
