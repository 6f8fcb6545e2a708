/**
 * Choosing a sheet's header row and columns by hand, in a real browser (Debian's Chromium through
 * playwright-core), on the add-in's own build served from 127.0.0.1: a board's action summary the
 * reader does not recognise is checked once the user has said where its table is, and the choice
 * is remembered for that workbook, in the browser (by file and sheet) and in Excel (in the
 * workbook's settings, through the office.js stand-in).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { readGrids } from "../../src/adapters/xlsx";
import { BOARD_SUMMARY_LAYOUT, BOARD_SUMMARY_ROWS, BOARD_SUMMARY_SHEET } from "../fixtures/board-summary";
import type { StandInSetup } from "./office-stand-in";
import { overflowsAt, wholePaneScreenshot } from "./pane-fit";
import { axeViolations, chromiumOrSkip, PANE_START_MS, type PaneBrowser, paneIdle, startPaneBrowser, pageForSteps } from "./pane-page";
import { ROOT } from "./pane-server";

const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
const PANE = { width: 340, height: 1000 };
const FILE_NAME = "quality-committee-actions.xlsx";
const HEADER_ROW = "Row 4 · Relevant Item | Response | Accountable Director | Timeline | Assurance";
/** A finding's button starts with its cell. */
const FINDING = /^[A-Z]+\d+/;

/** The board summary as its author saved it: dates as Excel dates shown dd/mm/yyyy. */
async function boardSummaryXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(BOARD_SUMMARY_SHEET);
  for (const row of BOARD_SUMMARY_ROWS) {
    sheet.addRow(row).eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Opens a Fluent dropdown by its label and picks an option by its text. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Says where the board summary's table is: the header row, then the column of each role. */
async function chooseColumns(page: Page): Promise<void> {
  await pick(page, "Header row", HEADER_ROW);
  await page.getByText(/^Still needed: Action/).waitFor();
  await pick(page, "Recommendation or title", "A · Relevant Item");
  await pick(page, "Action", "B · Response");
  await pick(page, "Owner", "C · Accountable Director");
  await pick(page, "Target date", "D · Timeline");
  await pick(page, "Action RAG", "E · Assurance");
  await page.getByText(/^Needed: Action/).waitFor();
}

/** Checks the plan and gives the cells of the findings listed. */
async function checkAndListFindings(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Check plan" }).click();
  await page.getByRole("heading", { name: "Results" }).waitFor();
  const findings = page.getByRole("button", { name: FINDING });
  await findings.first().waitFor();
  return (await findings.allTextContents()).map((text) => text.match(FINDING)?.[0] ?? text);
}

describe("choosing the header row and columns by hand, in a real browser", () => {
  if (!chromiumOrSkip("the pane's browser test")) return;

  let pane: PaneBrowser;
  let workbook: Buffer;

  beforeAll(async () => {
    workbook = await boardSummaryXlsx();
    mkdirSync(SCREENSHOTS, { recursive: true });
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await pane?.close();
  });

  describe("outside Excel, step by step on one page", () => {
    // One user's session: each step starts where the last one left the pane (jest runs them in order).
    let page: Page;
    let findings: string[];
    const open = async () => {
      await paneIdle(page);
      await page.getByLabel("Open workbook").setInputFiles({ name: FILE_NAME, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook });
    };

    // The page is the steps' shared ground, opened once (its first load is most of a second or two).
    pageForSteps(async () => (page = await pane.browserPage(PANE)));

    it("says a board summary is not an action plan, and offers every column to choose, accessibly and within the pane", async () => {
      await open();
      await page.getByText("Not an action plan").waitFor();
      await page.getByText(/Or choose its header row and columns below, then Check plan\.$/).waitFor();
      // The roles a plan is made of come first; the rest wait under More columns, which axe passes open.
      expect(await page.getByRole("combobox", { name: "Saving", exact: true }).count()).toBe(0);
      await page.getByRole("button", { name: /More columns/ }).click();
      await page.getByRole("combobox", { name: "Saving", exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Every control fits the narrowest and widest default pane, the header row's long option too.
      expect(await overflowsAt(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, "mapping-01-not-a-plan.png") });
    });

    it("takes its header row and columns as chosen, within the pane, and dates the check by the reporting date above the table", async () => {
      await chooseColumns(page);
      expect(await overflowsAt(page)).toEqual([]);
      await wholePaneScreenshot(page, path.join(SCREENSHOTS, "mapping-02-chosen.png"));
      expect(await page.getByLabel("As-of date").inputValue()).toBe("30/09/2024");
    });

    it("checks it with the columns chosen", async () => {
      findings = await checkAndListFindings(page);
      // Errors first: "Next Board" and "Awaiting national guidance" are no dates, the Mortality review
      // names no owner; then the warning that 31/08/2024 had passed by the reporting date.
      expect(findings).toEqual(["D6", "D9", "C7", "D8"]);
      expect(await overflowsAt(page)).toEqual([]);
    });

    it("remembers the columns when the file is opened again after a reload, but not for another workbook", async () => {
      await page.reload();
      await open();
      await page.getByRole("button", { name: "Columns (chosen by you)" }).waitFor();
      expect(await page.getByText("Not an action plan").count()).toBe(0);
      expect(await page.getByRole("combobox", { name: "Target date", exact: true }).textContent()).toBe("D · Timeline");
      expect(await checkAndListFindings(page)).toEqual(findings);
      // Another workbook with a sheet of the same name does not get this one's columns.
      await page.getByLabel("Open workbook").setInputFiles({ name: "another-committee.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook });
      await page.getByText("Not an action plan").waitFor();
    });
  });

  describe("in Excel", () => {
    let excel: Page;

    // The stand-in's page is opened on the board summary before the step: its first load is setup.
    pageForSteps(async () => {
      const { grids } = readGrids(workbook);
      const setup: StandInSetup = { grids, active: 0, settings: {}, officeTheme: null };
      return (excel = await pane.excelPage(setup, PANE));
    });

    it("keeps the columns chosen in the workbook's settings", async () => {
      await excel.getByText("Not an action plan").waitFor();
      await chooseColumns(excel);
      expect(await checkAndListFindings(excel)).toEqual(["D6", "D9", "C7", "D8"]);
      const stored = await excel.evaluate(() => window.__excelStandIn.settings.get("actionPlanChecker.layouts"));
      expect(stored).toEqual({ [BOARD_SUMMARY_SHEET]: BOARD_SUMMARY_LAYOUT });
    });
  });
});
