// e2e-server: profile=nishihara demo oidc
/**
 * Issue 18 item 5: single sign-on through the organization's OpenID provider, in Chromium. A staff
 * member presses the provider's button on Sekimori's sign-in screen, signs in on the provider's own
 * pages (a real `oidc-provider` process, e2e/lib/oidc-provider.mjs), comes back, and — 西原村's
 * policy asking every user for a second factor and the provider asserting none — gives Sekimori's
 * TOTP code before the session opens. A subject with no Sekimori login comes back refused, with
 * the reason on the sign-in screen and no session.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { call, freshCode } from "./lib/session";
import { demoUsers } from "./lib/walk";

const ISSUER = process.env.E2E_OIDC_ISSUER ?? "";

/** From Sekimori's sign-in screen through the provider's login and consent pages, back to Sekimori. */
async function throughProvider(page: Page, login: string) {
  await page.goto("/");
  await page.getByTestId("login-banner").waitFor();
  await page.getByTestId("sso-start").click();
  await page.waitForURL((u) => u.href.startsWith(ISSUER));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("provider-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The provider asks the user to let Sekimori have the claims (first visit of this client).
  const consent = page.getByRole("button", { name: "Continue" });
  await page.waitForURL((u) => !u.href.startsWith(ISSUER) || u.pathname.includes("/interaction/"));
  if (page.url().startsWith(ISSUER)) await consent.click();
  await page.waitForURL((u) => !u.href.startsWith(ISSUER));
}

scenario("single sign-on through an OpenID provider", (step) => {
  step("a staff member signs in through the provider, then gives Sekimori's TOTP code", async (s) => {
    assert.ok(ISSUER, "E2E_OIDC_ISSUER is set by e2e/run.ts (the spec's e2e-server line says oidc)");
    const user = demoUsers().find((u) => u.loginId === "staff01");
    assert.ok(user?.totpSecret, "the 西原村 demo has staff01 with TOTP");
    const page = await s.newPage();
    await throughProvider(page, user.loginId);
    // Back on the sign-in screen with the code step: the provider asserted no second factor.
    await page.waitForURL(/\/login\?sso=mfa/);
    await page.getByTestId("mfa-code").fill(await freshCode(user.totpSecret));
    await page.getByTestId("mfa-submit").click();
    await page.getByTestId("logout").waitFor();
    const me = await call<{ user: { loginId: string } }>(page, "GET", "/api/auth/me");
    assert.equal(me.user.loginId, user.loginId, "the session is the provider's subject's");
  });

  step("a subject with no Sekimori login is refused with the reason, and no session opens", async (s) => {
    const page = await s.newPage();
    await throughProvider(page, "nobody-at-sekimori");
    await page.waitForURL(/sso_error=unknown_user/);
    await page.getByTestId("sso-error").waitFor();
    assert.match((await page.getByTestId("sso-error").innerText()) ?? "", /ログインがありません/);
    const me = await page.evaluate(async () => (await fetch("/api/auth/me")).status);
    assert.equal(me, 401, "no session");
  });
});
