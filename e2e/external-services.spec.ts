// e2e-server: profile=nishihara demo
/**
 * Issue 17 (external services and the CISO's reports) end to end, in Debian Chromium on 西原村's
 * demo organization: a 課長 applies for a cloud service holding 機密性2 information on the screen;
 * the form shows the profile's path (9.2: approval, three checks) before filing; the service waits
 * for the ネットワーク管理者's approval, then is in use and its build check is recorded on the
 * screen; an important contractor check reaches the CISO's report screen under 重要.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const suffix = Date.now().toString(36).slice(-5);
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const state: { page?: Page; id?: string; requestId?: string; contractId?: string } = {};
type Demo = DemoUser & { departmentId: string | null };

function holder(duty: string, pred: (u: Demo) => boolean = () => true): Demo {
  const u = (demoUsers() as Demo[]).find((x) => x.duties.includes(duty) && pred(x));
  assert.ok(u, `the demo has a holder of ${duty}`);
  return u;
}
const head = () =>
  holder("manage_department_security", (u) => u.loginId.startsWith("head.") && !!u.departmentId);

scenario("issue 17: an external service takes the profile's path; the CISO reads the reports", (step) => {
  step("the 課長 sees the path (9.2) on the form and applies", async (s) => {
    const page = await s.newPage();
    await signInApi(page, head(), PASSWORD);
    state.page = page;
    await page.goto("/external-services");
    await page.getByTestId("service-new").click();
    await page.getByRole("textbox", { name: "サービス名", exact: true }).fill(`ファイル共有 ${suffix}`);
    await page.getByRole("textbox", { name: "提供事業者" }).fill("クラウド株式会社");
    // 機密性2: the path of 9.2, with the approval and the three checks.
    await page.getByRole("combobox", { name: "取り扱う情報の最高の機密性" }).click();
    await page.getByRole("option", { name: /^機密性2/ }).click();
    const path = page.getByTestId("service-path");
    await path.getByText("9.2", { exact: false }).first().waitFor();
    assert.match(await path.innerText(), /承認が必要/);
    assert.match(await path.innerText(), /構築時、運用時（定期）、利用終了時/);
    await page.getByRole("textbox", { name: "利用目的" }).fill("委託先との大容量ファイルの受渡し");
    await page.getByTestId("service-file").click();
    await page.waitForURL(/\/external-services\/[0-9a-f-]{36}$/);
    state.id = page.url().split("/").pop();
    await page.getByTestId("service-blockers").waitFor();
    assert.match(await page.getByTestId("service-blockers").innerText(), /承認されていません/);
    assert.equal(await page.getByTestId("service-status").innerText(), "承認・協議待ち");
    const s1 = await call<{ data: { request: { id: string } } }>(
      page,
      "GET",
      `/api/external-services/${state.id}`,
    );
    state.requestId = s1.data.request.id;
  });

  step(
    "the ネットワーク管理者 approves; the service is in use and its build check is recorded",
    async (s) => {
      const net = await s.newPage();
      await signInApi(net, holder("manage_network"), PASSWORD);
      await call(net, "POST", `/api/requests/${state.requestId}/approve`, {});
      const page = state.page as Page;
      await page.reload();
      await page.getByText("利用中").first().waitFor();
      await page.getByRole("textbox", { name: "確認日", exact: true }).fill("2026-05-01");
      await page.getByRole("textbox", { name: "確認日", exact: true }).press("Tab");
      await page.getByTestId("service-check-record").click();
      await page.getByTestId("service-checks").getByText("構築時").waitFor();
      await page.goto("/external-services");
      await page.getByRole("link", { name: `ファイル共有 ${suffix}` }).waitFor();
    },
  );

  step("an important contractor check reaches the CISO's report under 重要", async (s) => {
    const page = state.page as Page;
    const k = await call<{ data: { id: string } }>(page, "POST", "/api/suppliers/contractors", {
      name: `点検対象 ${suffix}`,
    });
    const me = head();
    const c = await call<{ data: { id: string } }>(page, "POST", "/api/suppliers/contracts", {
      contractorId: k.data.id,
      departmentId: me.departmentId,
      subject: `窓口業務委託 ${suffix}`,
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
    });
    state.contractId = c.data.id;
    const d = await call<{ data: { checklist: Array<{ key: string }> } }>(
      page,
      "GET",
      `/api/suppliers/contracts/${c.data.id}`,
    );
    if (d.data.checklist.length)
      await call(page, "PUT", `/api/suppliers/contracts/${c.data.id}/clauses`, {
        confirmations: d.data.checklist.map((x) => ({ clauseKey: x.key, included: true, location: "第3条" })),
      });
    await call(page, "POST", `/api/suppliers/contracts/${c.data.id}/transition`, { state: "checked" });
    await call(page, "POST", `/api/suppliers/contracts/${c.data.id}/transition`, { state: "active" });
    await call(page, "POST", "/api/suppliers/checks", {
      contractId: c.data.id,
      checkedOn: "2026-09-30",
      result: "issues",
      importance: "high",
      findings: `入退室記録の不備 ${suffix}`,
      measures: "改善を指示",
    });
    const ciso = await s.newPage();
    await signInApi(ciso, holder("chief_information_security_officer"), PASSWORD);
    await ciso.goto("/suppliers/reports");
    const high = ciso.getByTestId("reports-high");
    await high.getByText(`窓口業務委託 ${suffix}`).waitFor();
    assert.match(await high.innerText(), /要措置/);
    assert.match(await high.innerText(), /最高情報セキュリティ責任者/);
  });
});
