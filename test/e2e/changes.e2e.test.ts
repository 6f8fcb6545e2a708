/**
 * "Compare with…" and the Changes tab in Chromium: an adult social care savings plan kept as a
 * tab a month, and as a file a month, made here from rows as a council would keep them (real
 * date cells, RAG words, savings in £k). Between April and May one RAG got worse, one deadline
 * was pushed back, one action was finished and one was added; the Changes tab must say just that,
 * in the browser (light and dark) and in Excel (the office.js stand-in, Office's dark theme), and
 * pass axe in each.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { readGrids } from "../../src/adapters/xlsx";
import { axeViolations, chromiumOrSkip, OFFICE_DARK, openWorkbook, PANE_START_MS, type PaneBrowser, paneIdle, startPaneBrowser, pageForSteps } from "./pane-page";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type PlanRow = [ref: string, action: string, lead: string, target: Date, revised: Date | null, update: string, rag: string, saving: number];

const APRIL: PlanRow[] = [
  ["ASC01", "Review of high-cost residential placements", "Head of Commissioning", day(2025, 6, 30), null, "12 of 40 reviews done", "Green", 450],
  ["ASC02", "Reablement service redesign", "Service Manager, Reablement", day(2025, 5, 31), null, "Consultation closes 9 May", "Amber", 320],
  ["ASC03", "Direct payments audit and recovery", "Finance Business Partner", day(2025, 4, 30), day(2025, 5, 31), "Audit sample taken", "Amber", 150],
  ["ASC04", "Transport policy refresh", "Transport Lead", day(2025, 7, 31), null, "Draft policy with legal", "Green", 80],
];
/** April's rows with what moved in May, one edit each. */
const MAY: PlanRow[] = [
  ["ASC01", "Review of high-cost residential placements", "Head of Commissioning", day(2025, 6, 30), null, "18 of 40 reviews done; two providers disputing", "Amber", 450],
  ["ASC02", "Reablement service redesign", "Service Manager, Reablement", day(2025, 5, 31), day(2025, 8, 31), "Consultation extended to July", "Amber", 320],
  ["ASC03", "Direct payments audit and recovery", "Finance Business Partner", day(2025, 4, 30), day(2025, 5, 31), "Complete: £162k recovered", "Blue", 150],
  APRIL[3],
  ["ASC05", "Telecare charging review", "Head of Operations", day(2025, 9, 30), null, "Scoping", "Green", 60],
];

function addMonth(workbook: ExcelJS.Workbook, name: string, reported: Date, rows: PlanRow[]): void {
  const ws = workbook.addWorksheet(name);
  ws.addRow(["Adult Social Care Savings Delivery Plan 2025/26"]);
  ws.addRow(["Reporting date", reported]);
  ws.addRow([]);
  ws.addRow(["Ref", "Action", "Lead Officer", "Target Date", "Revised Date", "Progress Update", "RAG", "Saving £k"]);
  for (const row of rows) ws.addRow(row);
  for (const col of ["B", "D", "E"]) ws.getColumn(col).numFmt = "dd/mm/yyyy";
}

async function save(dir: string, name: string, months: Array<[string, Date, PlanRow[]]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, reported, rows] of months) addMonth(workbook, sheet, reported, rows);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

const MAY_TAB: [string, Date, PlanRow[]] = ["Plan May-25", day(2025, 5, 30), MAY];
const APRIL_TAB: [string, Date, PlanRow[]] = ["Plan Apr-25", day(2025, 4, 30), APRIL];

/** What moved, as the Changes tab groups it: each line the item and row, then what changed. */
const EXPECTED = {
  Worse: ["ASC01 · row 5 | Action RAG Green → Amber (worse)"],
  Slipped: ["ASC02 · row 6 | Revised date set to 31 Aug 2025 (92 days later, 1st extension)"],
  Done: ["ASC03 · row 7 | Completed"],
  New: ["ASC05 · row 9 | New item"],
};

/** The Changes tab's groups that hold a move (the board's four), each line as in EXPECTED. */
async function changes(page: Page): Promise<Record<string, string[]>> {
  await page.getByRole("tab", { name: "Changes" }).waitFor();
  expect(await page.getByRole("tab", { name: "Changes" }).getAttribute("aria-selected")).toBe("true");
  const panel = page.getByRole("tabpanel");
  const groups: Record<string, string[]> = {};
  for (const group of Object.keys(EXPECTED)) {
    groups[group] = await panel
      .getByRole("region", { name: group, exact: true })
      .getByRole("listitem")
      .evaluateAll((items) => items.map((li) => [...li.children].map((part) => part.textContent?.trim()).join(" | ")));
  }
  return groups;
}

async function compareWith(page: Page, option: string): Promise<void> {
  await page.getByRole("combobox", { name: /Compare with an earlier version/ }).click();
  await page.getByRole("option", { name: option }).click();
}

/** Compares with another file through the file chooser of "Compare with another file…". */
async function compareWithFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Compare with another file…" }).click()]);
  await chooser.setFiles(file);
  await paneIdle(page);
}

async function checkPlan(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Check plan" }).click();
  await page.getByRole("heading", { name: "Results" }).waitFor();
  await paneIdle(page);
}

describe("Compare with… and the Changes tab in a real browser", () => {
  if (!chromiumOrSkip("the Changes tab's browser test")) return;

  let dir: string;
  let pane: PaneBrowser;
  const files = { tabs: "", may: "", april: "" };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "changes-e2e-"));
    files.tabs = await save(dir, "asc-savings-2025.xlsx", [MAY_TAB, APRIL_TAB]);
    files.may = await save(dir, "asc-savings-may-25.xlsx", [MAY_TAB]);
    files.april = await save(dir, "asc-savings-apr-25.xlsx", [APRIL_TAB]);
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await pane?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe("in the browser, step by step on one page", () => {
    // The user's steps in order (jest runs them in order), on a page opened before them.
    let page: Page;

    pageForSteps(async () => (page = await pane.browserPage({ width: 340 })));

    it("compares May's tab with April's", async () => {
      await openWorkbook(page, files.tabs);
      await compareWith(page, "Plan Apr-25");
      await checkPlan(page);
      expect(await page.getByText(/^Since ‘Plan Apr-25’/).textContent()).toBe("Since ‘Plan Apr-25’ in asc-savings-2025.xlsx, as of 30 Apr 2025: 7 changes.");
      expect(await changes(page)).toEqual(EXPECTED);
      expect(await axeViolations(page)).toEqual([]);
    });

    it("then May's file with April's file", async () => {
      await openWorkbook(page, files.may);
      await compareWithFile(page, files.april);
      expect(await page.getByRole("combobox", { name: /Compare with an earlier version/ }).textContent()).toBe("Plan Apr-25 (asc-savings-apr-25.xlsx)");
      await checkPlan(page);
      expect(await page.getByText(/^Since ‘Plan Apr-25’/).textContent()).toBe("Since ‘Plan Apr-25’ in asc-savings-apr-25.xlsx, as of 30 Apr 2025: 7 changes.");
      expect(await changes(page)).toEqual(EXPECTED);
      // Both files were read in the page: nothing was sent anywhere.
      expect(pane.blocked).toEqual([]);
    });
  });

  describe("in the browser's dark theme", () => {
    // The theme is read as the pane starts: a page of its own, opened before the step.
    let page: Page;

    pageForSteps(async () => (page = await pane.browserPage({ width: 320, dark: true })));

    it("passes axe", async () => {
      await openWorkbook(page, files.tabs);
      await compareWith(page, "Plan Apr-25");
      await checkPlan(page);
      expect(await changes(page)).toEqual(EXPECTED);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  describe("in Excel's dark theme, step by step on one page", () => {
    let page: Page;

    pageForSteps(async () => {
      const { grids } = readGrids(readFileSync(files.tabs));
      return (page = await pane.excelPage({ grids, active: 0, settings: {}, officeTheme: OFFICE_DARK }, { width: 340 }));
    });

    it("compares with the earlier tab", async () => {
      await compareWith(page, "Plan Apr-25");
      await checkPlan(page);
      expect(await changes(page)).toEqual(EXPECTED);
      expect(await axeViolations(page)).toEqual([]);
    });

    it("then with a file chosen in the pane", async () => {
      await compareWithFile(page, files.april);
      await checkPlan(page);
      expect(await page.getByText(/^Since ‘Plan Apr-25’/).textContent()).toBe("Since ‘Plan Apr-25’ in asc-savings-apr-25.xlsx, as of 30 Apr 2025: 7 changes.");
      expect(await changes(page)).toEqual(EXPECTED);
    });
  });
});
