// e2e-server: profile=nishihara demo fresh
/**
 * Issue 18 item 3 end to end, in Debian Chromium against the real server: a staff member has an
 * IC card and is looking at their page; a colleague reports the card lost on screen by its number;
 * at that moment the holder is signed out (their next request is anonymous and the app shows the
 * sign-in form), the card shows as lost, and the incident number is shown to the reporter.
 * A server of its own (`fresh`): the loss ends the demo holder's sessions.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const CARD = `IC-E2E-${Date.now().toString(36).slice(-5)}`.toUpperCase();
const state: { holder?: Page; reporter?: Page; admin?: Page } = {};

function pick(users: DemoUser[], test: (u: DemoUser) => boolean, not: DemoUser[] = []): DemoUser {
  const u = users.find((x) => test(x) && !not.includes(x));
  assert.ok(u, "the demo has such a user");
  return u;
}

scenario("issue 18: a lost IC card is reported and its holder is signed out at once", (step) => {
  const users = demoUsers();
  const admin = pick(users, (u) => u.duties.includes("administer_system"));
  const holder = pick(users, (u) => u.roles.length === 0, [admin]);
  // A colleague who may not see the card (neither its holder nor a keeper of its 課): the answer
  // must not tell them whether the number is in use (#12); a keeper would get the full outcome.
  const reporter = pick(users, (u) => u.roles.length === 0, [admin, holder]);

  step("the system administrator issues the holder a card", async (s) => {
    state.admin = await s.newPage();
    await signInApi(state.admin, admin, PASSWORD);
    state.holder = await s.newPage();
    await signInApi(state.holder, holder, PASSWORD);
    const me = await call<{ user: { personId: string } }>(state.holder, "GET", "/api/auth/me");
    await call(state.admin, "POST", "/api/accounts/ic-cards", {
      cardNumber: CARD,
      personId: me.user.personId,
      issuedOn: "2026-04-01",
    });
  });

  step("the holder sees the card on their page", async () => {
    const page = state.holder as Page;
    await page.goto("/accounts");
    await page.getByTestId("my-cards").getByText(CARD).waitFor();
    await page.getByTestId("my-cards").getByText("使用中").waitFor();
  });

  step("a colleague reports it lost by its number, on screen", async (s) => {
    const page = await s.newPage();
    state.reporter = page;
    await signInApi(page, reporter, PASSWORD);
    await page.goto("/accounts");
    const form = page.getByTestId("loss-by-number");
    await form.getByTestId("loss-card-number").fill(CARD);
    await form
      .getByTestId("loss-circumstances")
      .fill("会議室の机に置き忘れられていたが、持ち主が見つからない");
    await form.getByTestId("loss-submit").click();
    const done = page.getByTestId("loss-done");
    await done.waitFor();
    // Someone else's card: the same words whether the number is registered or not (#12).
    assert.match((await done.textContent()) ?? "", /受付番号 .*使用中のカードであれば/);
  });

  step("the holder is signed out at once: the next screen is the sign-in form", async () => {
    const page = state.holder as Page;
    const res = await page.evaluate(async () => (await fetch("/api/auth/me")).status);
    assert.equal(res, 401);
    await page.goto("/accounts");
    await page.getByTestId("login-id").waitFor();
  });

  step("the card is recorded as lost", async () => {
    const cards = await call<{
      data: Array<{ cardNumber: string; state: string; incidentId: string | null }>;
    }>(state.admin as Page, "GET", "/api/accounts/ic-cards");
    const card = cards.data.find((c) => c.cardNumber === CARD);
    assert.equal(card?.state, "lost");
    assert.ok(card?.incidentId, "an incident was opened");
  });
});
