// e2e-server: profile=kawasaki demo
/**
 * Issue 14: main flows by keyboard only, with the focus visible at every stop — a staff member
 * signs in, opens 申請する from the navigation, chooses a kind, fills the form and submits it; the
 * 課長 the request waits for opens 承認待ち from the navigation, the request from the list, and
 * approves it; then the staff member reports an incident from the navigation with a 和暦 date.
 * No mouse click anywhere.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { byHref, byTestId, focusStop, signInWithKeyboard, tabTo } from "./lib/keyboard";
import { freshCode } from "./lib/session";
import { demoUsers } from "./lib/walk";

const state: { page?: Page; requestId?: string } = {};

scenario("keyboard only: file a request and report an incident", (step) => {
  step("a staff member signs in with the keyboard", async (s) => {
    const user = demoUsers().find((u) => u.loginId === "staff01");
    assert.ok(user, "the 川崎市 demo has staff01");
    const page = await s.newPage();
    await signInWithKeyboard(page, user, process.env.E2E_DEMO_PASSWORD ?? "");
    state.page = page;
  });

  step(
    "files a software installation request: navigation, kind, fields and submit by Tab and Enter",
    async () => {
      const page = state.page as Page;
      await tabTo(page, byHref("/requests/new"), "the 申請する link");
      await page.keyboard.press("Enter");
      await page.getByTestId("request-kind-software_install").waitFor();
      await tabTo(page, byTestId("request-kind-software_install"), "the kind 「ソフトウェアを導入したい」");
      await page.keyboard.press("Enter");
      assert.equal(
        await page.getByTestId("request-kind-software_install").getAttribute("aria-pressed"),
        "true",
      );
      await page.getByTestId("request-field-softwareName").waitFor();
      await tabTo(page, byTestId("request-field-softwareName"), "the software name");
      await page.keyboard.type("帳票作成ツール");
      // 川崎市 第9章6(1): whether the city already recognised the software decides the chain; a
      // recognised one asks one approval (第4章3(1)オ). Chosen by the arrow keys and Enter.
      await page.keyboard.press("Tab");
      assert.equal((await focusStop(page)).testId, "request-field-softwareStatus");
      await page.keyboard.press("ArrowDown");
      const recognised = page.getByRole("option", { name: "既に認められたもの" });
      await recognised.waitFor();
      for (let i = 0; i < 3 && (await recognised.getAttribute("data-combobox-selected")) === null; i++)
        await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      assert.equal(await page.getByTestId("request-field-softwareStatus").inputValue(), "既に認められたもの");
      await page.keyboard.press("Tab");
      assert.equal((await focusStop(page)).testId, "request-field-vendor");
      await page.keyboard.type("帳票システム株式会社");
      await page.keyboard.press("Tab");
      assert.equal((await focusStop(page)).testId, "request-field-version");
      await page.keyboard.type("2.1");
      await tabTo(page, byTestId("request-field-purpose"), "the purpose");
      await page.keyboard.type("窓口の帳票を作成するため");
      await tabTo(page, byTestId("request-submit"), "the submit button");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await page.getByTestId("request-status").waitFor();
      state.requestId = page.url().split("/").pop();
    },
  );

  step("the 課長 it waits for approves it: 承認待ち, the request and 承認, by Tab and Enter", async (s) => {
    const id = state.requestId as string;
    // Who may decide step 1, as the request itself names them (the profile's approve_software_install).
    const view = (await (state.page as Page).evaluate(
      async (path) => (await fetch(path, { credentials: "same-origin" })).json(),
      `/api/requests/${id}`,
    )) as { data: { approvers: { step: number; people: { name: string }[] }[] } };
    const names = view.data.approvers.find((a) => a.step === 1)?.people.map((p) => p.name) ?? [];
    const approver = demoUsers().find((u) => names.includes(u.name));
    assert.ok(approver, `a demo login among the approvers (${names.join("、")})`);
    const page = await s.newPage();
    await signInWithKeyboard(page, approver, process.env.E2E_DEMO_PASSWORD ?? "");
    await tabTo(page, byHref("/requests/waiting"), "the 承認待ち link");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/requests\/waiting$/);
    await page.locator(`a[href="/requests/${id}"]`).waitFor();
    await tabTo(page, byHref(`/requests/${id}`), "the request in the list");
    await page.keyboard.press("Enter");
    await page.getByTestId("request-approve").waitFor();
    await tabTo(page, byTestId("request-approve"), "the 承認 button");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="request-status"][data-status="approved"]').waitFor();
  });

  step("reports an incident with a 和暦 date, by Tab, typing and Enter", async () => {
    const page = state.page as Page;
    await tabTo(page, byHref("/incidents/new"), "the インシデントを報告 link");
    await page.keyboard.press("Enter");
    await page.getByTestId("incident-summary").waitFor();
    await tabTo(page, byTestId("incident-summary"), "the summary");
    await page.keyboard.type("USBメモリの紛失");
    await tabTo(page, byTestId("incident-details"), "the details");
    await page.keyboard.type("庁舎内で業務用USBメモリが見当たらない。");
    await tabTo(page, byTestId("incident-occurred-at"), "the date it happened");
    await page.keyboard.type("R8.4.1");
    await page.keyboard.press("Tab");
    assert.equal((await focusStop(page)).testId, "incident-occurred-at-time");
    assert.match(await page.getByTestId("incident-occurred-at").inputValue(), /令和8年4月1日/);
    await tabTo(page, byTestId("incident-submit"), "the report button");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
  });
});

scenario("sign-in: the owner clears a password lock with the authenticator code (#12)", (step) => {
  step("wrong passwords lock the login; the password with a code clears it and signs in", async (s) => {
    const user = demoUsers().find((u) => u.totpSecret && u.loginId !== "staff01");
    assert.ok(user?.totpSecret, "the 川崎市 demo has a login with an authenticator");
    const page = await s.newPage();
    await page.goto("/");
    await page.getByTestId("login-id").fill(user.loginId);
    // Six wrong passwords pass the profile's lockout threshold (5); a locked login answers like a
    // wrong password, so even the right one alone is then refused.
    for (const password of ["wrong-1", "wrong-2", "wrong-3", "wrong-4", "wrong-5", "wrong-6"]) {
      await page.getByTestId("login-password").fill(password);
      await page.getByTestId("login-submit").click();
      await page.getByTestId("login-error").waitFor();
    }
    await page.getByTestId("login-password").fill(process.env.E2E_DEMO_PASSWORD ?? "");
    await page.getByTestId("login-submit").click();
    await page.getByTestId("login-error").waitFor();
    assert.equal(await page.getByRole("navigation").count(), 0, "still signed out");
    await page.getByTestId("login-unlock-toggle").click();
    await page.getByTestId("login-unlock-code").fill(await freshCode(user.totpSecret));
    assert.match((await page.getByTestId("login-submit").textContent()) ?? "", /ロックを解除|Clear the lock/);
    await page.getByTestId("login-submit").click();
    await page.getByRole("navigation").first().waitFor();
  });
});
