// e2e-server: profile=kawasaki demo
/**
 * 川崎市 基準 第4章4(3) on the disposal request's completion form, in Debian Chromium: a staff
 * member's request to dispose of a USB memory holding 区分Ⅱ information is approved by the 課長
 * (情報管理者); before anything is sent, the form marks 数量 and 残骸の写真 required and says why
 * (the rule's text and clause), and 証明書の番号 only once the method is a contractor's. Sent without
 * them, the server's refusal lands at each field; with them the disposal is completed.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "@playwright/test";
import { todayJst } from "../common/calendar";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { signedInDemo } from "./lib/walk";

const state: { staff?: Page; requestId?: string } = {};

/** The input is marked required (Mantine's asterisk and the input's own `required`). */
async function isRequired(input: Locator): Promise<boolean> {
  return (await input.getAttribute("required")) !== null;
}

scenario(
  "川崎市 第4章4(3): the disposal form marks 数量 and 残骸の写真 required before it is sent",
  (step) => {
    step("a staff member asks to dispose of a 区分Ⅱ USB memory; the 課長 approves", async (s) => {
      const staff = await signedInDemo(s, "staff01");
      state.staff = staff;
      const me = await call<{ user: { departmentId: string } }>(staff, "GET", "/api/auth/me");
      const usb = await call<{ data: { id: string } }>(staff, "POST", "/api/assets", {
        kind: "medium",
        departmentId: me.user.departmentId,
        name: "USBメモリ 窓口交付用",
        confidentiality: "II",
        integrity: "III",
        availability: "III",
      });
      const created = await call<{ data: { id: string } }>(staff, "POST", "/api/requests", {
        kind: "disposal",
        assetIds: [usb.data.id],
        fields: { reason: "破損のため", method: "physical_destruction", plannedOn: todayJst() },
      });
      state.requestId = created.data.id;
      await call(staff, "POST", `/api/requests/${state.requestId}/submit`, {});
      const head = await signedInDemo(s, "head.sk-shomu");
      await call(head, "POST", `/api/requests/${state.requestId}/approve`, {});
      await head.context().close();
    });

    step(
      "the form marks 数量 and 残骸の写真 required before anything is sent, citing 第4章4(3)",
      async () => {
        const page = state.staff as Page;
        await page.goto(`/requests/${state.requestId}`);
        const quantity = page.getByTestId("request-disposal-quantity");
        const photo = page.getByTestId("request-disposal-photo");
        const certificate = page.getByTestId("request-disposal-certificate");
        await quantity.waitFor();
        assert.ok(await isRequired(quantity), "数量 is marked required");
        assert.ok(await isRequired(photo), "残骸の写真 is marked required");
        assert.equal(await isRequired(certificate), false, "the certificate waits on the method");
        const basis = await page.locator("body").innerText();
        assert.match(basis, /残骸の写真等を記録した廃棄記録/);
        assert.match(basis, /基準 第4章4\.\(3\)/);
        // A contractor's disposal: the certificate is marked too (第7章3(5)イ(イ)).
        await page.getByTestId("request-disposal-method").click();
        await page.getByRole("option", { name: /委託事業者による消去/ }).click();
        await page.waitForFunction(() =>
          document.querySelector('[data-testid="request-disposal-certificate"]')?.hasAttribute("required"),
        );
        await page.getByTestId("request-disposal-method").click();
        await page.getByRole("option", { name: "物理的破壊" }).click();
      },
    );

    step("sent without them, the server's refusal is at each field; with them it completes", async () => {
      const page = state.staff as Page;
      await page.getByTestId("request-disposed-on").fill(todayJst());
      await page.getByTestId("request-disposed-on").press("Tab");
      await page.getByTestId("request-complete").click();
      const quantity = page.getByTestId("request-disposal-quantity");
      await quantity.and(page.locator('[aria-invalid="true"]')).waitFor();
      await page.getByTestId("request-disposal-photo").and(page.locator('[aria-invalid="true"]')).waitFor();
      await quantity.fill("1本");
      await page.getByTestId("request-disposal-photo").fill("廃棄写真 No.12");
      await page.getByTestId("request-complete").click();
      await page.locator('[data-testid="request-status"][data-status="completed"]').waitFor();
    });
  },
);
