// e2e-server: profile=kawasaki demo
/**
 * Issue 14 item 3 end to end, 川崎市 demo: the forms on useActionForm as a clerk uses them. The
 * administrator records a deputy for the 情報監理者 (an empty save marks the required fields, an end before the start
 * says so at the end date, the server's refusal of a person as their own deputy lands at the deputy
 * field) and plans a transfer (a row without a person is marked in that row); the 情報統括監理者
 * plans an audit (the missing title and auditor are marked at their fields). Values stay as typed
 * after each error.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "@playwright/test";
import { addDays, fiscalYear, todayJst } from "../common/calendar";
import { scenario } from "./lib/harness";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const password = process.env.E2E_DEMO_PASSWORD ?? "";
const today = todayJst();
const state: { users?: DemoUser[]; admin?: Page } = {};

function user(loginId: string): DemoUser {
  const u = state.users?.find((x) => x.loginId === loginId);
  assert.ok(u, `demo user ${loginId}`);
  return u;
}

/** The message Mantine shows at a field: the element its input names in aria-describedby. */
async function errorAt(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(/\s+/);
  const id = ids.find((x) => x.endsWith("-error"));
  assert.ok(id, "the field names its error message");
  return page.locator(`[id="${id}"]`).innerText();
}

async function pickPerson(page: Page, input: Locator, name: string): Promise<void> {
  await input.click();
  await input.fill(name);
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
}

async function typeDate(input: Locator, iso: string): Promise<void> {
  await input.fill(iso);
  await input.press("Tab");
}

scenario("issue 14: forms that explain themselves (deputy, transfer, audit plan)", (step) => {
  step(
    "a deputy: required fields, the end before the start, the server's refusal at its field",
    async (s) => {
      state.users = demoUsers();
      const page = await s.newPage();
      state.admin = page;
      await signInApi(page, user("admin"), password);
      await page.goto("/org/deputies");
      await page.getByTestId("deputy-new").click();
      const form = page.getByTestId("deputy-form");
      await page.getByTestId("deputy-save").click();
      // Each required field says so at the field, in Japanese, naming itself; nothing was sent.
      assert.match(await errorAt(page, page.getByTestId("deputy-reason")), /入力してください/);
      assert.match(await errorAt(page, form.getByTestId("deputy-to")), /./);
      const principal = user("supervisor").name;
      await pickPerson(page, form.getByTestId("deputy-principal"), principal);
      // The same person as their own deputy: only the server knows to refuse it.
      await pickPerson(page, form.getByTestId("deputy-person"), principal);
      await typeDate(form.getByTestId("deputy-from"), addDays(today, 7));
      await typeDate(form.getByTestId("deputy-to"), addDays(today, 3));
      await form.getByTestId("deputy-reason").fill("出張中の代行");
      await page.getByTestId("deputy-save").click();
      assert.match(await errorAt(page, form.getByTestId("deputy-to")), /開始日/);
      // In force from today, so the list of current deputies shows it once saved.
      await typeDate(form.getByTestId("deputy-from"), today);
      await typeDate(form.getByTestId("deputy-to"), addDays(today, 14));
      await page.getByTestId("deputy-save").click();
      assert.match(await errorAt(page, form.getByTestId("deputy-person")), /代行者/);
      // What was typed is kept: the reason is still there.
      assert.equal(await form.getByTestId("deputy-reason").inputValue(), "出張中の代行");
      await pickPerson(page, form.getByTestId("deputy-person"), user("inspector").name);
      await page.getByTestId("deputy-save").click();
      await page.getByTestId("deputy-row").filter({ hasText: principal }).first().waitFor();
    },
  );

  step("a transfer: the title and a row without a person are marked where they are", async () => {
    const page = state.admin as Page;
    await page.goto("/org/transfers");
    await page.getByTestId("transfer-new").click();
    const form = page.getByTestId("transfer-form");
    await page.getByTestId("transfer-save").click();
    assert.match(await errorAt(page, form.getByTestId("transfer-title")), /入力してください/);
    const row = form.getByTestId("transfer-item").first();
    const person = row.getByTestId("transfer-person");
    assert.match(await errorAt(page, person), /./);
    await form.getByTestId("transfer-title").fill("令和8年度 4月1日付 人事異動（一部）");
    await pickPerson(page, person, user("staff01").name);
    const to = row.getByTestId("transfer-to");
    await to.click();
    await to.fill("財政課");
    await page
      .getByRole("option", { name: /財政課/ })
      .first()
      .click();
    await page.getByTestId("transfer-save").click();
    await page.waitForURL(/\/org\/transfers\/[0-9a-f-]{36}$/);
    await page.getByTestId("transfer-status").waitFor();
    await page.context().close();
  });

  step(
    "an audit plan: the missing title and auditor are marked at their fields, then it is planned",
    async (s) => {
      const page = await s.newPage();
      await signInApi(page, user("cio"), password);
      await page.goto("/assurance/audits");
      await page.getByTestId("audit-plan").click();
      const form = page.getByTestId("audit-plan-form");
      await page.getByTestId("audit-plan-save").click();
      assert.match(await errorAt(page, form.getByTestId("audit-title")), /入力してください/);
      const auditor = form.getByTestId("audit-auditor").first();
      assert.match(await errorAt(page, auditor), /./);
      const title = `情報セキュリティ監査 ${fiscalYear(new Date())} 画面から`;
      await form.getByTestId("audit-title").fill(title);
      const units = form.getByTestId("audit-units");
      await units.click();
      await units.fill("市民税課");
      await page
        .getByRole("option", { name: /市民税課/ })
        .first()
        .click();
      await units.press("Escape");
      await typeDate(form.getByTestId("audit-periodFrom"), `${fiscalYear(new Date())}-04-01`);
      await typeDate(form.getByTestId("audit-periodTo"), today);
      await typeDate(form.getByTestId("audit-startDate"), today);
      await typeDate(form.getByTestId("audit-endDate"), addDays(today, 30));
      // The title typed before the error is still there.
      assert.equal(await form.getByTestId("audit-title").inputValue(), title);
      await pickPerson(page, auditor, user("auditor").name);
      await page.getByTestId("audit-plan-save").click();
      await page.getByTestId("audit-plan-form").waitFor({ state: "detached" });
      await page.getByTestId("audit-link").filter({ hasText: title }).waitFor();
    },
  );
});
