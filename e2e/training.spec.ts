// e2e-server: profile=nishihara demo
/**
 * Issue 15 (training) end to end in Debian Chromium on 西原村's demo organization: the CISO drafts
 * the 年度's plan on screen and the committee approves it (対策基準 6.2(2)①); a 課長 ticks a
 * 会計年度任用職員 without a login on the session's sign-in sheet (6.2(2)⑤); a staff member reads
 * an e-learning course and passes its quiz, and sees it completed; the 課長 records that person's
 * 同意書 received on paper and the 同意書 list shows it (6.1(2)②); a staff member signs the 同意書 the
 * 課長 asked for on their own screen; the CISO plans a drill (6.2(3)).
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { addDays, todayJst } from "../common/calendar";
import { errorAt, typeDate } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const suffix = Date.now().toString(36).slice(-5);
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? "";
const state: {
  plan?: string;
  session?: string;
  classroom?: string;
  elearning?: string;
  /** The 会計年度任用職員 without a login the sheet step adds. */
  hire?: string;
  pages: Record<string, Page>;
} = {
  pages: {},
};

type Member = DemoUser & { departmentId: string | null; employmentType?: string };

function cast() {
  const users = demoUsers() as Member[];
  const ciso = users.find((u) => u.duties.includes("chief_information_security_officer"));
  const committee =
    users.find((u) => u.duties.includes("approve_training_plan") && u !== ciso) ??
    users.find((u) => u.duties.includes("approve_training_plan"));
  const admin = users.find((u) => u.duties.includes("manage_organization"));
  const head = users.find(
    (u) => u.loginId.startsWith("head.") && u.duties.includes("manage_department_security") && u.departmentId,
  );
  const staff = users.find((u) => u.loginId.startsWith("staff") && u.departmentId === head?.departmentId);
  assert.ok(
    ciso && committee && admin && head && staff,
    "the demo has a CISO, the committee, a 課長 and staff",
  );
  return { ciso, committee, admin, head, staff };
}

async function as(s: { newPage(): Promise<Page> }, user: DemoUser): Promise<Page> {
  const existing = state.pages[user.loginId];
  if (existing) return existing;
  const page = await s.newPage();
  await signInApi(page, user, PASSWORD);
  state.pages[user.loginId] = page;
  return page;
}

/**
 * Picks a person in the 課長's new-hire card. The picker searches the server after a pause and
 * shows the first page of people meanwhile, so an option clicked while the list is replaced can be
 * lost (it failed so in a loaded run): wait for the search's answer, and pick again until the
 * 同意書 button, which needs a person, is enabled.
 */
async function pickNewHire(page: Page, name: string): Promise<void> {
  const enabled = page.locator('[data-testid="consent-request"]:not([disabled])');
  for (let attempt = 1; ; attempt++) {
    // The first search goes to the server; a repeated one is answered from the page's cache.
    const searched =
      attempt === 1
        ? page.waitForResponse((r) => r.url().includes("/api/people?") && r.url().includes("q="))
        : page.waitForTimeout(500);
    await page.getByTestId("newhire-person").fill("");
    await page.getByTestId("newhire-person").fill(name);
    await searched;
    await page
      .getByRole("option", { name: new RegExp(name) })
      .first()
      .click();
    try {
      await enabled.waitFor({ timeout: 3000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

scenario("issue 15: the yearly plan approved, a paper sign-in sheet, an e-learning course passed", (step) => {
  step("the CISO drafts the plan on screen, adds its courses and submits it", async (s) => {
    const { ciso } = cast();
    const page = await as(s, ciso);
    await page.goto("/training/plans");
    await page.getByTestId("plans").or(page.getByTestId("new-plan")).first().waitFor();
    // The demo organization already holds this 年度's draft (one plan per 年度): the CISO goes on
    // with it; on an empty installation they draft it first.
    const drafted = page.getByTestId("plan-link");
    if ((await drafted.count()) > 0) {
      await drafted.first().click();
    } else {
      await page.getByTestId("new-plan").click();
      await page.getByTestId("plan-title").fill(`研修計画 ${suffix}`);
      await page.getByTestId("plan-create").click();
    }
    await page.getByTestId("plan-state").waitFor();
    state.plan = page.url().split("/").pop();
    await page.waitForLoadState("networkidle");
    const coursesBefore = await page.locator('[data-testid="plan-courses"] tbody tr').count();
    const c = await call<{ data: { id: string } }>(page, "POST", "/api/training/courses", {
      planId: state.plan,
      title: `情報セキュリティ研修 ${suffix}`,
      delivery: "classroom",
      audience: { kind: "everyone" },
    });
    const e = await call<{ data: { id: string } }>(page, "POST", "/api/training/courses", {
      planId: state.plan,
      title: `標的型攻撃メール対策 ${suffix}`,
      delivery: "elearning",
      audience: { kind: "everyone" },
      materialText: "不審なメールの添付ファイルは開かず、情報セキュリティ担当へ報告してください。",
      quiz: {
        passMark: 100,
        questions: [
          {
            text: "不審なメールの添付ファイルは？",
            choices: ["開いて確かめる", "開かずに報告する"],
            correct: 1,
          },
        ],
      },
    });
    state.classroom = c.data.id;
    state.elearning = e.data.id;
    await page.reload();
    await page.getByTestId("plan-courses").waitFor();
    assert.equal(await page.locator('[data-testid="plan-courses"] tbody tr').count(), coursesBefore + 2);
    await page.getByTestId("plan-submit").click();
    await page.getByTestId("plan-state").getByText("承認待ち").waitFor();
  });

  step("the committee member approves the plan on screen (6.2(2)①)", async (s) => {
    const { committee, ciso } = cast();
    const page = await as(s, committee);
    await page.goto(`/training/plans/${state.plan}`);
    await page.getByTestId("plan-approve").click();
    await page.getByTestId("plan-state").getByText("承認済み").waitFor();
    assert.match(await page.getByTestId("plan-state").innerText(), /6\.2/);
    const cisoPage = await as(s, ciso);
    await call(cisoPage, "POST", `/api/training/plans/${state.plan}/actions`, { action: "put_in_effect" });
    const session = await call<{ data: { id: string } }>(cisoPage, "POST", "/api/training/sessions", {
      courseId: state.classroom,
      heldOn: todayJst(new Date()),
      place: "役場2階 大会議室",
    });
    state.session = session.data.id;
  });

  step("a 課長 ticks a 会計年度任用職員 without a login on the paper sheet and records it", async (s) => {
    const { admin, head } = cast();
    const adminPage = await as(s, admin);
    const name = `会計年度 花子${suffix}`;
    state.hire = name;
    await call(adminPage, "POST", "/api/people", {
      name,
      employmentType: "fiscal_year",
      employeeNumber: `E${suffix}`,
      departmentId: head.departmentId,
    });
    const page = await as(s, head);
    await page.goto(`/training/sessions/${state.session}`);
    const row = page.getByTestId("sheet-row").filter({ hasText: name });
    await row.waitFor();
    assert.match(await row.innerText(), /なし/);
    await row.getByRole("checkbox").check();
    await page.getByTestId("sheet-record").click();
    await page.getByTestId("sheet-recorded").waitFor();
    assert.match(await page.getByTestId("sheet-recorded").innerText(), /1名/);
    await page.getByTestId("sheet-row").filter({ hasText: name }).getByText("課長が記録（出席簿）").waitFor();
  });

  step(
    "the 課長 asks that 会計年度任用職員 for a 同意書, records it received on paper, and the 同意書 list shows it (6.1(2)②)",
    async (s) => {
      const { head } = cast();
      const name = state.hire as string;
      const page = await as(s, head);
      await page.goto("/training/completion");
      await pickNewHire(page, name);
      await page.getByTestId("consent-request").click();
      await page.getByTestId("consent-paper").click();
      await page.getByTestId("consent-paper-recorded").waitFor();
      await page.goto("/training/consents");
      await page.getByTestId("consent-standing").getByText("署名済み").click();
      const row = page.getByTestId("consent-people").getByRole("row", { name: new RegExp(name) });
      await row.waitFor();
      const text = await row.innerText();
      assert.match(text, /署名済み/);
      assert.match(text, /紙で受領/);
      assert.match(text, /会計年度任用/);
    },
  );

  step(
    "the 課長 asks a staff member for the 同意書; they sign it on their own screen and the 課長's list shows it signed in the app (6.1(2)②)",
    async (s) => {
      const users = demoUsers() as Member[];
      // 同意書 are asked of the employment types the profile names (西原村: 会計年度任用・臨時的任用).
      const staff = users.find(
        (u) =>
          u.loginId.startsWith("staff") &&
          (u.employmentType === "fiscal_year" || u.employmentType === "temporary") &&
          users.some(
            (h) =>
              h.loginId.startsWith("head.") &&
              h.departmentId === u.departmentId &&
              h.duties.includes("manage_department_security"),
          ),
      );
      assert.ok(staff, "the demo has a 会計年度任用職員 or 臨時的任用職員 with a login and a 課長");
      const head = users.find(
        (h) =>
          h.loginId.startsWith("head.") &&
          h.departmentId === staff.departmentId &&
          h.duties.includes("manage_department_security"),
      ) as Member;
      const headPage = await as(s, head);
      await headPage.goto("/training/completion");
      await pickNewHire(headPage, staff.name);
      await headPage.getByTestId("consent-request").click();
      await headPage.getByTestId("consent-paper").waitFor();

      const page = await as(s, staff);
      await page.goto("/training");
      const card = page
        .getByTestId("consent-card")
        .filter({ has: page.getByTestId("consent-sign") })
        .first();
      await card.waitFor();
      await card.getByTestId("consent-sign").click();
      await page.getByTestId("consent-card").getByText("本人が画面で署名").first().waitFor();

      await headPage.goto("/training/consents");
      await headPage.getByTestId("consent-standing").getByText("署名済み").click();
      const row = headPage.getByTestId("consent-people").getByRole("row", { name: new RegExp(staff.name) });
      await row.first().waitFor();
      const text = await row.first().innerText();
      assert.match(text, /署名済み/);
      assert.match(text, /画面で署名/);
    },
  );

  step("a staff member reads the e-learning course, passes its quiz and sees it completed", async (s) => {
    const { staff } = cast();
    const page = await as(s, staff);
    await page.goto("/");
    await page.getByTestId("nav-my-training").click();
    await page.getByTestId("my-courses").waitFor();
    await page
      .getByTestId("my-courses")
      .getByRole("row", { name: new RegExp(`標的型攻撃メール対策 ${suffix}`) })
      .getByTestId("take-course")
      .click();
    await page.getByTestId("course-material").waitFor();
    await page.getByTestId("quiz-question-0").getByLabel("開いて確かめる").check();
    await page.getByTestId("quiz-submit").click();
    await page.getByTestId("quiz-failed").waitFor();
    await page.getByTestId("quiz-question-0").getByLabel("開かずに報告する").check();
    await page.getByTestId("quiz-submit").click();
    await page.getByTestId("quiz-passed").waitFor();
    await page.goto("/training");
    const row = page
      .getByTestId("my-courses")
      .getByRole("row", { name: new RegExp(`標的型攻撃メール対策 ${suffix}`) });
    await row.getByText("受講済み").waitFor();
    await row.getByText("eラーニング修了").waitFor();
  });

  step("the CISO plans a drill with 体制 and 範囲 and records its first step (6.2(3))", async (s) => {
    const { ciso, staff } = cast();
    const page = await as(s, ciso);
    await page.goto("/training/drills");
    await page.getByTestId("new-drill").click();
    await page.getByTestId("drill-title").fill(`ランサムウェア訓練 ${suffix}`);
    await page.getByTestId("drill-scenario").fill("庁内LANの端末がランサムウェアに感染した");
    await page.getByTestId("drill-organization").fill("CISO・ネットワーク管理者・各課長");
    await page.getByTestId("drill-scope").fill("本庁舎の全課");
    await page.getByTestId("drill-date").fill(todayJst(new Date()));
    await page.getByTestId("drill-date").blur();
    await page.getByTestId("drill-participant").fill(staff.name);
    await page
      .getByRole("option", { name: new RegExp(staff.name) })
      .first()
      .click();
    await page.getByTestId("drill-save").click();
    await page.getByTestId("drill-status").waitFor();
    assert.match(await page.getByTestId("drill-status").innerText(), /計画/);
    // Its first step: an empty entry is marked at its fields; a time still to come is refused by
    // the server at the time field (#14 item 3), and the text typed stays.
    await page.getByTestId("drill-event-add").click();
    assert.match(await errorAt(page, page.getByTestId("drill-event-at")), /日時を入力してください/);
    const what = `初動連絡 ${suffix}`;
    await page.getByTestId("drill-event-text").fill(what);
    await typeDate(page.getByTestId("drill-event-at"), addDays(todayJst(new Date()), 2));
    await page.getByTestId("drill-event-add").click();
    assert.match(
      await errorAt(page, page.getByTestId("drill-event-at")),
      /これから起きることは記録できません/,
    );
    assert.equal(await page.getByTestId("drill-event-text").inputValue(), what);
    await page.getByTestId("drill-event-at-time").fill("00:00");
    await typeDate(page.getByTestId("drill-event-at"), todayJst(new Date()));
    await page.getByTestId("drill-event-add").click();
    await page.getByText(what).first().waitFor();
  });
});
