/**
 * The escalation rule belongs to the workbook it was picked for, in Chromium outside Excel: picked
 * for one file, it is there when that file is opened again (after a reload, from the browser's
 * local storage), never on another file opened next, and Reset to the default rule puts it back.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { chromiumOrSkip, PANE_START_MS, type PaneBrowser, paneIdle, startPaneBrowser, pageForSteps } from "./pane-page";
import { ROOT } from "./pane-server";

const EXAMPLE = path.join(ROOT, "examples/lac-progress-2016.xlsx");
const PICKED = "Every item rated Red or Amber for action";

/** Opens the example plan under another name, as a council's monthly copies are. */
async function openAs(page: Page, name: string): Promise<void> {
  await paneIdle(page);
  await page.getByLabel("Open workbook").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: readFileSync(EXAMPLE) });
  await page.getByText(`Open: ${name}`).waitFor();
  await paneIdle(page);
}

const rule = (page: Page) => page.getByRole("combobox", { name: "Escalation rule" }).textContent();

describe("the escalation rule, remembered per workbook", () => {
  if (!chromiumOrSkip("the settings test")) return;

  let pane: PaneBrowser;
  let page: Page;

  beforeAll(async () => {
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await page?.close();
    await pane?.close();
  });

  // One user's session, step by step on the same page, opened before them: each step starts
  // where the last one left the pane (jest runs them in order).
  let preset: string | null;

  pageForSteps(async () => (page = await pane.browserPage({ width: 340 })));

  it("picked for one file, the rule is the one shown", async () => {
    await openAs(page, "adult-social-care-savings-2016.xlsx");
    preset = await rule(page);
    await page.getByRole("combobox", { name: "Escalation rule" }).click();
    await page.getByRole("option", { name: PICKED }).click();
    expect(await rule(page)).toBe(PICKED);
  });

  it("is not carried to another file opened next", async () => {
    await openAs(page, "childrens-services-plan-2016.xlsx");
    expect(await rule(page)).toBe(preset);
    expect(await page.getByRole("button", { name: "Reset to the default rule" }).count()).toBe(0);
  });

  it("is back when its file is opened again after a reload, and the check uses it", async () => {
    await page.reload();
    await openAs(page, "adult-social-care-savings-2016.xlsx");
    expect(await rule(page)).toBe(PICKED);
    // The Escalations tab says which rule picked its items.
    await page.getByRole("button", { name: "Check plan" }).click();
    await page.getByRole("tab", { name: "Escalations" }).click();
    await page.getByText(`Rule: ${PICKED}.`).waitFor();
  });

  it("is reset to the default on request, and stays so after a reload", async () => {
    await page.getByRole("button", { name: /Settings: columns, escalation rule, checks/ }).click();
    await page.getByRole("button", { name: "Reset to the default rule" }).click();
    expect(await rule(page)).toBe(preset);
    await page.reload();
    await openAs(page, "adult-social-care-savings-2016.xlsx");
    expect(await rule(page)).toBe(preset);
    expect(pane.blocked.filter((url) => !url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
  });
});
