import type { Page } from "playwright-core";

/**
 * Opens one of the Results tabs as a user does: on the strip if it is there, else from the
 * More menu, where the tabs that do not fit a narrow pane go (Fluent Overflow).
 */
export async function openResultTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name });
  if (await tab.isVisible()) return tab.click();
  await page.getByRole("button", { name: /more tabs/ }).click();
  await page.getByRole("menuitem", { name }).click();
  await tab.waitFor();
}
