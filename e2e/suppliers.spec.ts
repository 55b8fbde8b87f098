// e2e-server: profile=nishihara demo
/**
 * Issue 17 (contractors) end to end, in Debian Chromium on 西原村's demo organization: a 課長
 * prepares a system-maintenance contract on the screen; moving it on is refused with the missing
 * clause named (対策基準 9.1(2)); the clauses are confirmed with their article on the screen, the
 * contractor's people and their pledges are recorded, information is lent, and the contract closes
 * only after the disposal certificate is attached.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { errorAt, typeDate } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const suffix = Date.now().toString(36).slice(-5);
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const state: { page?: Page; id?: string; subject: string } = { subject: `住民記録システム保守 ${suffix}` };

function head(): DemoUser {
  const h = (demoUsers() as Array<DemoUser & { departmentId: string | null }>).find(
    (u) => u.loginId.startsWith("head.") && u.duties.includes("manage_department_security") && u.departmentId,
  );
  assert.ok(h, "the demo has a 課長");
  return h;
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

scenario(
  "issue 17: a contract is prepared, its clauses confirmed, and closed only with the certificate",
  (step) => {
    step("the 課長 prepares a contract on the screen", async (s) => {
      const page = await s.newPage();
      await signInApi(page, head(), PASSWORD);
      state.page = page;
      await call(page, "POST", "/api/suppliers/contractors", { name: `株式会社保守 ${suffix}` });
      await page.goto("/suppliers/contracts");
      await page.getByRole("button", { name: "委託契約を作成" }).click();
      // An empty form: each required field says so at the field, in Japanese (#14 item 3).
      await page.getByTestId("contract-create").click();
      assert.match(await errorAt(page, page.getByTestId("contract-subject")), /件名.*入力してください/);
      assert.match(await errorAt(page, page.getByTestId("contract-starts")), /契約開始日を入力してください/);
      await page.getByRole("combobox", { name: "委託事業者" }).click();
      await page.getByRole("option", { name: `株式会社保守 ${suffix}` }).click();
      await page.getByRole("textbox", { name: "件名" }).fill(state.subject);
      await typeDate(page.getByRole("textbox", { name: "契約開始日" }), "2026-04-01");
      // An end before the start: only the server knows the rule; its message lands at the end date.
      await typeDate(page.getByRole("textbox", { name: "契約終了日" }), "2026-03-31");
      await page.getByRole("checkbox", { name: "情報システムの開発・運用・保守" }).check();
      await page.getByTestId("contract-create").click();
      assert.match(await errorAt(page, page.getByTestId("contract-ends")), /終了日は開始日以降/);
      // What was typed stays.
      assert.equal(await page.getByRole("textbox", { name: "件名" }).inputValue(), state.subject);
      await typeDate(page.getByRole("textbox", { name: "契約終了日" }), "2027-03-31");
      await page.getByTestId("contract-create").click();
      await page.waitForURL(/\/suppliers\/contracts\/[0-9a-f-]{36}$/);
      state.id = page.url().split("/").pop();
      await page.getByTestId("clause-subcontracting").waitFor();
    });

    step("moving it on is refused, naming the missing clause and its clause of the policy", async () => {
      const page = state.page as Page;
      await page.getByTestId("move-checked").click();
      const error = page.getByTestId("transition-error");
      await error.waitFor();
      assert.match(await error.innerText(), /再委託に関する制限事項の遵守（対策基準 9\.1\.\(2\)⑧）/);
    });

    step("the clauses are confirmed with their article, and the contract starts", async () => {
      const page = state.page as Page;
      const rows = page.locator('tr[data-testid^="clause-"]');
      const n = await rows.count();
      assert.equal(n, 13);
      for (let i = 0; i < n; i++) {
        await rows.nth(i).getByRole("checkbox").check();
        await rows
          .nth(i)
          .getByRole("textbox")
          .fill(`第${i + 1}条`);
      }
      await page.getByTestId("clauses-save").click();
      await page.getByTestId("move-checked").click();
      await page.getByTestId("move-active").waitFor();
      await page.getByTestId("move-active").click();
      await page.getByTestId("move-ending").waitFor();
      assert.equal(await page.getByTestId("contract-state").innerText(), "履行中");
    });

    step("the contractor's responsible person is added and the pledge's receipt recorded", async () => {
      const page = state.page as Page;
      await page.getByRole("textbox", { name: "氏名" }).first().fill("委託 太郎");
      await page.getByTestId("person-add").click();
      await page.getByRole("cell", { name: "委託 太郎" }).waitFor();
      const person = (
        await call<{ data: { people: Array<{ personId: string }> } }>(
          page,
          "GET",
          `/api/suppliers/contracts/${state.id}`,
        )
      ).data.people[0];
      await call(page, "POST", "/api/suppliers/pledges", {
        contractId: state.id,
        personId: person.personId,
        version: "令和8年版",
        signedOn: "2026-03-28",
        receivedOn: "2026-03-30",
      });
      await page.reload();
      await page.getByText("令和8年版").waitFor();
    });

    step(
      "information is lent; the contract ends only after the disposal certificate is attached",
      async () => {
        const page = state.page as Page;
        const slip = await call<{ data: { id: string } }>(
          page,
          "POST",
          `/api/suppliers/contracts/${state.id}/lendings`,
          {
            slipNumber: `受渡-${suffix}`,
            description: "住民記録データ（暗号化USBメモリ）",
            lentOn: "2026-04-05",
          },
        );
        await page.reload();
        await page.getByTestId("move-ending").click();
        await page.getByTestId("move-closed").waitFor();
        await page.getByTestId("move-closed").click();
        const error = page.getByTestId("transition-error");
        await error.waitFor();
        assert.match(await error.innerText(), new RegExp(`受渡-${suffix}`));
        await page.getByRole("combobox", { name: "受渡票番号" }).click();
        await page.getByRole("option", { name: new RegExp(`受渡-${suffix}`) }).click();
        await page.getByRole("textbox", { name: "廃棄証明書番号" }).fill("消去証明 第15号");
        await page.getByRole("textbox", { name: "廃棄証明日" }).fill("2027-04-10");
        await page.getByRole("textbox", { name: "廃棄証明日" }).press("Tab");
        // Mantine's FileInput keeps the real file input hidden beside its button: the page has one.
        await page
          .locator('input[type="file"]')
          .setInputFiles({ name: "消去証明書.pdf", mimeType: "application/pdf", buffer: PDF });
        await page.getByTestId("certificate-submit").click();
        await page.getByText("廃棄証明済み").waitFor();
        assert.ok(slip.data.id);
        await page.getByTestId("move-closed").click();
        await page.getByText("終了", { exact: true }).first().waitFor();
        const closed = await call<{ data: { state: string } }>(
          page,
          "GET",
          `/api/suppliers/contracts/${state.id}`,
        );
        assert.equal(closed.data.state, "closed");
      },
    );
  },
);
