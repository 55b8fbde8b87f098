// e2e-server: profile=nishihara demo
/**
 * Issue 20: the CISO of 西原村's demo opens the dashboard's steering overview — charts under the
 * app's CSP, no raw codes, axe clean — opens a chart's table, follows a number to its list and
 * finds exactly that many records there, then clicks a bar and lands on the list it counts.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { axeFindings, demoUsers, goInApp, labelFindings, signInApi } from "./lib/walk";

/** Figures whose list screen shows its own total, and where to read it. */
const COUNTED: Array<{ figure: string; read: (page: Page) => Promise<number> }> = [
  { figure: "assets.by_confidentiality", read: (p) => assetCount(p) },
  { figure: "assets.by_zone", read: (p) => assetCount(p) },
  { figure: "incidents.by_stage", read: (p) => countOf(p, "incident-total") },
  { figure: "incidents.by_severity", read: (p) => countOf(p, "incident-total") },
  { figure: "incidents.by_month", read: (p) => countOf(p, "incident-total") },
  { figure: "assurance.findings_by_age", read: (p) => countOf(p, "findings-count") },
  { figure: "software.vulnerabilities", read: (p) => countOf(p, "match-count") },
  { figure: "training.completion", read: (p) => countOf(p, "completion-count") },
];

/** The asset list pages by 50: every page loaded, the rows shown. */
async function assetCount(page: Page): Promise<number> {
  await page.getByTestId("asset-count").waitFor();
  while (await page.getByTestId("asset-more").count()) {
    await page.getByTestId("asset-more").click();
    await page.waitForTimeout(300);
  }
  return countOf(page, "asset-count");
}

async function countOf(page: Page, testId: string): Promise<number> {
  const el = page.getByTestId(testId);
  await el.waitFor();
  return Number((await el.innerText()).replace(/[^\d]/g, ""));
}

scenario("dashboard: the CISO reads the overview and drills into a figure's records", (step) => {
  const password = process.env.E2E_DEMO_PASSWORD ?? "";
  const users = demoUsers();
  const ciso = users.find((u) => u.roles.includes("ciso"));

  step("the overview shows charts under the CSP, labels only, axe clean", async (s) => {
    assert.ok(ciso, "the demo has a CISO");
    const page = await s.newPage();
    const csp: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    await signInApi(page, ciso, password);
    await page.goto("/");
    await page.getByTestId("dashboard-overview").waitFor();
    await page.getByTestId("figure-chart").first().locator("svg").first().waitFor();
    assert.ok((await page.getByTestId("figure-chart").count()) >= 2, "several charts");
    assert.deepEqual(csp, [], "no CSP violation");
    assert.deepEqual(await labelFindings(page, ciso.loginId, [ciso.loginId, ciso.name]), []);
    assert.deepEqual(await axeFindings(page), []);
    await page.context().close();
  });

  step("a number in a chart's table opens the list of exactly that many records", async (s) => {
    assert.ok(ciso);
    const page = await s.newPage();
    await signInApi(page, ciso, password);
    await page.goto("/");
    await page.getByTestId("dashboard-overview").waitFor();
    let checked = 0;
    for (const { figure, read } of COUNTED) {
      const card = page.getByTestId(`figure-${figure}`);
      if (!(await card.count())) continue;
      const toggle = card.getByTestId("figure-table-toggle");
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-expanded"), "true");
      const links = card.getByTestId("figure-table").locator("a");
      // The smallest number above 0 (the fewest records to read back).
      let chosen: { n: number; href: string; i: number } | null = null;
      for (let i = 0; i < (await links.count()); i++) {
        const n = Number(await links.nth(i).innerText());
        if (n > 0 && (!chosen || n < chosen.n))
          chosen = { n, href: (await links.nth(i).getAttribute("href")) ?? "", i };
      }
      if (!chosen) {
        await toggle.click();
        continue;
      }
      // Keyboard: the link is reached and followed with Enter.
      await links.nth(chosen.i).focus();
      await page.keyboard.press("Enter");
      await page.waitForURL((u) => `${u.pathname}${u.search}` === chosen.href);
      assert.equal(await read(page), chosen.n, `${figure}: ${chosen.href}`);
      checked++;
      await goInApp(page, "/");
      await page.getByTestId("dashboard-overview").waitFor();
    }
    assert.ok(checked >= 2, "figures with records were followed to their lists");
    await page.context().close();
  });

  step("a bar of a chart opens the list it counts", async (s) => {
    assert.ok(ciso);
    const page = await s.newPage();
    await signInApi(page, ciso, password);
    await page.goto("/");
    await page.getByTestId("dashboard-overview").waitFor();
    const card = page.getByTestId("figure-assets.by_confidentiality");
    await card.locator(".recharts-bar-rectangle path").first().waitFor();
    await card.getByTestId("figure-table-toggle").click();
    const hrefs = await card
      .getByTestId("figure-table")
      .locator("a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    await card.locator(".recharts-bar-rectangle path").first().click();
    await page.waitForURL((u) => u.pathname === "/assets");
    const url = new URL(page.url());
    assert.ok(
      hrefs.includes(`${url.pathname}${url.search}`),
      `${url.pathname}${url.search} is a cell of the figure`,
    );
    await page.getByTestId("asset-count").waitFor();
    await page.context().close();
  });
});
