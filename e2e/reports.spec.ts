// e2e-server: profile=nishihara demo
/**
 * Issue 20 (the yearly report) end to end in Debian Chromium on 西原村's demo organization: the
 * CISO generates the report of the last closed 年度 (frozen at its 3/31), opens a figure as its
 * records, and downloads the PDF — which carries the figures, the 和暦 date and the 機密性 marking
 * (read back with poppler's pdftotext; the file itself is never printed).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { fiscalYear } from "../common/calendar";
import { errorAt, typeDate } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { demoUsers, signInApi } from "./lib/walk";

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const LAST_CLOSED = fiscalYear(new Date()) - 1;
const state: { page?: Page; reportId?: string } = {};

scenario("issue 20: the CISO generates the yearly report and downloads its PDF", (step) => {
  step("the CISO generates the report of the last closed 年度 from the yearly reports screen", async (s) => {
    const ciso = demoUsers().find((u) => u.duties.includes("chief_information_security_officer"));
    assert.ok(ciso, "the demo has a CISO");
    const page = await s.newPage();
    await signInApi(page, ciso, PASSWORD);
    state.page = page;
    await page.goto("/");
    await page.getByTestId("nav-yearly-reports").click();
    await page.getByTestId("yearly-new").click();
    await page.getByTestId("yearly-generate").waitFor();
    // A snapshot date after the 年度's close: only the server checks it, and says so at the date.
    const asOf = page.getByTestId("yearly-as-of");
    await typeDate(asOf, `${LAST_CLOSED + 1}-04-15`);
    await page.getByTestId("yearly-create").click();
    assert.match(await errorAt(page, asOf), /基準日は/);
    await typeDate(asOf, `${LAST_CLOSED + 1}-03-31`);
    await page.getByTestId("yearly-create").click();
    await page.getByTestId("yearly-state").filter({ hasText: "案（未承認）" }).waitFor();
    state.reportId = page.url().split("/").pop();
    const report = await call<{ data: { fiscalYear: number; asOf: string; sections: unknown[] } }>(
      page,
      "GET",
      `/api/reports/yearly/${state.reportId}`,
    );
    assert.equal(report.data.fiscalYear, LAST_CLOSED);
    assert.equal(report.data.asOf, `${LAST_CLOSED + 1}-03-31`);
    assert.equal(report.data.sections.length, 8);
    await page.getByTestId("yearly-section-assets").waitFor();
    await page.getByTestId("yearly-signed-head").filter({ hasText: "監査ログ署名済み先頭記録" }).waitFor();
  });

  step("a figure opens as the records it counts", async () => {
    const page = state.page;
    assert.ok(page);
    const section = page.getByTestId("yearly-section-assets");
    await section
      .getByRole("button", { name: /記録を開く/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("閲覧権限のある記録だけを表示します", { exact: false }).waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  step("the PDF downloads with the figures, the 和暦 date and the marking", async () => {
    const page = state.page;
    assert.ok(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("yearly-pdf").click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), "sekimori-e2e-yearly-"));
    try {
      const file = join(dir, "report.pdf");
      await download.saveAs(file);
      assert.equal(readFileSync(file).subarray(0, 5).toString("latin1"), "%PDF-");
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      assert.ok(text.includes("情報セキュリティ年次報告"), "title in the PDF");
      assert.ok(text.includes("西原村"), "organization in the PDF");
      assert.ok(text.includes("機密性2"), "marking in the PDF");
      assert.ok(text.includes("台帳登録資産数（基準日現在）"), "a figure in the PDF");
      assert.ok(/令和\d+年3月31日/.test(text), "the snapshot date in 和暦");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
