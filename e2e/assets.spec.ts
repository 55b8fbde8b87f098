// e2e-server: profile=nishihara demo
/**
 * Issue 4 end to end, in Debian Chromium, on a server of its own with 西原村's demo organization
 * (see the line above, read by e2e/run.ts): a department manager opens the import wizard from the
 * asset list, checks a sheet (built here with exceljs) with two bad rows and sees them by their
 * Excel row numbers, fixes them, imports, finds an imported asset by a partial Japanese word, opens
 * it and sees its handling restrictions with their clauses (the same as the API answers).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { errorAt } from "./lib/fields";
import { RESULTS_DIR, scenario } from "./lib/harness";
import { call, freshCode } from "./lib/session";

/** A full-page picture of the screen for people to look at (test-results/assets-NAME.png). */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(RESULTS_DIR, `assets-${name}.png`), fullPage: true });

interface DemoUser {
  loginId: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  duties: string[];
  totpSecret: string | null;
}

const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const NUMBERS = [1, 2, 3, 4].map((i) => `E2E-${suffix}-${i}`);
const TARGET = `住民税課税資料${suffix}`;
const state: { page?: Page; user?: DemoUser; assetId?: string } = {};

function demoUsers(): DemoUser[] {
  const file = process.env.E2E_DEMO_USERS;
  assert.ok(file, "E2E_DEMO_USERS is set by e2e/run.ts (the spec's e2e-server line asks for a demo)");
  return (JSON.parse(readFileSync(file, "utf8")) as { users: DemoUser[] }).users;
}

/** The sheet: header on row 1, data on rows 2–5; `bad` puts errors in rows 3 and 5. */
async function sheet(dept: string, bad: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("情報資産台帳");
  ws.addRow([
    "資産番号",
    "資産名",
    "種別",
    "所管課",
    "機密性",
    "完全性",
    "可用性",
    "保管場所",
    "取得日",
    "保存期間",
  ]);
  ws.addRow([NUMBERS[0], TARGET, "情報", dept, "機密性2", "2", "2", "書庫A", "令和7年4月1日", "5年"]);
  ws.addRow([
    NUMBERS[1],
    `会議録${suffix}`,
    "文書",
    dept,
    bad ? "機密性9" : "1",
    "1",
    "1",
    "書庫B",
    "R7.5.1",
    "1年",
  ]);
  ws.addRow([NUMBERS[2], `窓口端末${suffix}`, "機器", dept, "2", "2", "2", "窓口", "2025/6/1", ""]);
  ws.addRow([
    NUMBERS[3],
    `例規集${suffix}`,
    "文書",
    dept,
    "1",
    "1",
    "1",
    "書庫C",
    bad ? "2025/13/45" : "2025/7/1",
    "永年",
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function chooseFile(page: Page, bytes: Buffer, name: string) {
  await page.getByTestId("asset-import").locator('input[type="file"]').setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });
}

scenario("issue 4: import with bad rows, fix, search, restrictions", (step) => {
  step("a department manager of the demo signs in", async (s) => {
    const user = demoUsers().find((u) => u.duties.includes("classify_assets") && u.departmentName);
    assert.ok(user, "the demo has a manager of a department (classify_assets)");
    state.user = user;
    const page = await s.newPage();
    state.page = page;
    await page.goto("/");
    await page.getByTestId("login-id").fill(user.loginId);
    await page.getByTestId("login-password").fill(process.env.E2E_DEMO_PASSWORD ?? "");
    await page.getByTestId("login-submit").click();
    if (user.totpSecret) {
      await page.getByTestId("mfa-form").waitFor();
      await page.getByTestId("mfa-code").fill(await freshCode(user.totpSecret));
      await page.getByTestId("mfa-submit").click();
    }
    await page.getByRole("navigation").first().waitFor();
  });

  step("the asset list links to the import wizard", async () => {
    const page = state.page as Page;
    await page.goto("/assets");
    await page.getByTestId("asset-table").waitFor();
    for (const f of ["xlsx", "csv", "pdf"])
      assert.match(
        (await page.getByTestId(`asset-export-${f}`).getAttribute("href")) ?? "",
        new RegExp(`^/api/assets/export\\.${f}`),
      );
    await shot(page, "list");
    await page.getByTestId("asset-import-link").click();
    await page.getByTestId("asset-import").waitFor();
    assert.equal(new URL(page.url()).pathname, "/assets/import");
    // The values each column accepts, in the screens' own labels (#14 item 4).
    await page.getByTestId("import-accepted-values").locator("summary").click();
    const accepted = await page.getByTestId("import-accepted-values").innerText();
    for (const label of ["情報（データ）", "使用中", "庁内で作成", "マイナンバー利用事務系", "機密性2"])
      assert.ok(accepted.includes(label), `accepted values list 「${label}」`);
  });

  step("checking a sheet with two bad rows shows them by their Excel row numbers", async () => {
    const page = state.page as Page;
    await chooseFile(page, await sheet(state.user?.departmentName as string, true), "台帳_誤りあり.xlsx");
    await page.getByTestId("import-check").click();
    await page.getByTestId("import-errors").waitFor();
    const rows = await page
      .getByTestId("import-error-row")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row")));
    assert.deepEqual([...new Set(rows)].sort(), ["3", "5"]);
    const table = await page.getByTestId("import-errors").innerText();
    assert.match(table, /機密性9/);
    assert.match(table, /2025\/13\/45/);
    assert.match(await page.getByTestId("import-summary").innerText(), /4 行のうち 2 行が正しく/);
    assert.equal(await page.getByTestId("import-commit").isDisabled(), true, "all-or-nothing: no import yet");
    await shot(page, "wizard-errors");
  });

  step("the fixed sheet checks clean and imports", async () => {
    const page = state.page as Page;
    await chooseFile(page, await sheet(state.user?.departmentName as string, false), "台帳_修正済み.xlsx");
    await page.getByTestId("import-check").click();
    await page.getByText("4 行のうち 4 行が正しく").waitFor();
    assert.equal(await page.getByTestId("import-errors").count(), 0);
    await page.getByTestId("import-commit").click();
    await page.getByText(/取り込みました: 新規 4 件/).waitFor({ timeout: 60_000 });
  });

  step("an imported asset is found by a partial Japanese word and opened", async () => {
    const page = state.page as Page;
    await page.goto("/assets");
    await page.getByTestId("asset-table").waitFor();
    await page.getByTestId("asset-search").fill("課税資");
    // The list refreshes after the search settles: only the one asset of this run stays.
    await page.waitForFunction((sfx) => {
      const rows = [...document.querySelectorAll('[data-testid="asset-row"]')];
      return rows.length > 0 && rows.filter((r) => r.textContent?.includes(sfx)).length === rows.length;
    }, suffix);
    const row = page.getByTestId("asset-row").filter({ hasText: TARGET });
    assert.equal(await page.getByTestId("asset-row").count(), 1, "only the asset named …課税資料… matches");
    await shot(page, "list-search");
    await row.getByRole("link").first().click();
    await page.getByTestId("asset-levels").waitFor();
    state.assetId = new URL(page.url()).pathname.split("/").pop();
    assert.match(await page.locator("body").innerText(), new RegExp(TARGET));
  });

  step("its handling restrictions are shown with their clauses", async () => {
    const page = state.page as Page;
    const api = (await page.evaluate(
      async (id) => (await fetch(`/api/assets/${id}`)).json(),
      state.assetId as string,
    )) as { data: { handlingRestrictions: Array<{ code: string; text: string; clause: string }> } };
    const expected = api.data.handlingRestrictions;
    assert.ok(expected.length > 0, "機密性2 carries handling restrictions in 西原村's profile");
    const box = page.getByTestId("handling-restrictions");
    await box.waitFor();
    for (const r of expected) {
      const item = box.getByTestId(`restriction-${r.code}`);
      assert.match(await item.innerText(), new RegExp(r.text.slice(0, 8)));
      assert.equal(await item.getByTestId("clause-link").getAttribute("data-clause"), r.clause);
    }
    // The history shows the import that created it.
    assert.match(await page.getByTestId("asset-history").innerText(), /一括取込みで登録/);
    await shot(page, "detail");
  });
  step(
    "分類の変更 without a reason asks for it at the reason field and keeps the chosen level (#14 item 3)",
    async () => {
      const page = state.page as Page;
      await page.getByTestId("asset-reclassify").click();
      const form = page.getByTestId("reclassify-form");
      const integrity = form.getByTestId("reclassify-integrity");
      await integrity.click();
      await page.getByRole("option").first().click();
      const chosen = await integrity.inputValue();
      await form.getByTestId("reclassify-save").click();
      assert.match(await errorAt(page, form.getByTestId("reclassify-reason")), /理由.*入力してください/);
      assert.equal(await integrity.inputValue(), chosen, "the chosen level stays");
      await page.keyboard.press("Escape");
      await form.waitFor({ state: "detached" });
    },
  );

  step(
    "a copy lowered below its source is refused by the server at the level's field (#14 item 3)",
    async () => {
      const page = state.page as Page;
      const copy = await call<{ data: { id: string } }>(page, "POST", "/api/assets", {
        name: `複製${suffix}`,
        kind: "information",
        departmentId: state.user?.departmentId,
        copyOf: state.assetId,
      });
      await page.goto(`/assets/${copy.data.id}`);
      await page.getByTestId("asset-reclassify").click();
      const form = page.getByTestId("reclassify-form");
      const confidentiality = form.getByTestId("reclassify-confidentiality");
      await confidentiality.click();
      // The levels are listed highest first: the last is below the source's 機密性2.
      await page.getByRole("option").last().click();
      const chosen = await confidentiality.inputValue();
      await form.getByTestId("reclassify-reason").fill("下げたい");
      await form.getByTestId("reclassify-save").click();
      assert.match(await errorAt(page, confidentiality), /複製元より低い区分は選べません/);
      assert.equal(await confidentiality.inputValue(), chosen);
      assert.equal(await form.getByTestId("reclassify-reason").inputValue(), "下げたい");
      await page.keyboard.press("Escape");
      await form.waitFor({ state: "detached" });
    },
  );

  step("状態の変更 and 取扱者 ask for what is missing at their fields (#14 item 3)", async () => {
    const page = state.page as Page;
    const status = page.getByTestId("asset-status-form");
    await status.getByTestId("asset-status-date").fill("");
    await status.getByTestId("asset-status-date").press("Tab");
    await status.getByTestId("asset-status-save").click();
    assert.match(await errorAt(page, status.getByTestId("asset-status-select")), /状態/);
    assert.match(
      await errorAt(page, status.getByTestId("asset-status-date")),
      /状態が変わった日を入力してください/,
    );
    const named = page.getByTestId("asset-named-form");
    await named.getByTestId("asset-named-add").click();
    assert.match(await errorAt(page, named.getByTestId("asset-named-picker")), /入力してください/);
    await shot(page, "detail-field-errors");
  });
});
