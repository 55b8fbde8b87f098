/** Reading a form field's own message (#14 item 3: errors are shown at the field they are about). */
import assert from "node:assert/strict";
import type { Locator, Page } from "@playwright/test";

/** The message Mantine shows at a field: the element its input names in aria-describedby. */
export async function errorAt(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(/\s+/);
  const id = ids.find((x) => x.endsWith("-error"));
  assert.ok(id, "the field names its error message");
  return page.locator(`[id="${id}"]`).innerText();
}

/** Types a date into a DateField (和暦 or 西暦) and leaves the field, which reads it. */
export async function typeDate(input: Locator, date: string): Promise<void> {
  await input.fill(date);
  await input.press("Tab");
}

/** Types into a searchable select and clicks the first option whose name matches `option`. */
export async function chooseOption(page: Page, input: Locator, text: string, option = text): Promise<void> {
  await input.click();
  await input.fill(text);
  await page
    .getByRole("option", { name: new RegExp(option) })
    .first()
    .click();
}
