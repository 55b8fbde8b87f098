/** Session steps the scenarios share: TOTP codes, API calls from a page, a staff member's first sign-in. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { generate } from "otplib";

export interface Account {
  loginId: string;
  personId?: string;
  /** The temporary password the administrator was shown. */
  temp?: string;
  /** The TOTP secret enrolled at the first sign-in. */
  secret?: string;
  page?: Page;
}

// The last code used per secret, kept in a file of the Playwright run (the workers' parent process):
// a worker restarted after a failed test must not send a code the server has already accepted.
const usedCodesFile = join(tmpdir(), `sekimori-e2e-totp-${process.ppid}.json`);

function usedCodes(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(usedCodesFile, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

/** A TOTP code not yet used with this secret (the server accepts each time step once per user). */
export async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const code = await generate({ secret });
    const used = usedCodes();
    if (code !== used[secret]) {
      writeFileSync(usedCodesFile, JSON.stringify({ ...used, [secret]: code }));
      return code;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** A JSON API call from the page's session (cookie + CSRF token of /api/auth/me). */
export async function call<T = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await page.evaluate(
    async ({ method, path, body }) => {
      const me = await fetch("/api/auth/me");
      const csrf = me.ok ? ((await me.json()) as { csrfToken: string }).csrfToken : "";
      const r = await fetch(path, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, text: await r.text() };
    },
    { method, path, body },
  );
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${res.text}`);
  return JSON.parse(res.text) as T;
}

/**
 * Signs a person in through the API in a fresh browser context: temporary password → `password`,
 * TOTP enrolled (the secret is kept on `who`). A person already signed in by an earlier step keeps
 * that session (their temporary password is spent).
 */
export async function signInStaff(
  s: { newPage(): Promise<Page> },
  who: Account,
  password: string,
): Promise<Page> {
  if (who.page) return who.page;
  const page = await s.newPage();
  await page.goto("/report"); // any page of the app, to run fetch from its origin
  const first = await page.evaluate(
    async ({ loginId, password }) => {
      const r = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ loginId, password }),
      });
      return (await r.json()) as { csrfToken: string };
    },
    { loginId: who.loginId, password: who.temp as string },
  );
  assert.ok(first.csrfToken, "signed in with the temporary password");
  await call(page, "POST", "/api/auth/password", { currentPassword: who.temp, newPassword: password });
  const setup = await call<{ secret: string }>(page, "POST", "/api/auth/mfa/setup", {});
  who.secret = setup.secret;
  await call(page, "POST", "/api/auth/mfa/enable", { code: await freshCode(setup.secret) });
  who.page = page;
  return page;
}
