import type { Locator, Page } from "playwright-core";

/** Presses `key` until `target` has the focus, as a keyboard user tabs to a control. */
export async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`60 presses of ${key} never reached the control`);
}

/** The element with the focus, as a user would name it: its role and accessible text. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing";
    const role = el.getAttribute("role") ?? (/^H[1-6]$/.test(el.tagName) ? "heading" : el.tagName.toLowerCase());
    return `${role}: ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60)}`;
  });

/** All the text of the element with the focus, for a message longer than `focused` names. */
export const focusedText = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? "" : (document.activeElement?.textContent ?? "")));
