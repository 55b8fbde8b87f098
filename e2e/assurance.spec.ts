// e2e-server: profile=kawasaki demo
/**
 * Issue 16 end to end in Debian Chromium, 川崎市 demo: the 情報監理者's office opens the staff
 * self-inspection of the 年度; a staff member answers every item (one できていない, with a comment
 * and evidence) and submits; the 課長 finds the sheet through the progress of the 課 and turns the
 * gap into a finding with an owner and a deadline, then records the correction with evidence; the
 * 情報統括監理者 starts an audit of the 課; the auditor checks the evidence and verifies and closes
 * the finding.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { addDays, fiscalYear, todayJst } from "../common/calendar";
import { errorAt } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const password = process.env.E2E_DEMO_PASSWORD ?? "";
const today = todayJst();
const fy = fiscalYear(new Date());
const state: {
  users?: DemoUser[];
  staff?: { page: Page; personId: string; name: string; departmentId: string; departmentName: string };
  head?: Page;
  findingId?: string;
} = {};

function user(loginId: string): DemoUser {
  const u = state.users?.find((x) => x.loginId === loginId);
  assert.ok(u, `demo user ${loginId}`);
  return u;
}

async function signedIn(s: { newPage(): Promise<Page> }, loginId: string): Promise<Page> {
  const page = await s.newPage();
  await signInApi(page, user(loginId), password);
  return page;
}

scenario("issue 16: a gap in a self-inspection becomes a finding an auditor closes", (step) => {
  step(
    "第12章4(2) 職員の自己点検: the office applies the clause catalog and opens the staff self-inspection",
    async (s) => {
      state.users = demoUsers();
      const office = await signedIn(s, "supervisor");
      await call(office, "POST", "/api/assurance/items/sync");
      const created = await call<{ data: { id: string } }>(office, "POST", "/api/assurance/campaigns", {
        fiscalYear: fy,
        scopeKey: "staff",
      });
      assert.ok(created.data.id);
      await office.context().close();
    },
  );

  step(
    "a staff member answers every item, one できていない with comment and evidence, and submits",
    async (s) => {
      const page = await signedIn(s, "staff01");
      const me = await call<{
        user: { personId: string; name: string; departmentId: string; departmentName: string };
      }>(page, "GET", "/api/auth/me");
      state.staff = { page, ...me.user };
      await page.goto("/assurance");
      await page.getByTestId("sheet-link").first().click();
      await page.getByTestId("item-1").waitFor();
      const yes = page.getByTestId("answer-yes");
      const count = await yes.count();
      assert.ok(count > 1, "the sheet has several items");
      const first = page.getByTestId("item-1");
      const second = page.getByTestId("item-2");
      // Field errors (#14 item 3): 提出 with items unanswered asks for the answer at each item, and
      // a comment over the server's 2,000 characters is refused at that item's comment.
      await first.getByTestId("answer-yes").check();
      await page.getByTestId("submit-sheet").click();
      assert.equal(await errorAt(page, second.getByTestId("answer-yes")), "回答は選択肢から選んでください。");
      assert.equal(await first.locator('[aria-invalid="true"]').count(), 0, "the answered item is not asked");
      await second.getByTestId("answer-comment").fill("あ".repeat(2001));
      await page.getByTestId("save-answers").click();
      assert.equal(
        await errorAt(page, second.getByTestId("answer-comment")),
        "コメントは2000文字以内で入力してください。",
      );
      await second.getByTestId("answer-comment").fill("");
      for (let i = 1; i < count; i++) await yes.nth(i).check();
      await first.getByTestId("answer-no").check();
      await first.getByTestId("answer-comment").fill("共有フォルダのパスワードを付箋に書いていた");
      await page.getByTestId("save-answers").click();
      await first.getByTestId("answer-evidence-file").waitFor();
      await first.locator('input[type="file"]').setInputFiles({
        name: "状況メモ.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("付箋は撤去済み。\n"),
      });
      await first.getByTestId("answer-evidence-upload").click();
      await first.getByRole("link", { name: "状況メモ.txt" }).waitFor();
      await page.getByTestId("submit-sheet").click();
      await page.getByTestId("sheet-status").filter({ hasText: "提出済み" }).waitFor();
      assert.equal(await page.getByTestId("late-answer").count(), 0, "answered before the deadline");
    },
  );

  step("the 課長 opens the sheet from the 課's progress and turns the gap into a finding", async (s) => {
    const staff = state.staff;
    assert.ok(staff);
    const dept = await call<{ data?: { code: string }; code?: string }>(
      staff.page,
      "GET",
      `/api/departments/${staff.departmentId}`,
    );
    const code = dept.data?.code ?? dept.code;
    const page = await signedIn(s, `head.${code}`);
    state.head = page;
    await page.goto("/assurance/campaigns");
    await page.getByTestId("campaign-open").first().click();
    await page.getByTestId("progress-unit").filter({ hasText: staff.departmentName }).click();
    await page.getByTestId("unit-sheet-link").filter({ hasText: staff.name }).click();
    const first = page.getByTestId("item-1");
    await first.getByTestId("raise-finding").click();
    // Sent without a deadline: the deadline says so at its field, and the dialog stays open.
    await page.getByTestId("finding-create").click();
    assert.match(await errorAt(page, page.getByTestId("finding-due")), /期限/);
    const due = addDays(today, 30);
    await page.getByTestId("finding-due").fill(due);
    await page.getByTestId("finding-due").press("Tab");
    await page.getByTestId("finding-owner").fill(staff.name);
    await page
      .getByRole("option", { name: new RegExp(staff.name) })
      .first()
      .click();
    await page.getByTestId("finding-action").fill("付箋を撤去し、パスワード管理の手順を課内で周知する");
    await page.getByTestId("finding-create").click();
    await first.getByRole("link", { name: /指摘事項/ }).click();
    await page.getByTestId("finding-state").filter({ hasText: "未着手" }).waitFor();
    state.findingId = page.url().split("/").pop();
    await page
      .getByTestId("finding-evidence")
      .locator('input[type="file"]')
      .setInputFiles({
        name: "是正報告.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("付箋を撤去し、課内会議で手順を周知した。\n"),
      });
    await page.getByTestId("finding-evidence-upload").click();
    await page.getByRole("link", { name: "是正報告.txt" }).waitFor();
    await page.getByTestId("move-done").click();
    await page.getByTestId("finding-state").filter({ hasText: "対応済み" }).waitFor();
  });

  step(
    "第12章6 情報セキュリティ監査: the 情報統括監理者 starts an audit of the 課 with an independent auditor",
    async (s) => {
      const page = await signedIn(s, "cio");
      const auditor = user("auditor");
      const people = await call<{ items: Array<{ id: string; name: string }> }>(
        page,
        "GET",
        `/api/people?q=${encodeURIComponent(auditor.name)}`,
      );
      const auditorId = people.items.find((p) => p.name === auditor.name)?.id;
      assert.ok(auditorId, "the auditor is in the directory");
      const audit = await call<{ data: { id: string } }>(page, "POST", "/api/assurance/audits", {
        kind: "audit",
        fiscalYear: fy,
        title: "情報セキュリティ監査（自己点検の是正確認）",
        unitIds: [state.staff?.departmentId],
        periodFrom: `${fy}-04-01`,
        periodTo: today,
        startDate: today,
        endDate: addDays(today, 30),
        auditors: [{ personId: auditorId }],
      });
      await call(page, "POST", `/api/assurance/audits/${audit.data.id}/start`);
      await page.context().close();
    },
  );

  step("the auditor checks the evidence, then verifies and closes the finding", async (s) => {
    const page = await signedIn(s, "auditor");
    await page.goto("/assurance/findings");
    await page.getByTestId("finding-link").first().waitFor();
    await page.goto(`/assurance/findings/${state.findingId}`);
    await page.getByRole("link", { name: "是正報告.txt" }).waitFor();
    await page.getByTestId("move-verified").click();
    await page.getByTestId("finding-state").filter({ hasText: "確認済み" }).waitFor();
    await page.getByTestId("move-closed").click();
    await page.getByTestId("finding-state").filter({ hasText: "完了" }).waitFor();
    assert.equal(await page.getByTestId("move-error").count(), 0);
  });
});
