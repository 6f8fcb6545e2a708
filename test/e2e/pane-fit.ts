/**
 * Whether the pane fits its width, as the browser tests and `npm run screenshots` check it: a task
 * pane is 320 to 340 px wide by default, and a control cut off at its right edge, or a page the
 * user must scroll sideways, is a pane they cannot use.
 */
import type { Page } from "playwright-core";

/** The default task pane's narrowest and widest widths, in CSS px. */
export const PANE_WIDTHS = [320, 340];

/** Lets the page lay itself out again (and its resize observers run) after the viewport changed. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * What runs past the pane's edges as it is shown now, one line each: the page when it scrolls
 * sideways, then every control the user can see whose box leaves the width left by the scroll
 * bar. None when the pane fits.
 */
export async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > width) found.push(`the page is ${scrollWidth} px wide in a ${width} px pane`);
    const controls = document.querySelectorAll<HTMLElement>("button, input:not([type=file]), select, textarea, a[href], [role=combobox], [role=tab], [data-testid=drop-zone]");
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (!box.width || !control.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        const name = control.getAttribute("aria-label") ?? control.textContent?.trim().slice(0, 40) ?? "";
        found.push(`${control.tagName.toLowerCase()}${control.getAttribute("role") ? `[role=${control.getAttribute("role")}]` : ""} "${name}" spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
      }
    }
    return found;
  });
}

/**
 * `overflows` at each of `widths` in turn (the page's height kept), each line naming its width;
 * the viewport is put back as it was before returning. The page's own width, when it is one of
 * them, is measured first as it stands: each resize lays the whole pane out again, the costly part.
 */
export async function overflowsAt(page: Page, widths: number[] = PANE_WIDTHS): Promise<string[]> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("The page has no fixed viewport to narrow.");
  const at = async (width: number) => (await overflows(page)).map((line) => `at ${width} px: ${line}`);
  const found = widths.includes(viewport.width) ? await at(viewport.width) : [];
  const others = widths.filter((width) => width !== viewport.width);
  if (!others.length) return found;
  try {
    for (const width of others) {
      await page.setViewportSize({ width, height: viewport.height });
      await settle(page);
      found.push(...(await at(width)));
    }
  } finally {
    await page.setViewportSize(viewport);
    await settle(page);
  }
  return found;
}

/**
 * A picture of the whole pane, top to bottom, as a pane that tall shows it. Playwright's
 * fullPage capture is not that: it measures the page with its scroll bar, then captures it
 * without one, laid out 15 px wider than the picture, so every full-width control looks cut off
 * at the right. Here the viewport is made as tall as the pane first, so that the layout and the
 * picture agree; it is put back afterwards.
 */
export async function wholePaneScreenshot(page: Page, file: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("The page has no fixed viewport to picture.");
  try {
    // Laid out wider, the pane may grow shorter or (rarely) taller: grow the viewport until nothing is left below it.
    let height = viewport.height;
    for (let tries = 0; tries < 3; tries++) {
      const needed = await page.evaluate(() => document.documentElement.scrollHeight);
      if (needed <= height) break;
      height = needed;
      await page.setViewportSize({ width: viewport.width, height });
      await settle(page);
    }
    await page.screenshot({ path: file });
  } finally {
    await page.setViewportSize(viewport);
    await settle(page);
  }
}
