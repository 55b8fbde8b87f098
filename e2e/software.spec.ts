// e2e-server: profile=nishihara demo fresh
/**
 * Issue 19 end to end, in Debian Chromium on 西原村's demo organization: the ネットワーク管理者
 * imports an NVD file (CVE-2021-44228, Log4j) and runs the matching; a 課長 who is the custodian
 * of a server running Log4j 2.14.1 finds the match among their own tasks, checks it and records
 * that the fix is applied, with its evidence; the decision is kept on the match (7.6(1)). Their
 * end-of-support calendar lists the product under the 年度 of its end of support.
 * A server of its own (`fresh`): the advisories and matches would show in other specs' screens.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { errorAt } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const NVD = readFileSync(
  join(import.meta.dirname, "..", "server", "modules", "software", "feeds", "fixtures", "nvd-sample.json"),
  "utf8",
);
const SERVER_NUMBER = `SV-E2E-${Date.now().toString(36).slice(-5)}`.toUpperCase();
const state: { net?: Page; owner?: Page } = {};

function pick(users: DemoUser[], test: (u: DemoUser) => boolean): DemoUser {
  const u = users.find(test);
  assert.ok(u, "the demo has such a user");
  return u;
}

scenario("issue 19: an owner checks a vulnerability match on their server and marks it applied", (step) => {
  const users = demoUsers();
  const net = pick(users, (u) => u.duties.includes("manage_network"));
  const owner = pick(
    users,
    (u) => u.duties.includes("manage_department_security") && !u.duties.includes("manage_network"),
  );

  step("the 課長 registers a server of their 課 running Log4j 2.14.1", async (s) => {
    state.owner = await s.newPage();
    await signInApi(state.owner, owner, PASSWORD);
    const me = await call<{ user: { personId: string; departmentId: string } }>(
      state.owner,
      "GET",
      "/api/auth/me",
    );
    const asset = await call<{ data: { id: string } }>(state.owner, "POST", "/api/assets", {
      assetNumber: SERVER_NUMBER,
      name: "文書管理サーバ（e2e）",
      kind: "system",
      departmentId: me.user.departmentId,
      custodianPersonId: me.user.personId,
      confidentiality: "2",
      integrity: "2",
      availability: "2",
    });
    const product = await call<{ data: { id: string } }>(state.owner, "POST", "/api/software/products", {
      vendor: "Apache",
      product: "Log4j",
      version: "2.14.1",
      cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
      endOfSupport: "2028-03-31",
    });
    await call(state.owner, "POST", "/api/software/installations", {
      productId: product.data.id,
      assetId: asset.data.id,
    });
  });

  step("the ネットワーク管理者 imports the NVD file and runs the matching", async (s) => {
    state.net = await s.newPage();
    await signInApi(state.net, net, PASSWORD);
    const status = await state.net.evaluate(async (body) => {
      const me = await fetch("/api/auth/me");
      const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
      const imported = await fetch("/api/vulnerabilities/imports?name=nvd-sample.json", {
        method: "POST",
        headers: { "content-type": "application/octet-stream", "x-csrf-token": csrf },
        body,
      });
      const run = await fetch("/api/vulnerabilities/match-runs", {
        method: "POST",
        headers: { "x-csrf-token": csrf },
      });
      return [imported.status, run.status];
    }, NVD);
    assert.deepEqual(status, [201, 201]);
  });

  step(
    "the ネットワーク管理者 reads the imports: the file with its count, and the fetch switched off (no feed configured)",
    async () => {
      const page = state.net as Page;
      await page.goto("/vulnerabilities");
      await page.getByTestId("tab-imports").click();
      await page.getByTestId("fetch-off").waitFor();
      assert.match(await page.getByTestId("fetch-off").innerText(), /取得先が設定されていません/);
      const row = page.getByRole("row").filter({ hasText: "nvd-sample.json" }).first();
      assert.match(await row.innerText(), /3 件を取込み/);
      assert.match(await row.innerText(), /令和/);
    },
  );

  step(
    "the ネットワーク管理者 registers a product on the screen with the CPE name suggested from the imported advisories",
    async () => {
      const page = state.net as Page;
      const version = `17.9.${Date.now() % 100000}`;
      await page.goto("/software");
      await page.getByTestId("tab-product").click();
      await page.getByTestId("product-vendor").fill("Cisco Systems");
      await page.getByTestId("product-name").fill("IOS XE");
      await page.getByTestId("product-version").fill(version);
      const expected = `cpe:2.3:o:cisco:ios_xe:${version}:*:*:*:*:*:*:*`;
      const suggestion = page.getByTestId("cpe-suggestion").filter({ hasText: expected });
      await suggestion.waitFor();
      assert.match(await page.getByTestId("cpe-suggestions").innerText(), /脆弱性情報 1 件が名指し/);
      await suggestion.click();
      assert.equal(await page.getByTestId("product-cpe").inputValue(), expected);
      await page.getByTestId("product-save").click();
      await page.getByTestId("product-saved").waitFor();
      const listed = await call<{ data: Array<{ cpe: string | null }> }>(
        page,
        "GET",
        `/api/software/products?q=${encodeURIComponent(version)}`,
      );
      assert.deepEqual(
        listed.data.map((p) => p.cpe),
        [expected],
      );
    },
  );

  step(
    "a product with a wrong CPE name shows the server's message at the CPE field, the names kept (#14 item 3)",
    async () => {
      const page = state.net as Page;
      await page.goto("/software");
      await page.getByTestId("tab-product").click();
      const form = page.getByTestId("product-form");
      await form.getByTestId("product-save").click();
      assert.match(await errorAt(page, form.getByTestId("product-vendor")), /入力してください/);
      await form.getByTestId("product-vendor").fill("Example");
      await form.getByTestId("product-name").fill("Widget");
      await form.getByTestId("product-cpe").fill("cpe:2.3:x");
      await form.getByTestId("product-save").click();
      assert.match(await errorAt(page, form.getByTestId("product-cpe")), /CPE 2\.3 名が正しくありません/);
      assert.equal(await form.getByTestId("product-vendor").inputValue(), "Example");
      assert.equal(await form.getByTestId("product-cpe").inputValue(), "cpe:2.3:x");
    },
  );

  step(
    "the inventory import asks for its file at the field, and a sheet the server cannot read is named there (#14 item 3)",
    async () => {
      const page = state.net as Page;
      await page.goto("/software");
      await page.getByTestId("tab-inventory-import").click();
      const form = page.getByTestId("inventory-import-form");
      const file = form.getByTestId("inventory-file");
      await form.getByTestId("inventory-import").click();
      assert.match(await errorAt(page, file), /ファイルを入力してください/);
      // A commit (dry run off) of a file that is no sheet: refused before anything is written, the choice kept.
      await form.getByTestId("inventory-dry-run").uncheck();
      assert.equal(await form.getByTestId("inventory-import").innerText(), "登録する");
      await form.locator('input[type="file"]').setInputFiles({
        name: "台帳.csv",
        mimeType: "text/csv",
        buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
      });
      await form.getByTestId("inventory-import").click();
      assert.match(await errorAt(page, file), /CSV または \.xlsx ではありません/);
      assert.equal(await form.getByTestId("inventory-dry-run").isChecked(), false);
    },
  );

  step("the owner finds the match among their tasks, with its severity and the server", async () => {
    const page = state.owner as Page;
    await page.goto("/vulnerabilities");
    await page.getByTestId("tab-tasks").click();
    const card = page.getByTestId("match-CVE-2021-44228");
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /未確認/);
    assert.match(text, /Log4j 2\.14\.1/);
    assert.match(text, /文書管理サーバ（e2e）|SV-E2E/);
    assert.doesNotMatch(text, /\b(unconfirmed|critical)\b/);
  });

  step(
    "the owner's end-of-support calendar shows Log4j under its 年度 heading (March: the 年度 before)",
    async () => {
      const page = state.owner as Page;
      await page.goto("/vulnerabilities");
      await page.getByRole("tab", { name: /サポート終了予定/ }).click();
      const year = page.getByTestId("eos-year-2027");
      await year.getByRole("heading", { name: "令和9年度 (2027年度)" }).waitFor();
      const month = year.getByTestId("eos-month-2028-03");
      assert.match(await month.getByRole("heading").innerText(), /^令和10年3月 \(2028年3月\)$/);
      assert.match(await month.innerText(), /Log4j 2\.14\.1/);
      await page.getByTestId("tab-tasks").click();
    },
  );

  step("the owner records the fix as applied, with what was done and the evidence", async () => {
    const page = state.owner as Page;
    const card = page.getByTestId("match-CVE-2021-44228");
    // 回避策 without saying what it is: the server's rule, shown at the field it is about (#14 item 3).
    await card.getByTestId("decision-state").click();
    await page.getByRole("option", { name: "回避策" }).click();
    await card.getByTestId("decision-save").click();
    assert.match(await errorAt(page, card.getByTestId("decision-reason")), /回避策の内容を記入してください/);
    await card.getByTestId("decision-state").click();
    await page.getByRole("option", { name: "適用済" }).click();
    await card.getByTestId("decision-reason").fill("Log4j を 2.17.1 に更新し、サービスを再起動した");
    await card.getByLabel(/証跡|Evidence/).fill("作業記録 2026-12-06 第12号");
    await card.getByTestId("decision-save").click();
    // An applied match is no longer an open task: it leaves the owner's list.
    await card.waitFor({ state: "detached" });
  });

  step("the decision is kept on the match with its reason and evidence", async () => {
    type Match = { advisoryKey: string; state: string; decisionReason: string | null };
    const all = await call<{ data: Match[] }>(
      state.owner as Page,
      "GET",
      "/api/vulnerabilities/matches?view=all",
    );
    const m = all.data.find((x) => x.advisoryKey === "CVE-2021-44228");
    assert.equal(m?.state, "applied");
    assert.match(m?.decisionReason ?? "", /2\.17\.1/);
  });

  step(
    "the ネットワーク管理者 warns all staff from the advisory (7.6(2)); the 課長 is not offered it",
    async () => {
      const owner = state.owner as Page;
      await owner.goto("/vulnerabilities");
      await owner.getByRole("tab", { name: /脆弱性情報/ }).click();
      await owner.getByText("CVE-2021-44228").first().waitFor();
      assert.equal(await owner.getByRole("button", { name: "全職員へ通知" }).count(), 0);
      const page = state.net as Page;
      await page.goto("/vulnerabilities");
      await page.getByRole("tab", { name: /脆弱性情報/ }).click();
      const row = page.getByRole("row").filter({ hasText: "CVE-2021-44228" });
      await row.getByRole("button", { name: "全職員へ通知" }).click();
      await page
        .getByTestId("staff-notice-message")
        .fill("Log4j を使う機器の担当者は、今週中に更新状況を報告してください。");
      await page.getByTestId("staff-notice-send").click();
      assert.match((await page.getByTestId("staff-notice-sent").innerText()) ?? "", /\d+名に通知しました/);
    },
  );
});
