// e2e-server: profile=nishihara demo fresh
/**
 * 西原村 対策基準 7.2(1)②(イ) end to end, in Debian Chromium against the real server: a staff
 * member asks on "my accounts" for the deletion of an ID they no longer need; the system's keeper
 * (the 課長) sees the ask on the systems screen and keeps the ID with a reason; the holder sees the answer
 * and the reason on their page. A server of its own (`fresh`): it registers a demo system.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { errorAt } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const LOGIN = `e2e-${Date.now().toString(36).slice(-5)}`;
const state: { holder?: Page; admin?: Page } = {};

function pick(users: DemoUser[], test: (u: DemoUser) => boolean, not: DemoUser[] = []): DemoUser {
  const u = users.find((x) => test(x) && !not.includes(x));
  assert.ok(u, "the demo has such a user");
  return u;
}

scenario("issue 18: a deletion ask is answered by the system's keeper and the holder sees it", (step) => {
  const users = demoUsers();
  // The 課長 keeps their 課's systems and IDs (access.ts KEEPER_DUTIES): they register one and answer.
  const admin = pick(
    users,
    (u) => u.duties.includes("manage_department_security") && !u.duties.includes("manage_network"),
  );
  const holder = pick(users, (u) => u.roles.length === 0, [admin]);

  step("the 課長 registers a system of their 課 and an ID of the holder", async (s) => {
    state.admin = await s.newPage();
    await signInApi(state.admin, admin, PASSWORD);
    state.holder = await s.newPage();
    await signInApi(state.holder, holder, PASSWORD);
    const me = await call<{ user: { personId: string } }>(state.holder, "GET", "/api/auth/me");
    const head = await call<{ user: { personId: string; departmentId: string } }>(
      state.admin,
      "GET",
      "/api/auth/me",
    );
    const asset = await call<{ data: { id: string } }>(state.admin, "POST", "/api/assets", {
      assetNumber: `SYS-${LOGIN}`,
      name: "窓口予約システム（e2e）",
      kind: "system",
      departmentId: head.user.departmentId,
      custodianPersonId: head.user.personId,
      confidentiality: "2",
      integrity: "2",
      availability: "2",
    });
    const system = await call<{ data: { id: string } }>(state.admin, "POST", "/api/accounts/systems", {
      assetId: asset.data.id,
    });
    await call(state.admin, "POST", "/api/accounts/accounts", {
      systemId: system.data.id,
      loginName: LOGIN,
      holderKind: "person",
      personId: me.user.personId,
    });
  });

  step("the holder asks for its deletion on their page", async () => {
    const page = state.holder as Page;
    await page.goto("/accounts");
    const row = page.getByTestId("my-ids").getByRole("row").filter({ hasText: LOGIN });
    await row.getByTestId("ask-deletion").click();
    await page.getByTestId("deletion-reason").fill("担当替えで不要になった");
    await page.getByTestId("deletion-submit").click();
    await row.getByTestId("deletion-requested").waitFor();
  });

  step("the 課長 sees the ask and keeps the ID, giving the reason", async () => {
    const page = state.admin as Page;
    await page.goto("/accounts/systems");
    const row = page.getByTestId("deletion-asks").getByRole("row").filter({ hasText: LOGIN });
    await row.getByText("担当替えで不要になった").waitFor();
    await row.getByTestId("deletion-answer").click();
    // Keeping it without a reason is refused at the field.
    await page.getByTestId("deletion-answer-keep").click();
    await page.getByTestId("deletion-answer-error").waitFor();
    assert.match(await errorAt(page, page.getByTestId("deletion-answer-note")), /理由を記入/);
    await page.getByTestId("deletion-answer-note").fill("年度末の決算処理まで使用する");
    await page.getByTestId("deletion-answer-keep").click();
    await page.getByTestId("deletion-asks").waitFor({ state: "detached" });
  });

  step("the holder sees the answer and the reason on their page", async () => {
    const page = state.holder as Page;
    await page.goto("/accounts");
    const row = page.getByTestId("my-ids").getByRole("row").filter({ hasText: LOGIN });
    const answer = row.getByTestId("deletion-answered");
    await answer.waitFor();
    assert.match((await answer.textContent()) ?? "", /削除しない.*年度末の決算処理まで使用する/s);
  });
});
