/**
 * Issue 5 end to end, in Debian Chromium against the real server (西原村): a staff member carries
 * out a USB medium holding 機密性2 data — the request (approval needed, basis 6.1(1)③(イ) and
 * 3.(2)⑧(イ)), approval by the section head (who sees the classification and the handling
 * restrictions beside the decision; the requester cannot approve), the carry-out, the return
 * report, the section head's confirmation that nothing is missing — and the carry-out register
 * shows each step.
 *
 * It signs in as the first administrator with the initial password, so it needs a server of its
 * own (the `fresh` line below; see e2e/run.ts).
 */
// e2e-server: fresh
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { formatWarekiShort } from "../common/calendar";
import { errorAt } from "./lib/fields";
import { ADMIN_PASSWORD, scenario } from "./lib/harness";
import { type Account, call, freshCode, signInStaff } from "./lib/session";

const suffix = Date.now().toString(36).slice(-5);
const ADMIN_NEW_PASSWORD = "Kanri-Request#2026x";
const STAFF_PASSWORD = "Shokuin-Request#2026";
const USB_NUMBER = `USB-R${suffix}`.toUpperCase();

const people: Record<"staff" | "head", Account> = {
  staff: { loginId: `staff${suffix}` },
  head: { loginId: `head${suffix}` },
};
const state: { admin?: Page; requestId?: string } = {};

/** "YYYY-MM-DDTHH:mm" in Japan time, `minutes` from now (for datetime-local inputs). */
const jstLocal = (minutes: number) =>
  new Date(Date.now() + 9 * 3600_000 + minutes * 60_000).toISOString().slice(0, 16);

/**
 * Types a date in 和暦 short form (R8.12.6) and the time into a DateTimeField, as a clerk would;
 * the field reads the 和暦 when it loses focus.
 */
async function fillDateTime(page: Page, testId: string, minutes: number): Promise<void> {
  const local = jstLocal(minutes);
  await page.getByTestId(testId).fill(formatWarekiShort(local.slice(0, 10)));
  await page.getByTestId(testId).press("Tab");
  await page.getByTestId(`${testId}-time`).fill(local.slice(11, 16));
}

scenario("issue 5: a staff member carries out a USB medium holding 機密性2 data", (step) => {
  step("the administrator signs in, changes the initial password and enrols TOTP", async (s) => {
    assert.ok(ADMIN_PASSWORD, "E2E_ADMIN_PASSWORD is set");
    const page = await s.newPage();
    state.admin = page;
    await page.goto("/");
    await page.getByTestId("login-id").fill("admin");
    await page.getByTestId("login-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("forced-password-change").waitFor();
    await page.getByTestId("current-password").fill(ADMIN_PASSWORD);
    await page.getByTestId("new-password").fill(ADMIN_NEW_PASSWORD);
    await page.getByTestId("confirm-password").fill(ADMIN_NEW_PASSWORD);
    await page.getByTestId("password-submit").click();
    await page.getByTestId("mfa-setup").click();
    const secret = ((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
    await page.getByTestId("mfa-enable-code").fill(await freshCode(secret));
    await page.getByTestId("mfa-enable").click();
    await page.getByTestId("mfa-done").click();
    await page.getByTestId("nav-requests").waitFor();
  });

  step(
    "the administrator sets up 総務課: a staff member, the section head, and the USB medium (機密性2)",
    async (s) => {
      const page = state.admin as Page;
      const dept = await call<{ id: string }>(page, "POST", "/api/departments", {
        code: `S${suffix}`.toUpperCase(),
        name: `総務課${suffix}`,
        kind: "department",
      });
      const names = { staff: "総務 一郎", head: "総務課長 花子" };
      for (const key of ["staff", "head"] as const) {
        const person = await call<{ id: string }>(page, "POST", "/api/people", {
          name: `${names[key]}${suffix}`,
          employmentType: "regular",
          departmentId: dept.id,
          email: `${people[key].loginId}@nishihara.example.lg.jp`,
        });
        people[key].personId = person.id;
        const login = await call<{ temporaryPassword: string }>(
          page,
          "POST",
          `/api/people/${person.id}/login`,
          {
            loginId: people[key].loginId,
          },
        );
        people[key].temp = login.temporaryPassword;
      }
      await call(page, "POST", "/api/role-assignments", {
        personId: people.head.personId,
        roleKey: "security_system_manager",
        scopeDepartmentId: dept.id,
      });
      // The register entry is made by the department's manager. The administrator may not make
      // themselves that manager (no self-grant, #12 item 4), so the section head enters it.
      const headPage = await signInStaff(s, people.head, STAFF_PASSWORD);
      await call(headPage, "POST", "/api/assets", {
        assetNumber: USB_NUMBER,
        name: "総務課USBメモリ（説明会資料）",
        kind: "medium",
        subkind: "usb_memory",
        departmentId: dept.id,
        confidentiality: "2",
        integrity: "2",
        availability: "2",
      });
    },
  );

  step("the staff member asks to carry it out: approval needed, and why (the clauses)", async (s) => {
    const page = await signInStaff(s, people.staff, STAFF_PASSWORD);
    await page.goto("/requests/new");
    await page.getByTestId("request-kind-carry_out").click();
    await page.getByTestId("request-asset-search").fill(USB_NUMBER);
    await page.getByTestId(`request-asset-add-${USB_NUMBER}`).click();
    const approval = page.getByTestId("request-approval");
    await approval.waitFor();
    assert.equal(await approval.getAttribute("data-required"), "true");
    const basis = await approval.innerText();
    assert.match(basis, /6\.1\/\(1\)\/③\/\(イ\)/);
    assert.match(basis, /3\/\(2\)\/⑧\/\(イ\)/);
    // #14 item 3: the purpose left empty is asked for at its field before anything is sent, by
    // its label; what was typed stays.
    const purpose = page.getByTestId("request-field-purpose");
    const destination = page.getByTestId("request-field-destination");
    await destination.fill("熊本県庁");
    await fillDateTime(page, "request-field-startsAt", 240);
    await fillDateTime(page, "request-field-returnDueAt", 5);
    await page.getByTestId("request-field-encrypted").check();
    await page.getByTestId("request-submit").click();
    assert.match(await errorAt(page, purpose), /目的（業務上の必要性）を入力してください/);
    assert.equal(await destination.inputValue(), "熊本県庁");
    assert.ok(await page.getByTestId("request-field-encrypted").isChecked(), "the checkbox stays ticked");
    // The server's refusal of a return due before the start lands at the return due's own input
    // (its path is fields.returnDueAt), the values still as typed.
    await purpose.fill("県の説明会で資料を投影するため");
    await page.getByTestId("request-submit").click();
    const returnDue = page.getByTestId("request-field-returnDueAt");
    assert.match(await errorAt(page, returnDue), /開始より前/);
    assert.equal(await purpose.inputValue(), "県の説明会で資料を投影するため");
    assert.equal(await destination.inputValue(), "熊本県庁");
    await fillDateTime(page, "request-field-startsAt", 5);
    await fillDateTime(page, "request-field-returnDueAt", 240);
    await page.getByTestId("request-submit").click();
    const status = page.getByTestId("request-status");
    await status.waitFor();
    assert.equal(await status.getAttribute("data-status"), "submitted");
    state.requestId = page.url().split("/").pop();
    // The requester has no decision panel, and the server refuses a self-approval.
    assert.equal(await page.getByTestId("request-decision-panel").count(), 0);
    const refused = await page.evaluate(async (id) => {
      const me = await fetch("/api/auth/me");
      const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
      const r = await fetch(`/api/requests/${id}/approve`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrf },
        body: "{}",
      });
      return { status: r.status, body: (await r.json()) as { error: { code: string } } };
    }, state.requestId);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, "separation_of_duties");
  });

  step(
    "the section head sees it waiting, with the classification and handling restrictions, and approves",
    async (s) => {
      const page = await signInStaff(s, people.head, STAFF_PASSWORD);
      // ダッシュボード: 承認待ち counted, linking to the waiting list.
      await page.goto("/");
      const waitingCard = page.getByTestId("dashboard-count-requests.awaiting_approval");
      await waitingCard.waitFor();
      assert.ok(Number(await waitingCard.getByTestId("dashboard-count-value").innerText()) >= 1);
      assert.equal(await waitingCard.getAttribute("href"), "/requests/waiting");
      // お知らせ: the unread count beside 自分の申請, and the notification links to the request.
      await page.goto("/requests");
      const unread = page.getByTestId("notifications-unread-count");
      await unread.waitFor();
      assert.ok(Number(await unread.innerText()) >= 1);
      assert.equal(await page.getByTestId("nav-request-notifications").count(), 1);
      assert.equal(await page.getByTestId("nav-request-overrides").count(), 0);
      await page.goto("/requests/notifications");
      await page
        .locator('[data-testid="notification-row"][data-read="false"] [data-testid="notification-link"]')
        .first()
        .click();
      await page.waitForURL(`**/requests/${state.requestId}`);
      await page.getByTestId("request-decision-panel").waitFor();
      await page.goto("/requests/notifications");
      await page.locator('[data-testid="notification-row"][data-read="true"]').first().waitFor();
      // メール通知: the head's own choice, kept across visits.
      const mode = page.getByTestId("mail-preference").getByText("毎日まとめて（1日1通）");
      await mode.click();
      await page.reload();
      await page.getByTestId("mail-preference").waitFor();
      assert.equal(
        await page.getByTestId("mail-mode").locator("input:checked").getAttribute("value"),
        "digest",
      );
      await page.goto("/requests/waiting");
      await page.locator(`[data-testid="request-row"][data-id="${state.requestId}"] a`).click();
      await page.getByTestId("request-decision-panel").waitFor();
      const assets = await page.getByTestId("request-assets").innerText();
      assert.match(assets, new RegExp(USB_NUMBER));
      assert.match(assets, /機密性2/);
      // A rejection needs its reason: without one the server's message is at the comment field,
      // and the request still waits.
      await page.getByTestId("request-reject").click();
      assert.match(await errorAt(page, page.getByTestId("request-comment")), /理由を入力してください/);
      assert.equal(await page.getByTestId("request-status").getAttribute("data-status"), "submitted");
      await page.getByTestId("request-comment").fill("暗号化を確認しました");
      await page.getByTestId("request-approve").click();
      await page.locator('[data-testid="request-status"][data-status="approved"]').waitFor();
    },
  );

  step("the staff member records the carry-out and, back in the office, reports the return", async () => {
    const page = people.staff.page as Page;
    await page.goto(`/requests/${state.requestId}`);
    await page.getByTestId("request-start").click();
    await page.locator('[data-testid="request-status"][data-status="in_effect"]').waitFor();
    await fillDateTime(page, "request-returned-at", 0);
    await page.getByTestId("request-return-report").click();
    await page.getByTestId("request-return-report").waitFor({ state: "detached" });
  });

  step("the section head confirms nothing is missing; the request is completed", async () => {
    const page = people.head.page as Page;
    await page.goto(`/requests/${state.requestId}`);
    await page.getByTestId("request-nothing-missing").check();
    await page.getByTestId("request-confirm-return").click();
    await page.locator('[data-testid="request-status"][data-status="completed"]').waitFor();
  });

  step("the carry-out register shows each step of the request", async () => {
    const page = people.head.page as Page;
    await page.goto("/registers/carry_out_log");
    await page.getByTestId("register-table").waitFor();
    const rows = page.locator(`[data-testid="register-row"][data-request="${state.requestId}"]`);
    const events = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
    assert.deepEqual([...events].sort(), ["carried_out", "permitted", "return_confirmed", "returned"].sort());
    assert.match(await rows.first().innerText(), new RegExp(USB_NUMBER));
  });

  step(
    "送信メール: the administrator sees the head's mail held (no SMTP server), naming no asset",
    async () => {
      const page = state.admin as Page;
      await page.goto("/admin/mail");
      await page.locator('[data-testid="mail-smtp-state"][data-configured="false"]').waitFor();
      const row = page.locator('[data-testid="mail-row"]', {
        hasText: `${people.head.loginId}@nishihara.example.lg.jp`,
      });
      await row.first().waitFor();
      assert.equal(await row.first().getAttribute("data-status"), "queued");
      await row.first().getByTestId("mail-open").click();
      const body = await page.getByTestId("mail-body").innerText();
      assert.match(body, /承認待ちの申請があります/);
      assert.match(body, new RegExp(`/requests/${state.requestId}`));
      assert.doesNotMatch(body, new RegExp(USB_NUMBER));
      assert.doesNotMatch(body, /説明会資料/);
    },
  );

  step(
    "a draft's chosen person shows by name in the editor, even when the search does not list them",
    async (s) => {
      const page = await signInStaff(s, people.staff, STAFF_PASSWORD);
      const { data: draft } = await call<{ data: { id: string } }>(page, "POST", "/api/requests", {
        kind: "system_change",
        fields: {
          system: "庶務システム",
          description: "月次の保守作業",
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          secondPersonId: people.head.personId,
        },
      });
      // The picker's search answers nobody: the chosen person must be read by id, not found in it.
      await page.route(/\/api\/people\?/, (route) =>
        route.fulfill({ json: { items: [], total: 0, nextCursor: null } }),
      );
      await page.goto(`/requests/${draft.id}`);
      await page.getByTestId("request-edit").click();
      const picker = page.getByTestId("request-field-secondPersonId");
      await picker.waitFor();
      await page.waitForFunction(
        (name) =>
          (
            document.querySelector('[data-testid="request-field-secondPersonId"]') as HTMLInputElement | null
          )?.value.includes(name),
        "総務課長 花子",
      );
      assert.match(await picker.inputValue(), new RegExp(`総務課長 花子${suffix}`));
      await page.unroute(/\/api\/people\?/);
    },
  );
});
