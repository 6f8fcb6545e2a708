/**
 * When an action fails, a keyboard user is taken to the message that says what went wrong and
 * what to do, in Chromium at 340 px: a file that is no workbook opened in the browser, and Clear
 * refused in Excel (the office.js stand-in) because the plan's sheet was protected after the check
 * was written. axe is clean on each, the browser's in the dark theme, Excel's in the light.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { readGrids } from "../../src/adapters/xlsx";
import { focused, focusedText, tabTo } from "./keyboard-kit";
import { axeViolations, chromiumOrSkip, openControl, PANE_START_MS, type PaneBrowser, paneIdle, startPaneBrowser, pageForSteps } from "./pane-page";
import { ROOT } from "./pane-server";

const EXAMPLE = path.join(ROOT, "examples/lac-progress-2016.xlsx");
const PLAN_SHEET = "LAC Progress Jun-16";
const PANE = { width: 340, height: 900 };

describe("the focus after a failed action", () => {
  if (!chromiumOrSkip("the focus test")) return;

  let dir: string;
  let pane: PaneBrowser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "failure-focus-e2e-"));
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await pane?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe("outside Excel", () => {
    let page: Page;

    // In the dark theme: the message must be read as well in either. The page is opened before the step.
    pageForSteps(async () => (page = await pane.browserPage({ ...PANE, dark: true })));

    it("a file that is no workbook, opened from the keyboard, leaves the focus on what went wrong", async () => {
      // Minutes saved under a workbook's name: an easy slip when a board pack holds both.
      const notAWorkbook = path.join(dir, "board-pack.xlsx");
      writeFileSync(notAWorkbook, "Minutes of the Quality and Safety Committee, 12 September 2024\n");
      await tabTo(page, openControl(page));
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
      await chooser.setFiles(notAWorkbook);
      await page.getByText("That did not work").waitFor();
      await paneIdle(page);
      expect(await focused(page)).toMatch(/^group: That did not work/);
      expect(await focusedText(page)).toContain("'board-pack.xlsx'");
      expect(await axeViolations(page)).toEqual([]);
      // Tab goes on from the message: to its Dismiss button, then on through the pane.
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe("button: Dismiss");
      expect(pane.blocked.filter((url) => !url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
    });
  });

  describe("in Excel, step by step on one page", () => {
    // The user's steps in order on the stand-in's page (jest runs them in order), opened before them.
    let excel: Page;

    pageForSteps(async () => {
      const { grids } = readGrids(readFileSync(EXAMPLE));
      return (excel = await pane.excelPage({ grids, active: grids.findIndex((g) => g.name === PLAN_SHEET), settings: {}, officeTheme: null }, PANE));
    });

    it("checks the plan and writes its summary sheets and highlights", async () => {
      await excel.getByRole("button", { name: "Check plan" }).click();
      await excel.getByRole("heading", { name: "Results" }).waitFor();
      await excel.getByRole("button", { name: "Write summary sheets" }).click();
      await excel.getByText("Summary sheets and highlights written to the workbook.").waitFor();
    });

    it("shows the results and what was written in a pane that passes axe in Excel's light theme", async () => {
      // The whole pane here; the next step checks the part its failure changes.
      expect(await axeViolations(excel)).toEqual([]);
    });

    it("Clear refused on a sheet protected since leaves the focus on what to do", async () => {
      // The user protects the plan in Excel before clearing.
      await excel.evaluate((name) => {
        window.__excelStandIn.model.sheets.find((s) => s.name === name)!.protected = true;
      }, PLAN_SHEET);

      await tabTo(excel, excel.getByRole("button", { name: "Clear highlights" }), "Shift+Tab");
      await excel.keyboard.press("Enter");
      const clear = excel.getByRole("dialog", { name: "Clear highlights?" }).getByRole("button", { name: "Clear", exact: true });
      await tabTo(excel, clear);
      await excel.keyboard.press("Enter");
      await excel.getByText("That did not work").waitFor();
      await paneIdle(excel);
      expect(await focused(excel)).toMatch(/^group: That did not work/);
      // axe on the status line the failure changed: the results around it passed in the step
      // before, and running it on them again took this step past 5 s on a busy machine.
      expect(await axeViolations(excel, "[aria-live=polite]")).toEqual([]);
      expect(await focusedText(excel)).toContain(`The sheet "${PLAN_SHEET}" is protected, so the checker cleared nothing. Unprotect it (Review > Unprotect Sheet) and clear again.`);
    });
  });
});
