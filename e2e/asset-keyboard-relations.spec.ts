// e2e-server: profile=nishihara demo
/**
 * Issue 14 item 5, 西原村 demo. (a) A department manager registers an information asset with the
 * keyboard only — the navigation, 新規登録, the name, the kind (arrow keys and Enter), the
 * department the form fills in, the three levels (arrow keys in each radio group) and 保存 by Tab
 * and Enter — and lands on the asset's page. (b) On that asset's page the manager relates it to a
 * USB stick it is stored in: the relation shows on both assets' pages; the reverse relation (the
 * stick stored in the data) is refused by the server at the asset picker, the kind chosen staying
 * as chosen; then the relation is removed through the app's own confirm dialog and is gone from
 * both pages.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { byHref, byTestId, signInWithKeyboard, tabTo } from "./lib/keyboard";
import { call } from "./lib/session";
import { type DemoUser, signInApi } from "./lib/walk";

type Manager = DemoUser & { departmentId: string | null; departmentName: string | null };

const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const DATA_NAME = `介護保険認定資料${suffix}`;
const STICK_NAME = `業務用USBメモリ${suffix}`;
const password = process.env.E2E_DEMO_PASSWORD ?? "";
const state: { page?: Page; dataId?: string; stickId?: string; stickNumber?: string } = {};

function manager(): Manager {
  const file = process.env.E2E_DEMO_USERS;
  assert.ok(file, "E2E_DEMO_USERS is set by e2e/run.ts");
  const users = (JSON.parse(readFileSync(file, "utf8")) as { users: Manager[] }).users;
  const user = users.find((u) => u.duties.includes("classify_assets") && u.departmentName);
  assert.ok(user, "the demo has a manager of a department (classify_assets)");
  return user;
}

/** Chooses an option of the focused Mantine select with the arrow keys and Enter. */
async function arrowTo(page: Page, option: string): Promise<void> {
  await page.keyboard.press("ArrowDown");
  const wanted = page.getByRole("option", { name: option, exact: true });
  await wanted.waitFor();
  for (let i = 0; i < 12 && (await wanted.getAttribute("data-combobox-selected")) === null; i++)
    await page.keyboard.press("ArrowDown");
  assert.notEqual(await wanted.getAttribute("data-combobox-selected"), null, `${option} is reached`);
  await page.keyboard.press("Enter");
}

/** The message Mantine shows at a field: the element its input names in aria-describedby. */
async function errorAt(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(/\s+/);
  const id = ids.find((x) => x.endsWith("-error"));
  assert.ok(id, "the field names its error message");
  return page.locator(`[id="${id}"]`).innerText();
}

/** The relation rows of an asset's page as text. */
async function relationsOf(page: Page, id: string): Promise<string> {
  await page.goto(`/assets/${id}`);
  await page.getByTestId("asset-levels").waitFor();
  const list = page.getByTestId("asset-relations");
  return (await list.count()) ? list.innerText() : "";
}

scenario("issue 14: an asset registered with the keyboard only, then related to a USB stick", (step) => {
  step("the manager signs in and opens 新規登録 from the navigation, by Tab and Enter", async (s) => {
    const page = await s.newPage();
    state.page = page;
    await signInWithKeyboard(page, manager(), password);
    await tabTo(page, byHref("/assets"), "the 情報資産 link");
    await page.keyboard.press("Enter");
    await page.getByTestId("asset-new").waitFor();
    await tabTo(page, byTestId("asset-new"), "the 新規登録 button");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/assets\/new$/);
    await page.getByTestId("asset-form-name").waitFor();
  });

  step("fills every required field and the levels, and saves with Enter", async () => {
    const page = state.page as Page;
    await tabTo(page, byTestId("asset-form-name"), "the name");
    await page.keyboard.type(DATA_NAME);
    await tabTo(page, byTestId("asset-form-kind"), "the kind");
    await arrowTo(page, "情報（データ）");
    assert.equal(await page.getByTestId("asset-form-kind").inputValue(), "情報（データ）");
    // The department is required: the form fills in the manager's own, which stays.
    await tabTo(page, byTestId("asset-form-department"), "the department");
    assert.match(
      await page.getByTestId("asset-form-department").inputValue(),
      new RegExp(manager().departmentName ?? "^$"),
    );
    // Each level: Tab reaches the group, Space checks the first level, ArrowDown the next one.
    for (const scheme of ["confidentiality", "integrity", "availability"]) {
      const stop = await tabTo(
        page,
        (x) => (x.testId ?? "").startsWith(`level-${scheme}-`),
        `the ${scheme} levels`,
      );
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowDown");
      const checked = page.locator(`[data-testid^="level-${scheme}-"]:checked`);
      assert.equal(await checked.count(), 1, `one ${scheme} level is checked`);
      assert.notEqual(await checked.getAttribute("data-testid"), stop.testId, "ArrowDown moved the choice");
    }
    await tabTo(page, byTestId("asset-form-save"), "the 保存 button");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/assets\/[0-9a-f-]{36}$/);
    await page.getByTestId("asset-levels").waitFor();
    assert.match(await page.getByRole("heading", { level: 2 }).first().innerText(), new RegExp(DATA_NAME));
    state.dataId = page.url().split("/").pop();
    for (const scheme of ["confidentiality", "integrity", "availability"])
      assert.notEqual(
        (await page.getByTestId(`asset-level-${scheme}`).innerText()).trim(),
        "—",
        `${scheme} was saved`,
      );
  });

  step("the USB stick the data is stored in is registered", async () => {
    const page = state.page as Page;
    const m = manager();
    // The same levels as the data (a new asset the department creates needs all three).
    const data = await call<{ data: { levels: Record<string, { key: string } | null> } }>(
      page,
      "GET",
      `/api/assets/${state.dataId}`,
    );
    const stick = await call<{ data: { id: string; assetNumber: string } }>(page, "POST", "/api/assets", {
      name: STICK_NAME,
      kind: "medium",
      departmentId: m.departmentId,
      confidentiality: data.data.levels.confidentiality?.key,
      integrity: data.data.levels.integrity?.key,
      availability: data.data.levels.availability?.key,
    });
    state.stickId = stick.data.id;
    state.stickNumber = stick.data.assetNumber;
  });

  step("from the data's page: 保管先 the USB stick; listed on both assets", async () => {
    const page = state.page as Page;
    await page.goto(`/assets/${state.dataId}`);
    const form = page.getByTestId("asset-relation-form");
    // Nothing chosen: both fields say so at the field, nothing is sent.
    await page.getByTestId("asset-relation-add").click();
    assert.match(await errorAt(page, form.getByTestId("asset-relation-type")), /関連の種類/);
    assert.match(await errorAt(page, form.getByTestId("asset-relation-other")), /相手の情報資産/);
    await form.getByTestId("asset-relation-type").click();
    await page.getByRole("option", { name: /この資産の保管先/ }).click();
    const other = form.getByTestId("asset-relation-other");
    await other.click();
    await other.fill(STICK_NAME);
    await page.getByRole("option", { name: new RegExp(STICK_NAME) }).click();
    await page.getByTestId("asset-relation-add").click();
    await page.getByTestId("asset-relations").filter({ hasText: STICK_NAME }).waitFor();
    assert.match(await page.getByTestId("asset-relations").innerText(), /保管先/);
    // The picker is cleared for the next relation; the kind stays.
    assert.equal(await other.inputValue(), "");
    const onStick = await relationsOf(page, state.stickId as string);
    assert.match(onStick, new RegExp(DATA_NAME));
    assert.match(onStick, /保管するもの/);
  });

  step("the reverse (the stick stored in the data) is refused at the picker, the kind kept", async () => {
    const page = state.page as Page;
    // On the stick's page (relationsOf left it open): "この資産の保管先" the data would be a cycle.
    const form = page.getByTestId("asset-relation-form");
    const type = form.getByTestId("asset-relation-type");
    await type.click();
    await page.getByRole("option", { name: /この資産の保管先/ }).click();
    const other = form.getByTestId("asset-relation-other");
    await other.click();
    await other.fill(DATA_NAME);
    await page.getByRole("option", { name: new RegExp(DATA_NAME) }).click();
    await page.getByTestId("asset-relation-add").click();
    assert.match(await errorAt(page, other), /循環|cycle/);
    assert.match(await type.inputValue(), /この資産の保管先/);
    assert.match(await other.inputValue(), new RegExp(DATA_NAME));
    assert.doesNotMatch(await page.getByTestId("asset-relations").innerText(), /保管先/);
  });

  step("removed through the confirm dialog: gone from both assets", async () => {
    const page = state.page as Page;
    await page.goto(`/assets/${state.dataId}`);
    const row = page.getByTestId("asset-relations");
    await row.getByTestId("asset-relation-remove").click();
    assert.match(await page.getByTestId("confirm-message").innerText(), new RegExp(STICK_NAME));
    await page.getByTestId("confirm-ok").click();
    await page.getByText("関連はありません。").waitFor();
    assert.doesNotMatch(await relationsOf(page, state.dataId as string), new RegExp(STICK_NAME));
    assert.doesNotMatch(await relationsOf(page, state.stickId as string), new RegExp(DATA_NAME));
  });
});

scenario("issue 14: a register entry's errors at its fields (入退室管理簿)", (step) => {
  step(
    "empty: the required fields say so; a visitor without an escort: the server's refusal at the escort",
    async (s) => {
      const page = await s.newPage();
      await signInApi(page, manager(), password);
      await page.goto("/registers/area_access_log");
      const form = page.getByTestId("register-form");
      await form.waitFor();
      await page.getByTestId("register-add").click();
      assert.match(
        await errorAt(page, form.getByTestId("register-field-area")),
        /管理区域.*入力してください/,
      );
      assert.match(await errorAt(page, form.getByTestId("register-field-purpose")), /目的.*入力してください/);
      await form.getByTestId("register-field-area").fill("サーバ室");
      await form.getByTestId("register-field-visitorName").fill(`保守業者${suffix}`);
      await form.getByTestId("register-field-purpose").fill("機器の定期点検");
      // No person entering (a visitor) and no escort: only the server knows a visitor needs one.
      await page.getByTestId("register-add").click();
      assert.match(await errorAt(page, form.getByTestId("register-field-escortPersonId")), /付添者/);
      assert.equal(await form.getByTestId("register-field-visitorName").inputValue(), `保守業者${suffix}`);
      assert.equal(await form.getByTestId("register-field-area").inputValue(), "サーバ室");
    },
  );
});
