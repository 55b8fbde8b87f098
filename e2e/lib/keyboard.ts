/**
 * Keyboard-only helpers: move focus with Tab and check that every stop shows where the focus is
 * (an outline or a ring), as a clerk without a mouse would see it.
 */
import assert from "node:assert/strict";
import type { Page } from "@playwright/test";
import { freshCode } from "./session";
import type { DemoUser } from "./walk";

export interface FocusStop {
  tag: string;
  testId: string | null;
  href: string | null;
  label: string;
  visible: boolean;
}

/**
 * The focused element and whether its focus is drawn (outline or box-shadow, not `none`) on it or
 * on the field box around it.
 */
export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: "body", testId: null, href: null, label: "", visible: false };
    const drawn = (e: Element) => {
      const style = getComputedStyle(e);
      const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow !== "none" && style.boxShadow !== "");
    };
    // A multi-select's typing field sits inside the field box, which draws the ring (:focus-within).
    const box = el.closest(".mantine-Input-input");
    return {
      tag: el.tagName.toLowerCase(),
      testId: el.getAttribute("data-testid"),
      href: el.getAttribute("href"),
      label: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40),
      visible: drawn(el) || (box !== null && box !== el && drawn(box)),
    };
  });
}

/**
 * Presses Tab until the focused element matches, asserting that each stop on the way shows its
 * focus; fails after `max` presses (a focus trap or an element out of the tab order).
 */
export async function tabTo(
  page: Page,
  matches: (stop: FocusStop) => boolean,
  what: string,
  max = 80,
): Promise<FocusStop> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    path.push(stop.testId ?? stop.href ?? `${stop.tag} ${stop.label}`);
    assert.ok(
      stop.tag === "body" || stop.visible,
      `focus not visible on ${path.at(-1)} (on the way to ${what})`,
    );
    if (matches(stop)) return stop;
  }
  assert.fail(`${what} not reached with Tab after ${max} presses: ${path.join(" → ")}`);
}

export const byTestId = (id: string) => (s: FocusStop) => s.testId === id;
export const byHref = (href: string) => (s: FocusStop) => s.href === href;

/** Signs in with the keyboard only: type, Tab, Enter (the sign-in flow must work without a mouse). */
export async function signInWithKeyboard(page: Page, user: DemoUser, password: string): Promise<void> {
  await page.goto("/");
  await page.getByTestId("login-id").focus();
  await page.keyboard.type(user.loginId);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  if (user.totpSecret) {
    await page.getByTestId("mfa-code").waitFor();
    await page.keyboard.type(await freshCode(user.totpSecret));
    await page.keyboard.press("Enter");
  }
  await page.getByRole("navigation").first().waitFor();
}
