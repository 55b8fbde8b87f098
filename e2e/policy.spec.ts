// e2e-server: profile=kawasaki demo
/**
 * Issue 3 end to end, in Debian Chromium against a server that e2e/run.ts started with
 * SEKIMORI_PROFILE=kawasaki after loading 川崎市's demo organization (see the line above): a demo
 * user signs in with the demo password and its TOTP secret; the ポリシー screen shows 区分Ⅰ as the
 * highest confidentiality level, a clause citation opens the clause text, every role has a holder,
 * and the coverage tab shows 0 unmapped obligations.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { freshCode } from "./lib/session";

interface DemoUser {
  loginId: string;
  name: string;
  roles: string[];
  duties: string[];
  totpSecret: string | null;
}

const state: { page?: Page; user?: DemoUser; api?: Record<string, unknown> } = {};

function demoUsers(): DemoUser[] {
  const file = process.env.E2E_DEMO_USERS;
  assert.ok(file, "E2E_DEMO_USERS is set by e2e/run.ts (the spec's e2e-server line asks for a demo)");
  return (JSON.parse(readFileSync(file, "utf8")) as { users: DemoUser[] }).users;
}

scenario("issue 3: 川崎市's policy on the ポリシー screen", (step) => {
  step("a demo user of 川崎市 signs in with the demo password and its TOTP secret", async (s) => {
    const user = demoUsers().find((u) => u.loginId === "admin");
    assert.ok(user, "the demo has an admin login");
    assert.ok(
      user.totpSecret,
      "the administrator's duties require MFA under 川崎市's profile: a TOTP secret is enrolled",
    );
    state.user = user;
    const page = await s.newPage();
    state.page = page;
    await page.goto("/");
    await page.getByTestId("login-banner").waitFor();
    await page.getByTestId("login-id").fill(user.loginId);
    await page.getByTestId("login-password").fill(process.env.E2E_DEMO_PASSWORD ?? "");
    await page.getByTestId("login-submit").click();
    await page.getByTestId("mfa-form").waitFor();
    await page.getByTestId("mfa-code").fill(await freshCode(user.totpSecret));
    await page.getByTestId("mfa-submit").click();
    await page.getByRole("navigation").first().waitFor();
    // Demo passwords are permanent: no forced change.
    assert.equal(await page.getByTestId("forced-password-change").count(), 0);
  });

  step("the ポリシー screen shows 川崎市's profile and a holder for every role", async () => {
    const page = state.page as Page;
    await page.getByTestId("nav-policy").click();
    await page.getByTestId("policy-profile-name").waitFor();
    assert.match(await page.getByTestId("policy-profile-name").innerText(), /川崎市/);
    state.api = await page.evaluate(async () => (await fetch("/api/profile")).json());
    const roles = page.getByTestId("policy-role-row");
    await roles.first().waitFor();
    const apiRoles = ((state.api?.roles ?? []) as { key: string }[]).map((r) => r.key);
    assert.equal(await roles.count(), apiRoles.length, "one row per role of the profile");
    // Holders come from the demo: no role is vacant.
    await page.getByTestId("policy-roles").getByRole("link").first().waitFor();
    for (const key of apiRoles) {
      const row = page.locator(`[data-testid="policy-role-row"][data-role="${key}"]`);
      assert.equal((await row.getByRole("link").count()) > 0, true, `role ${key} has a holder on screen`);
    }
  });

  step("区分Ⅰ is shown as the highest confidentiality level", async () => {
    const page = state.page as Page;
    await page.getByTestId("policy-tab-classification").click();
    const scheme = page.getByTestId("policy-scheme-confidentiality");
    await scheme.waitFor();
    const highest = scheme.getByTestId("policy-highest");
    assert.equal(await highest.count(), 1, "exactly one level is marked highest");
    const row = scheme.getByTestId("policy-level").filter({ has: page.getByTestId("policy-highest") });
    assert.equal(await row.getAttribute("data-level"), "I");
    assert.match(await row.innerText(), /区分Ⅰ/);
    // The table lists the levels highest first: 区分Ⅰ, 区分Ⅱ, 区分Ⅲ.
    const order = await scheme
      .getByTestId("policy-level")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-level")));
    assert.deepEqual(order, ["I", "II", "III"]);
  });

  step("clicking a clause citation shows the clause text", async () => {
    const page = state.page as Page;
    const link = page.getByTestId("policy-scheme-confidentiality").getByTestId("clause-link").first();
    const clauseId = (await link.getAttribute("data-clause")) ?? "";
    assert.match(clauseId, /^kawasaki:/, "the citation points into 川崎市's clause catalog");
    await link.click();
    const text = page.getByTestId("clause-text");
    await text.waitFor();
    const shown = await text.innerText();
    assert.ok(shown.includes(clauseId), "the clause id is shown");
    const api = (await page.evaluate(
      async (id) => (await fetch(`/api/profile/clauses/${encodeURIComponent(id)}`)).json(),
      clauseId,
    )) as { text: string };
    const firstWords = api.text
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 12);
    assert.ok(firstWords.length > 0, "the clause has text");
    assert.ok(shown.replace(/\s+/g, " ").includes(firstWords), `the clause text is shown (${firstWords}…)`);
    await page.keyboard.press("Escape");
    await text.waitFor({ state: "detached" });
  });

  step("the coverage tab shows 0 unmapped obligations", async () => {
    const page = state.page as Page;
    await page.getByTestId("policy-tab-coverage").click();
    await page.getByTestId("policy-coverage").waitFor();
    assert.equal((await page.getByTestId("coverage-unmapped").innerText()).trim(), "0");
    const total = Number((await page.getByTestId("coverage-total").innerText()).trim());
    const coverage = state.api?.coverage as { total: number; unmapped: string[] };
    assert.equal(total, coverage.total);
    assert.ok(total > 100, `川崎市's catalog has its obligations (${total})`);
    assert.deepEqual(coverage.unmapped, []);
  });
});
