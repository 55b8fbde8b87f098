// e2e-server: profile=kawasaki demo
/**
 * Issue 14 item 3 end to end, 川崎市 demo: the directory's forms on useActionForm as the
 * administrator uses them. A person (an empty save marks the name, a malformed address is said at
 * the address, the server's refusal of an employee number in use lands at that number), a unit
 * (the server's refusal of a 課 as parent lands at the parent), a role (the server asks for the
 * scope at the scope field) and the audit log's search (an end before the start, at the end).
 * Values stay as typed after each error.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { addDays, todayJst } from "../common/calendar";
import { chooseOption, errorAt, typeDate } from "./lib/fields";
import { scenario } from "./lib/harness";
import { call } from "./lib/session";
import { type DemoUser, demoUsers, signInApi } from "./lib/walk";

const password = process.env.E2E_DEMO_PASSWORD ?? "";
const tag = Date.now().toString(36).slice(-5).toUpperCase();
const state: { users?: DemoUser[]; admin?: Page } = {};

function user(loginId: string): DemoUser {
  const u = state.users?.find((x) => x.loginId === loginId);
  assert.ok(u, `demo user ${loginId}`);
  return u;
}

interface Node {
  id: string;
  name: string;
  kind: string;
  active: boolean;
  children: Node[];
}
const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);

scenario("issue 14: the directory's forms explain themselves (person, unit, role, audit search)", (step) => {
  step("a person: the name is required, the address malformed, the number in use", async (s) => {
    state.users = demoUsers();
    const page = await s.newPage();
    state.admin = page;
    await signInApi(page, user("admin"), password);
    const people = await call<{ items: Array<{ employeeNumber: string | null }> }>(
      page,
      "GET",
      "/api/people?limit=100",
    );
    const taken = people.items.find((p) => p.employeeNumber)?.employeeNumber;
    assert.ok(taken, "a demo person has an employee number");
    await page.goto("/org/people/new");
    const form = page.getByTestId("person-form");
    await form.getByTestId("person-save").click();
    assert.match(await errorAt(page, form.getByTestId("person-name-input")), /入力してください/);
    await form.getByTestId("person-name-input").fill(`入力 確認${tag}`);
    await form.getByTestId("person-email").fill("not-an-address");
    await form.getByTestId("person-save").click();
    assert.match(await errorAt(page, form.getByTestId("person-email")), /メールアドレス/);
    await form.getByTestId("person-email").fill(`check${tag.toLowerCase()}@example.jp`);
    await form.getByTestId("person-employee-number").fill(taken);
    await form.getByTestId("person-save").click();
    // Only the server knows the number is in use: its refusal is at the number, in Japanese.
    assert.match(await errorAt(page, form.getByTestId("person-employee-number")), /既に使われている/);
    assert.equal(await form.getByTestId("person-name-input").inputValue(), `入力 確認${tag}`);
    await form.getByTestId("person-employee-number").fill(`E2E${tag}`);
    await form.getByTestId("person-save").click();
    await page.waitForURL(/\/org\/people\/[0-9a-f-]{36}$/);
    await page
      .getByTestId("person-name")
      .filter({ hasText: `入力 確認${tag}` })
      .waitFor();
  });

  step("a unit: the code is required; a 課 as parent is refused at the parent", async () => {
    const page = state.admin as Page;
    const tree = await call<{ items: Node[] }>(page, "GET", "/api/departments");
    const ka = flat(tree.items).find((d) => d.kind === "department" && d.active);
    assert.ok(ka, "the demo has a 課");
    await page.goto("/org/departments");
    await page.getByTestId("department-new").click();
    const form = page.getByTestId("department-form");
    await form.getByTestId("department-save").click();
    assert.match(await errorAt(page, form.getByTestId("department-code")), /入力してください/);
    await form.getByTestId("department-code").fill(`E2E-${tag}`);
    await form.getByTestId("department-name").fill(`確認係${tag}`);
    await chooseOption(page, form.getByTestId("department-parent"), ka.name);
    await form.getByTestId("department-save").click();
    assert.match(await errorAt(page, form.getByTestId("department-parent")), /局・部を指定/);
    assert.equal(await form.getByTestId("department-name").inputValue(), `確認係${tag}`);
  });

  step("a role over a 課 without its 課: the server asks for the scope at the scope field", async () => {
    const page = state.admin as Page;
    type Role = { key: string; scope: string; title: { ja: string } };
    const profile = await call<{ roles: Role[] }>(page, "GET", "/api/profile");
    const role = profile.roles.find((r) => r.scope === "department");
    assert.ok(role, "the profile has a role over a 課");
    await page.goto("/org/roles");
    await page.getByTestId("role-assign-new").click();
    const form = page.getByTestId("role-assignment-form");
    await form.getByTestId("role-save").click();
    assert.match(await errorAt(page, form.getByTestId("role-person")), /職員を入力してください/);
    assert.match(await errorAt(page, form.getByTestId("role-key")), /役割を入力してください/);
    await chooseOption(page, form.getByTestId("role-person"), user("staff01").name);
    const exact = `^${role.title.ja.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}（課）$`;
    await chooseOption(page, form.getByTestId("role-key"), role.title.ja, exact);
    await typeDate(form.getByTestId("role-valid-to"), addDays(todayJst(), -1));
    await form.getByTestId("role-save").click();
    assert.match(await errorAt(page, form.getByTestId("role-valid-to")), /開始日/);
    await typeDate(form.getByTestId("role-valid-to"), "");
    await form.getByTestId("role-save").click();
    assert.match(await errorAt(page, form.getByTestId("role-scope")), /範囲として課を指定/);
    // The chosen role is still chosen.
    assert.match(await form.getByTestId("role-key").inputValue(), new RegExp(role.title.ja));
  });

  step("the audit log's search: an end before the start is said at the end", async () => {
    const page = state.admin as Page;
    await page.goto("/audit");
    const form = page.getByTestId("audit-filters");
    await form.getByTestId("audit-q").fill(tag);
    await typeDate(form.getByTestId("audit-from"), todayJst());
    await typeDate(form.getByTestId("audit-to"), addDays(todayJst(), -3));
    await form.getByTestId("audit-search").click();
    assert.match(await errorAt(page, form.getByTestId("audit-to")), /開始日以降/);
    assert.equal(await form.getByTestId("audit-q").inputValue(), tag);
    await page.context().close();
  });
});
