// e2e-server: profile=nishihara demo
/**
 * Issue 15 (documents) end to end, in Debian Chromium on 西原村's demo organization: the CISO
 * drafts the 基本方針 and the committee approves it (対策基準 2(5)①); a new version with a material
 * change is published and a staff member reads and acknowledges it on the screen; a 課長 publishes
 * a 実施手順 of their 課 (restricted, 基本方針 8): a member of the 課 reads it watermarked with their
 * name and the time, a staff member of another 課 gets the same "not found" as for an unknown id.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { errorAt } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const suffix = Date.now().toString(36).slice(-5);
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const state: { policy?: string; procedure?: string; pages: Record<string, Page> } = { pages: {} };

/** The demo's users file also names each user's department. */
type Member = DemoUser & { departmentId: string | null };

function cast() {
  const users = demoUsers() as Member[];
  const ciso = users.find(
    (u) => u.duties.includes("chief_information_security_officer") && u.duties.includes("committee_member"),
  );
  const head = users.find(
    (u) => u.loginId.startsWith("head.") && u.duties.includes("manage_department_security") && u.departmentId,
  );
  const insider = users.find((u) => u.loginId.startsWith("staff") && u.departmentId === head?.departmentId);
  const outsider = users.find(
    (u) => u.loginId.startsWith("staff") && u.departmentId && u.departmentId !== head?.departmentId,
  );
  // 兼務の禁止: the CISO drafts, so another member of the committee approves.
  const member = users.find((u) => u.duties.includes("committee_member") && u.loginId !== ciso?.loginId);
  assert.ok(
    ciso && member && head && insider && outsider,
    "the demo has a CISO and another member on the committee, a 課長 and staff of two 課",
  );
  return { ciso, member, head, insider, outsider };
}

async function as(s: { newPage(): Promise<Page> }, user: DemoUser): Promise<Page> {
  const existing = state.pages[user.loginId];
  if (existing) return existing;
  const page = await s.newPage();
  await signInApi(page, user, PASSWORD);
  state.pages[user.loginId] = page;
  return page;
}

/** The keeper drafts and publishes; `approver` approves (the keeper's own approval when absent). */
async function publishVersion(
  page: Page,
  id: string,
  text: string,
  materialChange: boolean,
  n: number,
  approver: Page = page,
  approval: Record<string, string> = {},
) {
  await call(page, "POST", `/api/documents/${id}/versions`, { text, materialChange, changeSummary: "改正" });
  await call(approver, "POST", `/api/documents/${id}/versions/${n}/approve`, {
    effectiveOn: "2026-04-01",
    ...approval,
  });
  await call(page, "POST", `/api/documents/${id}/versions/${n}/publish`);
}

scenario(
  "issue 15: a policy version acknowledged; a restricted procedure seen only by its audience",
  (step) => {
    step("the CISO drafts the 基本方針, the committee approves it, two versions are published", async (s) => {
      const { ciso, member } = cast();
      const page = await as(s, ciso);
      const committee = await as(s, member);
      const doc = await call<{ data: { id: string } }>(page, "POST", "/api/documents", {
        kind: "basic_policy",
        title: `情報セキュリティ基本方針 ${suffix}`,
        audience: { everyone: true },
      });
      state.policy = doc.data.id;
      await publishVersion(page, doc.data.id, "1 目的\n2 定義", true, 1, committee);
      await publishVersion(
        page,
        doc.data.id,
        "1 目的\n2 定義（改正）\n3 職員等の遵守義務",
        true,
        2,
        committee,
      );
      // The 新旧対照表 of the two versions, on screen.
      await page.goto(`/documents/${doc.data.id}/compare?from=1&to=2`);
      await page.getByTestId("compare-table").waitFor();
      assert.equal(await page.locator('[data-testid="compare-table"] tr[data-kind="changed"]').count(), 1);
      assert.match(await page.getByTestId("compare-summary").innerText(), /変更 1行・追加 1行/);
    });

    step("a staff member sees the new version among the documents to read and acknowledges it", async (s) => {
      const { insider } = cast();
      const page = await as(s, insider);
      await page.goto("/");
      await page.getByTestId("nav-documents").click();
      const toRead = page.getByTestId("documents-to-read");
      await toRead.waitFor();
      await toRead.getByRole("link", { name: `情報セキュリティ基本方針 ${suffix}` }).click();
      await page.getByTestId("document-text").waitFor();
      assert.match(await page.getByTestId("document-text").innerText(), /職員等の遵守義務/);
      assert.equal(await page.getByTestId("watermark").count(), 0, "the public policy carries no watermark");
      await page.getByTestId("acknowledge").click();
      await page.getByTestId("acknowledged").waitFor();
      assert.match(await page.getByTestId("acknowledged").innerText(), /第2版/);
      await page.getByTestId("nav-documents").click();
      await page.getByTestId("documents-all").waitFor();
      // Gone from the documents to read once the list has its fresh answer.
      await page
        .getByTestId("documents-to-read")
        .getByRole("link", { name: `情報セキュリティ基本方針 ${suffix}` })
        .waitFor({ state: "detached" });
    });

    step("a 課長 publishes a 実施手順 of their 課 to the 課 only", async (s) => {
      const { head } = cast();
      const page = await as(s, head);
      const doc = await call<{ data: { id: string } }>(page, "POST", "/api/documents", {
        kind: "system_procedure",
        title: `システム運用手順 ${suffix}`,
        departmentId: head.departmentId,
        systemName: "住民記録システム",
        audience: { everyone: false, departments: [head.departmentId] },
      });
      state.procedure = doc.data.id;
      // The 課長 keeps and approves their 課's procedure (2(3)⑤): their own draft, approved with
      // the unavoidable reason where they are the 課's only approver.
      await publishVersion(page, doc.data.id, "手順1 バックアップの確認\n手順2 ログの確認", true, 1, page, {
        overrideReason: "課の承認者が課長一人のため / The 課 has one approver",
      });
    });

    step(
      "a 課長 registers a 実施手順 on the screen: the 課 only the server asks for is marked at its field",
      async (s) => {
        const { head } = cast();
        const page = await as(s, head);
        await page.goto("/documents");
        await page.getByTestId("new-document").click();
        const form = page.getByTestId("new-document-form");
        await form.getByTestId("new-document-save").click();
        assert.match(await errorAt(page, form.getByTestId("new-document-title")), /入力してください/);
        await form.getByTestId("new-document-kind").click();
        await page.getByRole("option", { name: /所管システム/ }).click();
        const title = `バックアップ手順 ${suffix}`;
        await form.getByTestId("new-document-title").fill(title);
        await form.getByTestId("new-document-save").click();
        const department = form.getByTestId("new-document-department");
        assert.match(await errorAt(page, department), /所管の課/);
        // What was typed is kept.
        assert.equal(await form.getByTestId("new-document-title").inputValue(), title);
        await department.click();
        await page.getByRole("option").first().click();
        await form.getByTestId("new-document-save").click();
        await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
        await page.getByRole("heading", { name: title }).waitFor();
      },
    );

    step("a member of the 課 reads it watermarked with their name and the time", async (s) => {
      const { insider } = cast();
      const page = await as(s, insider);
      await page.goto(`/documents/${state.procedure}`);
      await page.getByTestId("document-text").waitFor();
      await page.getByTestId("restricted-notice").waitFor();
      const mark = await page.getByTestId("watermark").innerText();
      assert.ok(mark.includes(insider.name), `the watermark names the viewer (${insider.name})`);
      assert.match(mark, /令和\d+年\d+月\d+日 \(\d{4}年\) \d{2}:\d{2} 閲覧/);
    });

    step(
      "a staff member of another 課 cannot see it: not in the list, and 'not found' like an unknown id",
      async (s) => {
        const { outsider } = cast();
        const page = await as(s, outsider);
        await page.goto("/documents");
        await page.getByTestId("documents-all").waitFor();
        assert.equal(await page.getByRole("link", { name: `システム運用手順 ${suffix}` }).count(), 0);
        await page.goto(`/documents/${state.procedure}`);
        const error = page.getByTestId("error");
        await error.waitFor();
        const hidden = await error.innerText();
        await page.goto("/documents/00000000-0000-4000-8000-000000000000");
        await page.getByTestId("error").waitFor();
        assert.equal(hidden, await page.getByTestId("error").innerText());
        assert.equal(await page.getByTestId("document-text").count(), 0);
      },
    );
  },
);
