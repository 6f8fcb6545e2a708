/**
 * The task pane in a real browser (Debian's Chromium through playwright-core), built with the
 * add-in's own webpack config and served from 127.0.0.1; nothing else is reachable.
 * - Outside Excel: office.js comes from node_modules and reports no host; the pane opens the
 *   example plan, checks it, downloads the checked copy and clears it.
 * - In Excel: office.js is the stand-in of office-stand-in.ts (Office.onReady says Excel,
 *   Excel.run works on a fake workbook holding the same plan); the pane lists the sheet, checks
 *   it, selects a finding's cell, writes the summary sheets and clears them, in Office's dark theme.
 * Both save screenshots to test-output/screenshots; the browser run refreshes docs/pane.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { readGrids } from "../../src/adapters/xlsx";
import type { StandInSetup } from "./office-stand-in";
import { CHROMIUM, chromiumOrSkip, hasChromium, OFFICE_DARK, PANE_START_MS, type PaneBrowser, POLL, startPaneBrowser, pageForSteps } from "./pane-page";
import { ROOT } from "./pane-server";
import { openResultTab } from "./result-tabs";

const EXAMPLE = path.join(ROOT, "examples/lac-progress-2016.xlsx");
const PLAN_SHEET = "LAC Progress Jun-16";
const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
/**
 * The README's picture is refreshed only when asked (UPDATE_README_SCREENSHOT=1 npx jest test/e2e),
 * so that running the tests leaves the checkout as it was.
 */
const README_SCREENSHOT = process.env.UPDATE_README_SCREENSHOT ? path.join(ROOT, "docs/pane.png") : path.join(SCREENSHOTS, "readme-pane.png");
/** The default task pane is 320–350 px wide: the pane is looked at, and shot, at that width. */
const PANE = { width: 340, height: 1000 };
/** What the ribbon's Check plan records (src/commands/commands.ts) when the plan sheet is protected. */
const RIBBON_FAILURE = `The sheet "${PLAN_SHEET}" is protected, so the checker wrote nothing. Unprotect it (Review > Unprotect Sheet) and check again.`;

if (!hasChromium && !process.env.CI) {
  console.warn(`SKIPPED the pane's browser test: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) to run it.`);
}

/** A finding's button reads "<cell> <severity>: <message>". */
const FINDING = /^[A-Z]+\d+ /;

/** The pane fits the narrowest default pane: nothing is cut off or needs a sideways scroll. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: PANE.height });
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect({ width, scrollWidth }).toEqual({ width, scrollWidth: clientWidth });
  await page.setViewportSize(PANE);
}

async function escalationIds(page: Page): Promise<Array<string | null | undefined>> {
  await openResultTab(page, "Escalations");
  const escalations = page.getByRole("list", { name: "Items for escalation" }).getByRole("listitem");
  await escalations.first().waitFor();
  return escalations.evaluateAll((items) => items.map((li) => li.querySelector("span span")?.textContent));
}

async function clearHighlights(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Clear highlights" }).click();
  await page.getByRole("dialog", { name: "Clear highlights?" }).getByRole("button", { name: "Clear", exact: true }).click();
  await page.getByText("The checker's highlights, notes and summary sheets were removed.").waitFor();
}

describe("the pane in a real browser", () => {
  if (!chromiumOrSkip("the pane's browser test")) return;

  let pane: PaneBrowser;
  /** Where downloads are saved, removed afterwards. */
  let work: string;

  const shot = (page: Page, name: string) =>
    // What the user sees in the pane's window, not the whole scroll height: findings run long.
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "pane-e2e-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(path.dirname(README_SCREENSHOT), { recursive: true });
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await pane?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe("outside Excel", () => {
    let page: Page;
    pageForSteps(async () => (page = await pane.browserPage(PANE)));

    const openExample = async () => {
      const input = page.getByLabel("Open workbook");
      await input.waitFor();
      await page.waitForFunction(() => !(document.querySelector("input[type=file]") as HTMLInputElement | null)?.disabled, undefined, POLL);
      await input.setInputFiles(EXAMPLE);
      await page.getByText("29 Jun 2016: the sheet's reporting date").waitFor();
    };

    // One user's session, in steps: each test goes on from where the one before left the page.
    it("opens the example plan and checks it, each finding leading to its row, in the narrowest pane", async () => {
      // The page has just loaded the pane (browserPage), and nothing was opened in it yet.
      await page.getByLabel("Open workbook").waitFor();
      await page.waitForFunction(() => !(document.querySelector("input[type=file]") as HTMLInputElement | null)?.disabled, undefined, POLL);
      await shot(page, "01-start");
      const packageModuleBeforeOpening = pane.requested.filter((url) => /\bxlsx\.[^/]*js/.test(url));

      await openExample();
      expect(await page.getByLabel("As-of date").inputValue()).toBe("29/06/2016");
      await shot(page, "02-workbook-open");
      // The .xlsx package module is fetched only once a workbook is opened: the pane inside Excel never loads it.
      expect(packageModuleBeforeOpening).toEqual([]);
      expect(pane.requested.some((url) => /\bxlsx\.[^/]*js/.test(url))).toBe(true);

      await page.getByRole("button", { name: "Check plan" }).click();
      await page.getByRole("heading", { name: "Results" }).waitFor();
      await page.getByRole("button", { name: FINDING }).first().waitFor();
      await shot(page, "03-findings");
      await page.screenshot({ path: README_SCREENSHOT });
      await expectNoSidewaysScroll(page, 320);

      const finding = page.getByRole("button", { name: FINDING }).first();
      const row = (await finding.textContent())?.match(/^[A-Z]+(\d+)/)?.[1];
      await finding.click();
      await page.getByRole("region", { name: `Row ${row} of ${PLAN_SHEET}` }).waitFor();
      await expectNoSidewaysScroll(page, 320);
    });

    it("shows the checked plan's escalations, slippage and savings", async () => {
      expect(await escalationIds(page)).toEqual(["2.1", "2.2", "4.7"]);
      await page.getByRole("heading", { name: "Results" }).scrollIntoViewIfNeeded();
      await shot(page, "04-escalations");
      await openResultTab(page, "Slippage");
      await shot(page, "05-slippage");
      await openResultTab(page, "Savings");
      await page.getByText("Total savings: £4,380,000").waitFor();
      await shot(page, "06-savings");
      await expectNoSidewaysScroll(page, 320);
    });

    it("downloads the checked workbook and clears it, the plan never leaving the machine", async () => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download checked workbook" }).click()]);
      expect(file.suggestedFilename()).toBe("lac-progress-2016 (checked).xlsx");
      const saved = path.join(work, "checked.xlsx");
      await file.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([PLAN_SHEET, "Board summary", "Savings", "Actions"]));
      await page.getByText("The checked workbook was downloaded.").waitFor();
      await shot(page, "07-downloaded");

      // Clear highlights (with its confirmation) takes what the download wrote out of the workbook held in the page.
      await clearHighlights(page);
      await shot(page, "08-cleared");

      // office.js outside Office asks for its own telemetry frame, which the route stops and does not
      // count. The pane asks for nothing else beyond 127.0.0.1 and office.js: the plan never leaves the machine.
      expect(pane.blocked).toEqual([]);
    });

    it("remembers the escalation rule in this browser", async () => {
      await page.goto(`${pane.origin}/taskpane.html`);
      await openExample();
      await page.getByRole("combobox", { name: "Escalation rule" }).click();
      await page.getByRole("option", { name: "Every item rated Red or Amber for action" }).click();
      await page.reload();
      await openExample();
      expect(await page.getByRole("combobox", { name: "Escalation rule" }).textContent()).toBe("Every item rated Red or Amber for action");
    });

    it("says plainly that a file which is not a workbook cannot be opened", async () => {
      await page.goto(`${pane.origin}/taskpane.html`);
      await page.waitForFunction(() => !(document.querySelector("input[type=file]") as HTMLInputElement | null)?.disabled, undefined, POLL);
      await page.getByLabel("Open workbook").setInputFiles({ name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from("No.,Action\n1,Do it\n") });
      await page.getByText("'plan.csv' is not an Excel workbook (.xlsx).", { exact: false }).waitFor();
      await shot(page, "09-not-a-workbook");
    });
  });

  describe("in Excel (office.js stood in, Office's dark theme)", () => {
    let excel: Page;
    const visibleSheets = () => excel.evaluate(() => window.__excelStandIn.model.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name));
    const allSheets = () => excel.evaluate(() => window.__excelStandIn.model.sheets.map((s) => s.name));

    pageForSteps(async () => {
      const { grids } = readGrids(readFileSync(EXAMPLE));
      const readMe = { name: "Read me", rows: [[{ value: "Kept by the programme office", text: "Kept by the programme office" }]], merges: [], date1904: false };
      const setup: StandInSetup = { grids: [readMe, ...grids], active: 1, settings: { "actionPlanChecker.lastError": RIBBON_FAILURE }, officeTheme: OFFICE_DARK };
      return (excel = await pane.excelPage(setup, PANE));
    });

    it("lists the sheet, checks it, selects a finding's cell, writes the summary sheets and clears them", async () => {
      // The page has just loaded the pane (excelPage). The ribbon's failure, recorded in the workbook's settings, is said first.
      await excel.getByText("Check plan on the ribbon did not work").waitFor();
      await excel.getByText(RIBBON_FAILURE).waitFor();
      expect(await excel.getByLabel("Open workbook").count()).toBe(0);
      const background = await excel.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(Math.max(r, g, b)).toBeLessThan(80);
      await shot(excel, "excel-01-start");
      await excel.getByRole("button", { name: "Dismiss" }).click();
      await excel.waitForFunction(() => !window.__excelStandIn.settings.has("actionPlanChecker.lastError") && window.__excelStandIn.saves > 0, undefined, POLL);
      expect(await excel.getByText("Check plan on the ribbon did not work").count()).toBe(0);

      const sheetPicker = excel.getByRole("combobox", { name: "Sheet" });
      expect(await sheetPicker.textContent()).toBe(PLAN_SHEET);
      await sheetPicker.click();
      expect(await excel.getByRole("option").allTextContents()).toEqual(["Read me", PLAN_SHEET]);
      await excel.keyboard.press("Escape");
      expect(await excel.getByLabel("As-of date").inputValue()).toBe("29/06/2016");

      // By keyboard: a day back with the arrow key, then Check plan with Enter.
      await excel.getByLabel("As-of date").focus();
      await excel.keyboard.press("ArrowDown");
      expect(await excel.getByLabel("As-of date").inputValue()).toBe("28/06/2016");
      await excel.getByRole("button", { name: "Check plan" }).focus();
      await excel.keyboard.press("Enter");
      await excel.getByRole("heading", { name: "Results" }).waitFor();
      await excel.getByText("As of 28 Jun 2016 (your choice)").waitFor();
      const finding = excel.getByRole("button", { name: FINDING }).first();
      await finding.waitFor();
      await shot(excel, "excel-02-findings");
      await expectNoSidewaysScroll(excel, 320);

      // Clicking a finding selects its cell, on its sheet, in the workbook.
      const cell = (await finding.textContent())?.match(/^[A-Z]+\d+/)?.[0];
      await excel.evaluate(() => (window.__excelStandIn.model.activeSheet = 0));
      await finding.focus();
      await excel.keyboard.press("Enter");
      await excel.waitForFunction((selected) => window.__excelStandIn.selections.includes(selected), `${PLAN_SHEET}!${cell}`, POLL);
      expect(await excel.evaluate(() => window.__excelStandIn.model.activeSheet)).toBe(1);

      expect(await escalationIds(excel)).toEqual(["2.1", "2.2", "4.7"]);
      await shot(excel, "excel-03-escalations");

      await excel.getByRole("button", { name: "Write summary sheets" }).click();
      await excel.getByText("Summary sheets and highlights written to the workbook.").waitFor();
      expect(await visibleSheets()).toEqual(["Read me", PLAN_SHEET, "Board summary", "Savings", "Actions"]);
      await shot(excel, "excel-04-written");

      await clearHighlights(excel);
      expect(await allSheets()).toEqual(["Read me", PLAN_SHEET]);
      await shot(excel, "excel-05-cleared");
    });

    it("keeps the escalation rule in the workbook's settings", async () => {
      await excel.goto(`${pane.origin}/taskpane.html`);
      await excel.getByRole("combobox", { name: "Escalation rule" }).click();
      await excel.getByRole("option", { name: "Every item rated Red or Amber for action" }).click();
      await excel.waitForFunction(() => (window.__excelStandIn.settings.get("actionPlanChecker.settings") as { escalate?: string } | undefined)?.escalate === "all-red-amber", undefined, POLL);
    });
  });
});
