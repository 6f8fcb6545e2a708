/**
 * The pane in a plain browser as a new user meets it (Debian's Chromium through playwright-core,
 * the add-in's own webpack build served from 127.0.0.1, nothing else reachable): the first
 * screen and its example, a file that was checked before (only the user's sheets listed, Clear
 * offering the cleared file), and the result tabs at the narrowest pane; in each state the pane
 * fits 320 and 340 px, nothing cut off at its right edge.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { markChecked, XlsxWorkbook } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/engine";
import { overflowsAt } from "./pane-fit";
import { hasChromium, PANE_START_MS, type PaneBrowser, POLL, startPaneBrowser } from "./pane-page";
import { ROOT } from "./pane-server";

const EXAMPLE = path.join(ROOT, "examples/lac-progress-2016.xlsx");
const PLAN_SHEET = "LAC Progress Jun-16";
const PANE = { width: 340, height: 900 };
/** A file name as people save them, with no space to break it at. */
const LONG_NAME = "lac-progress-report-june-2016-children-in-care-final-version-approved-by-the-board.xlsx";

/** Every cell's fill and note, by address: what the checker's highlights change. */
async function marks(file: string): Promise<{ sheets: string[]; cells: Map<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.fill || cell.note) cells.set(`${sheet.name}!${cell.address}`, JSON.stringify({ fill: cell.fill, note: cell.note }));
      }),
    );
  }
  return { sheets: workbook.worksheets.map((s) => s.name), cells };
}

(hasChromium ? describe : describe.skip)("the pane in a browser, as a new user meets it", () => {
  let work: string;
  let pane: PaneBrowser;
  let page: Page;
  let checkedFile: string;
  // The marks of the example and of its checked copy, read once: what the cleared download is compared with.
  let exampleMarks: Awaited<ReturnType<typeof marks>>;
  let checkedMarks: Awaited<ReturnType<typeof marks>>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "browser-pane-e2e-"));
    // A workbook checked before, as the CLI or an earlier download leaves it: the checker's sheets and its very hidden store in it.
    const checked = XlsxWorkbook.open(readFileSync(EXAMPLE));
    markChecked(checked, checkWorkbook([checked.grid(PLAN_SHEET)], { today: "2026-11-23", locale: "en-GB" }));
    checkedFile = path.join(work, "lac (checked).xlsx");
    writeFileSync(checkedFile, checked.save());
    [exampleMarks, checkedMarks] = await Promise.all([marks(EXAMPLE), marks(checkedFile)]);
    pane = await startPaneBrowser();
  }, PANE_START_MS);

  afterAll(async () => {
    await pane?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** The pane loaded afresh at 340 px, as a test's first step: it is the first load for the first test. */
  const start = async () => {
    page = await pane.browserPage(PANE);
  };
  const opened = () => page.getByText("29 Jun 2016: the sheet's reporting date").waitFor();

  it("says what it looks at, and Try it on an example opens the bundled example, fetched only then", async () => {
    await start();
    await page.getByText("each item's owner, target and revised dates, RAG and savings", { exact: false }).waitFor();
    expect(await page.getByText("No file chosen").count()).toBe(0);
    expect(pane.requested.filter((url) => /\/examples\/|\bexample\.[^/]*js/.test(url))).toEqual([]);
    expect(await overflowsAt(page)).toEqual([]);
    await page.getByRole("button", { name: "Try it on an example" }).click();
    await opened();
    await page.getByText("Open: lac-progress-2016.xlsx").waitFor();
    expect(await overflowsAt(page)).toEqual([]);
    expect(await page.getByRole("combobox", { name: "Sheet" }).textContent()).toBe(PLAN_SHEET);
    expect(pane.requested.some((url) => /\/examples\/lac-progress-2016\.[^/]*xlsx$/.test(url))).toBe(true);
    expect(pane.blocked.filter((url) => !url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
  });

  it("opens the file picker from the keyboard", async () => {
    await start();
    // focus() does not wait, as a click does, for the control to be enabled: on a busy machine the
    // pane can still be starting just after the page loads (the button and its file input are
    // disabled together), and Enter on a disabled button opens nothing. The input must be there
    // too: before the pane has drawn it, there is nothing to be enabled yet.
    await page.waitForFunction(() => {
      const input = document.querySelector("input[type=file]") as HTMLInputElement | null;
      return input !== null && !input.disabled;
    }, undefined, POLL);
    const open = page.getByRole("button", { name: "Open workbook" });
    const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 10_000 }), open.press("Enter")]);
    await chooser.setFiles(EXAMPLE);
    await opened();
  });

  it("opens a workbook dropped on the pane, its long name within the pane", async () => {
    await start();
    const bytes = [...readFileSync(EXAMPLE)];
    const dropped = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data.bytes)], data.name));
      return transfer;
    }, { bytes, name: LONG_NAME });
    await page.dispatchEvent("[data-testid=drop-zone]", "dragover", { dataTransfer: dropped });
    await page.dispatchEvent("[data-testid=drop-zone]", "drop", { dataTransfer: dropped });
    await opened();
    await page.getByText(`Open: ${LONG_NAME}`).waitFor();
    expect(await overflowsAt(page)).toEqual([]);
  });

  // These two steps share the page: the checked file opened in the first is cleared in the second.
  it("lists only the user's sheets of a checked file", async () => {
    await start();
    expect(checkedMarks.sheets).toEqual([PLAN_SHEET, "Board summary", "Savings", "Actions", "ActionPlanChecker"]);
    await page.getByLabel("Open workbook").setInputFiles(checkedFile);
    await opened();
    await page.getByRole("combobox", { name: "Sheet" }).click();
    expect(await page.getByRole("option").allTextContents()).toEqual([PLAN_SHEET]);
    await page.keyboard.press("Escape");
  });

  it("clears the checked file and offers the cleared file, with no highlights left", async () => {
    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByRole("dialog", { name: "Clear highlights?" }).getByRole("button", { name: "Clear", exact: true }).click();
    await page.getByText("Use Download the cleared workbook to save it.", { exact: false }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the cleared workbook" }).click()]);
    expect(download.suggestedFilename()).toBe("lac (checked) (cleared).xlsx");
    const saved = path.join(work, "cleared.xlsx");
    await download.saveAs(saved);
    await page.getByText("The cleared workbook was downloaded.", { exact: false }).waitFor();
    expect(await overflowsAt(page)).toEqual([]);

    const cleared = await marks(saved);
    expect(cleared.sheets).toEqual([PLAN_SHEET]);
    // The checked file had the checker's highlights; the cleared one has the plan's own fills and notes only.
    expect(checkedMarks.cells).not.toEqual(exampleMarks.cells);
    expect(cleared.cells).toEqual(exampleMarks.cells);
  });

  // These two steps share the page: the results marked out of date in the first are downloaded in the second.
  it("marks the results out of date when the as-of date is changed after a check", async () => {
    await start();
    await page.getByRole("button", { name: "Try it on an example" }).click();
    await opened();
    await page.getByRole("button", { name: "Check plan" }).click();
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await page.getByText("As of 29 Jun 2016", { exact: false }).waitFor();
    expect(await overflowsAt(page)).toEqual([]);

    // The settings fold away after a check; the as-of date stays on the form.
    await page.getByRole("textbox", { name: "As-of date" }).fill("31/12/2016");
    await page.getByRole("textbox", { name: "As-of date" }).press("Tab");
    await page.getByText("Out of date", { exact: true }).waitFor();
  });

  it("never downloads results older than the form: Download checks again first", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download checked workbook" }).click()]);
    const saved = path.join(work, "rechecked.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    let asOf: unknown = null;
    workbook.getWorksheet("Board summary")!.eachRow((row) => {
      if (row.getCell(1).value === "As of") asOf = row.getCell(2).value;
    });
    expect(asOf instanceof Date && asOf.toISOString().slice(0, 10)).toBe("2016-12-31");
    // The results on screen are the ones downloaded.
    await page.getByText("As of 31 Dec 2016", { exact: false }).waitFor();
    expect(await page.getByText("Out of date", { exact: true }).count()).toBe(0);
  });

  it("shows Findings, Slippage and Escalations at 340 px, and keeps the tabs on one line at 320 px, the rest under More", async () => {
    await start();
    await page.getByLabel("Open workbook").setInputFiles(EXAMPLE);
    await opened();
    await page.getByRole("button", { name: "Check plan" }).click();
    await page.getByRole("heading", { name: "Results" }).waitFor();
    const tablist = page.getByRole("tablist");
    const shownTabs = () => tablist.evaluate((list) => [...list.querySelectorAll("[role=tab]")].filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => t.getAttribute("id")));
    const oneLine = async () => {
      const tops = await tablist.evaluate((list) => [...list.children].filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      // The More button sits beside the tab list, on the same line: its middle is within the list's height.
      const strip = await tablist.evaluate((list) => {
        const box = list.getBoundingClientRect();
        const more = list.parentElement!.querySelector("button[aria-label$='more tabs']")?.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, moreMiddle: more ? (more.top + more.bottom) / 2 : null };
      });
      if (strip.moreMiddle !== null) {
        expect(strip.moreMiddle).toBeGreaterThan(strip.top);
        expect(strip.moreMiddle).toBeLessThan(strip.bottom);
      }
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBe(clientWidth);
    };
    // At 340 px, the default pane's width, the three tabs a user works through are on the strip.
    expect(await shownTabs()).toEqual(["tab-findings", "tab-slippage", "tab-escalations"]);
    await oneLine();
    await page.setViewportSize({ width: 320, height: PANE.height });
    await page.getByRole("tab", { name: "Escalations" }).waitFor({ state: "hidden" });
    expect(await shownTabs()).toEqual(["tab-findings", "tab-slippage"]);
    await oneLine();
    const more = page.getByRole("button", { name: /more tabs/ });
    await more.click();
    // Chosen from the keyboard: a pointer click can land on the item below while the menu is
    // still being placed on a busy machine, which is a race of the test, not of the pane.
    await page.getByRole("menuitem", { name: "Changes" }).press("Enter");
    expect(await page.getByRole("tab", { name: "Changes" }).getAttribute("aria-selected", { timeout: 10_000 })).toBe("true");
    await oneLine();
    await page.screenshot({ path: path.join(ROOT, "test-output/screenshots/browser-tabs-320.png") });
    expect(await overflowsAt(page)).toEqual([]);
  });

  // The next step goes on from the results at 320 px left by the last.
  it("shows a finding's row under it when clicked, within the pane", async () => {
    await page.getByRole("tab", { name: "Findings" }).click();
    await page.getByRole("button", { name: /^[A-Z]+\d+ / }).first().click();
    await page.getByRole("region", { name: /^Row \d+ of / }).waitFor();
    expect(await overflowsAt(page)).toEqual([]);
  });
});
