/**
 * The whole flow by keyboard alone, in Chromium at 340 px: open a workbook from the file button,
 * check it, step through its errors, download the checked copy. After each step the focus must
 * be where the user looks next: Check plan after Open, the Results heading after Check, each
 * finding's row as the user steps, the Download button (its outcome announced) after Download.
 *
 * The plan is made here from rows as a children's services team keeps them, with three mistakes
 * a person makes: a lead left blank, a date typed as words and a RAG typed as two.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { focused, tabTo } from "./keyboard-kit";
import { chromiumOrSkip, openControl, openWorkbook, PANE_START_MS, type PaneBrowser, paneIdle, startPaneBrowser, pageForSteps } from "./pane-page";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const ROWS: Array<[string, string, string, Date | string, string, string]> = [
  ["1.1", "Recruit two independent reviewing officers", "Head of Safeguarding", day(2025, 3, 31), "Interviews held; one post filled", "Amber"],
  ["1.2", "Audit of care plans for children placed out of area", "", day(2025, 2, 28), "Audit tool agreed", "Green"],
  ["1.3", "Refresh the sufficiency strategy", "Commissioning Manager", "Next spring", "Data pack drafted", "Green"],
  ["2.1", "Launch the foster carer recruitment campaign", "Fostering Service Manager", day(2025, 1, 31), "Campaign live on 20 January", "A/G"],
  ["2.2", "Review staying put arrangements", "Leaving Care Manager", day(2025, 6, 30), "Policy out for consultation", "Green"],
];

async function savePlan(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Improvement plan");
  ws.addRow(["Children's Services Improvement Plan"]);
  ws.addRow(["Reporting date", day(2025, 2, 14)]);
  ws.addRow([]);
  ws.addRow(["No.", "Action", "Lead officer", "Target date", "Progress", "RAG"]);
  for (const row of ROWS) ws.addRow(row);
  for (const col of ["B", "D"]) ws.getColumn(col).numFmt = "dd/mm/yyyy";
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe("the whole flow by keyboard alone", () => {
  if (!chromiumOrSkip("the keyboard test")) return;

  let dir: string;
  let plan: string;
  let pane: PaneBrowser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "keyboard-e2e-"));
    plan = path.join(dir, "improvement-plan.xlsx");
    await savePlan(plan);
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await page?.close();
    await pane?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // The user's four steps in order on one page (jest runs them in order), opened before them.
  pageForSteps(async () => (page = await pane.browserPage({ width: 340 })));

  it("opens the workbook by Tab and Space on the file button, and the focus moves to Check plan", async () => {
    await openWorkbook(page, plan, async () => {
      await tabTo(page, openControl(page));
      await page.keyboard.press("Space");
    });
    expect(await focused(page)).toBe("button: Check plan");
  });

  it("checks it by Enter on Check plan, and the results take the focus", async () => {
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await paneIdle(page);
    expect(await focused(page)).toBe("heading: Results");
  });

  it("steps through the errors from Next finding, then by Alt+Down, each showing the finding's row, focused", async () => {
    await tabTo(page, page.getByRole("button", { name: "Next finding" }));
    await page.keyboard.press("Enter");
    const rows: string[] = [];
    for (let step = 0; step < 3; step++) {
      if (step > 0) await page.keyboard.press("Alt+ArrowDown");
      await page.getByText(`${step + 1} of `).waitFor();
      rows.push(await focused(page));
      const current = page.locator("[aria-current=true]");
      expect(await current.textContent()).toMatch(/^[A-Z]+\d+Error: /);
    }
    expect(rows).toEqual(["region: Row 6 of Improvement plan", "region: Row 7 of Improvement plan", "region: Row 8 of Improvement plan"]);
  });

  it("downloads the checked copy by Shift+Tab back to Download and Enter; the focus stays there and the outcome is announced", async () => {
    const downloadButton = page.getByRole("button", { name: "Download checked workbook" });
    await tabTo(page, downloadButton, "Shift+Tab");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("improvement-plan (checked).xlsx");
    await page.locator("[aria-live=polite]", { hasText: "The checked workbook was downloaded." }).waitFor();
    await paneIdle(page);
    expect(await focused(page)).toBe("button: Download checked workbook");
    expect(pane.blocked).toEqual([]);
  });
});
