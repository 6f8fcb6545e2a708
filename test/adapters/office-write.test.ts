import {
  budgetBytes,
  clearResults,
  checkAndWrite,
  EXCEL_PAYLOAD_LIMITS,
  readWorksheet,
  runInExcel,
  writeResults,
  type PayloadLimits,
  type WriteFeatures,
} from "../../src/adapters/office";
import { readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook, toReport, type Grid } from "../../src/engine";
import { describeWrite } from "../../src/engine/summary/write-description";
import type { WriteDescription } from "../../src/engine/summary/write-types";
import { STYLES } from "../../src/engine/summary/palette";
import { buildSeedWorkbooks, type SeedWorkbook } from "../fixtures/seed-workbooks";
import {
  asExcel,
  fakeExcel,
  FakeWorkbookModel,
  installExcelRunStub,
  installOfficeStub,
  PAYLOAD_LIMIT_BYTES,
  removeExcelRunStub,
  removeOfficeStub,
  sheetFromGrid,
  type FakeSheetModel,
} from "../fakes/excel-fake";
import { plain, snapshot } from "./fake-workbook-kit";

const TODAY = "2026-11-23";
const ALL: WriteFeatures = { bulkFormats: true, notes: true, undoGroup: true };
const READ = { features: { cellProperties: true, mergedAreas: true } };

let seeds: SeedWorkbook[];
beforeAll(async () => {
  seeds = await buildSeedWorkbooks();
});

/** A workbook holding one plan sheet, built from a grid; the plan sheet is active. */
function workbookWith(grid: Grid): FakeWorkbookModel {
  const model = new FakeWorkbookModel();
  sheetFromGrid(model, grid);
  return model;
}

async function checkAndWriteIn(model: FakeWorkbookModel, features: WriteFeatures = ALL) {
  const { fake, context } = fakeExcel(model);
  const result = await checkAndWrite(context, TODAY, { ...READ, writeFeatures: features });
  return { ...result, fake };
}

/** The description the engine makes for a plan sheet of the model, as the ribbon command would. */
async function descriptionFor(model: FakeWorkbookModel, sheet: string): Promise<WriteDescription> {
  const { fake, context } = fakeExcel(model);
  const grid = await readWorksheet(context, asExcel(fake.workbook.worksheets.getItem(sheet)), READ);
  return describeWrite(checkWorkbook([grid], { today: TODAY, locale: "en-GB" }), { sheetNames: model.sheets.map((s) => s.name) });
}

async function write(model: FakeWorkbookModel, description: WriteDescription, features: WriteFeatures = ALL) {
  const { fake, context } = fakeExcel(model);
  const outcome = await writeResults(context, description, features);
  return { outcome, fake };
}

function planGrids(grids: Grid[]): Grid[] {
  return grids.filter((g) => checkWorkbook([g], { today: TODAY, locale: "en-GB" }).sheets[0].result !== null);
}

function cellsOf(sheet: FakeSheetModel) {
  return [...sheet.cells.values()];
}

describe("writeResults on the seed workbooks", () => {
  it("finds what the CLI finds, writes it, and clear gives the workbook back", async () => {
    for (const seed of seeds) {
      const { grids } = readGrids(seed.buffer);
      for (const grid of planGrids(grids)) {
        const model = workbookWith(grid);
        const before = snapshot(model);
        const { check, outcome, fake } = await checkAndWriteIn(model);
        const cli = checkWorkbook([grid], { today: TODAY, locale: "en-GB" });
        expect(toReport(check!, "plan.xlsx")).toEqual(toReport(cli, "plan.xlsx"));
        expect(outcome).toMatchObject({ status: "written", messages: [] });
        expect(fake.syncs.every((s) => s.failed === undefined && s.requestBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);

        const description = describeWrite(cli, { sheetNames: [grid.name] });
        const plan = model.sheet(grid.name)!;
        for (const h of description.highlights) {
          const { row, col } = /^([A-Z]+)(\d+)$/.exec(h.cell) ? { row: Number(h.cell.replace(/^[A-Z]+/, "")) - 1, col: [...h.cell.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 } : { row: -1, col: -1 };
          expect(plan.cell(row, col)?.fill).toBe(h.fill);
          expect(plan.notes.get(`${row},${col}`)).toContain(h.note);
        }
        expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
          [grid.name, "Visible"],
          ...description.sheets.map((s) => [s.name, "Visible"]),
          ["ActionPlanChecker", "VeryHidden"],
        ]);
        // Wrapped text gets rows tall enough to read: Excel does not grow them for a write.
        for (const sheet of description.sheets) {
          const expected = sheet.rowHeights.flatMap((h, r) => (h === null ? [] : [[r, h]]));
          expect([...model.sheet(sheet.name)!.rowHeights.entries()].sort(([a], [b]) => a - b)).toEqual(expected);
        }

        const { context } = fakeExcel(model);
        const cleared = await clearResults(context, ALL);
        expect(cleared.cleared).toBe(true);
        expect(snapshot(model)).toEqual(before);
      }
    }
  });

  it("run twice is run once: the second run takes out the first", async () => {
    const { grids } = readGrids(seeds.find((s) => s.name === "004-fills")!.buffer);
    const grid = planGrids(grids)[0];
    const once = workbookWith(grid);
    await checkAndWriteIn(once);
    const twice = workbookWith(grid);
    await checkAndWriteIn(twice);
    const second = await checkAndWriteIn(twice);
    expect(second.outcome.status).toBe("written");
    // The earlier run's store is read once, before the check, and handed to the writer.
    expect(second.outcome.syncs.read).toBe(2);
    const visible = (m: FakeWorkbookModel) => m.sheets.filter((s) => s.visibility === "Visible").map(plain);
    expect(visible(twice)).toEqual(visible(once));
    expect(twice.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.cells.get("1,0"))).toEqual(
      once.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.cells.get("1,0")),
    );
    const { context } = fakeExcel(twice);
    await clearResults(context, ALL);
    expect(snapshot(twice)).toEqual(snapshot(workbookWith(grid)));
  });
});

describe("a failure at any sync leaves the workbook as it was", () => {
  it("injects a failure at each sync of a write in turn", async () => {
    const { grids } = readGrids(seeds.find((s) => s.name === "004-fills")!.buffer);
    const grid = planGrids(grids)[0];
    const description = await descriptionFor(workbookWith(grid), grid.name);
    const clean = await write(workbookWith(grid), description);
    const total = clean.fake.syncs.length;
    expect(total).toBeGreaterThanOrEqual(4);
    // Each run starts from the same workbook: what it must be left as is worked out once.
    const before = snapshot(workbookWith(grid));
    for (let n = 1; n <= total; n++) {
      const model = workbookWith(grid);
      const { fake, context } = fakeExcel(model);
      fake.failAtSync(n);
      const outcome = await writeResults(context, description, ALL);
      expect(outcome.status).toBe("failed");
      expect(outcome.messages[0]).toMatch(/^Excel (stopped while the checker was writing|could not read the workbook)/);
      expect(snapshot(model)).toEqual(before);
    }
  });
});

describe("text from the plan stays text", () => {
  const HOSTILE = ['=HYPERLINK("http://x")', "+44", "-219 note", "@SUM(A1)", "0044"];

  it("writes text cells beginning with =, +, - or @ as text, formulas as formulas, dates as serials", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("Plan").setCell(0, 0, { value: "Ref" });
    const description: WriteDescription = {
      owner: "action-plan-checker",
      highlights: [],
      styles: STYLES,
      legend: [],
      sheets: [{
        key: "actions",
        name: "Actions",
        marker: { cell: "A4", text: "Written by Action Plan Checker" },
        rows: [
          HOSTILE.map((value) => ({ kind: "text", value })),
          [{ kind: "formula", value: "SUM(1,2)" }, { kind: "date", value: "2016-03-31", style: "date" }, { kind: "link", value: "A1", sheet: "Plan", cell: "A1" }],
          [],
          [{ kind: "text", value: "Written by Action Plan Checker", style: "small" }],
        ],
        widths: [10, 10, 10, 10, 10],
        rowHeights: [null, null, null, null],
        frozenRows: 1,
        print: { orientation: "landscape", fitToWidth: true, area: "A1:E4" },
        tables: [],
        dataBars: [{ range: "B2:B2", color: "#56B4E9" }],
      }],
    };
    const { outcome } = await write(model, description);
    expect(outcome.status).toBe("written");
    const sheet = model.sheet("Actions")!;
    HOSTILE.forEach((text, c) => expect(sheet.cell(0, c)).toMatchObject({ value: text, numberFormat: "@" }));
    HOSTILE.forEach((_, c) => expect(sheet.cell(0, c)?.formula).toBeUndefined());
    expect(sheet.cell(1, 0)?.formula).toBe("=SUM(1,2)");
    expect(sheet.cell(1, 1)).toMatchObject({ value: 42460, numberFormat: "dd mmm yyyy" });
    expect(sheet.cell(1, 2)?.formula).toBe(`=HYPERLINK("#'Plan'!A1","A1")`);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", printArea: "A1:E4", printTitleRows: "$1:$1" });
    expect(sheet.dataBars).toEqual([{ range: "Actions!B2", color: "#56B4E9" }]);
    expect(sheet.cell(3, 0)?.format).toMatchObject({ italic: true, fontColor: "#595959" });
  });

  it("keeps hostile text in a plan's cells as text on the summary sheets", async () => {
    const { grids } = readGrids(seeds.find((s) => s.name === "004-text")!.buffer);
    const grid = structuredClone(planGrids(grids)[0]);
    const texts = new Set(grid.rows.flat().filter((c) => typeof c?.value === "string").map((c) => c!.value as string));
    const model = workbookWith(grid);
    await checkAndWriteIn(model);
    const written = model.sheets.slice(1).filter((s) => s.visibility === "Visible").flatMap(cellsOf);
    const formulas = written.filter((c) => c.formula !== undefined).map((c) => c.formula!);
    for (const f of formulas) expect(texts.has(f)).toBe(false);
  });
});

/** A realistic plan: findings on many rows (owners missing, dates overdue, RAGs missing). */
function bigPlan(rows: number): Grid {
  const header = ["Ref", "Action", "Lead Officer", "Target Date", "Revised Date", "RAG", "Saving £k", "Progress update"];
  const cell = (value: string | number, text = String(value), numberFormat?: string) => ({ value, text, numberFormat });
  const body = Array.from({ length: rows }, (_, i) => [
    cell(`ASC-${i + 1}`),
    cell(`Review of commissioned care packages, batch ${i + 1}`),
    i % 5 === 0 ? undefined : cell("Jane Smith, Head of Commissioning"),
    cell(45000 + (i % 400), "31/03/2023", "dd/mm/yyyy"),
    i % 3 === 0 ? cell(45100 + (i % 400), "30/06/2023", "dd/mm/yyyy") : undefined,
    i % 7 === 0 ? undefined : cell(["Green", "Amber", "Red"][i % 3]),
    cell(100 + i),
    cell("Reviews under way; savings tracked monthly with finance."),
  ]);
  return { name: "Plan", date1904: false, merges: [], rows: [header.map((h) => cell(h)), ...body] };
}

describe("syncs and payloads", () => {
  // The packing is proved on 400 rows against a tenth of Excel's limit: the rows write about
  // 600 KB of requests, more than one sync may carry at that limit (as 4,000 rows do at 5 MB).
  // The real limit's figures are proved on 1,000 rows below and on larger plans by npm run bench.
  const TENTH: PayloadLimits = { payloadBytes: EXCEL_PAYLOAD_LIMITS.payloadBytes / 10 };

  async function writePlan(rows: number, limits: PayloadLimits = EXCEL_PAYLOAD_LIMITS) {
    const model = workbookWith(bigPlan(rows));
    const description = await descriptionFor(model, "Plan");
    const { fake, context } = fakeExcel(model, limits.payloadBytes);
    const outcome = await writeResults(context, description, { ...ALL, limits });
    expect(outcome.status).toBe("written");
    expect(fake.largestRequestBytes).toBeLessThanOrEqual(limits.payloadBytes);
    expect(fake.largestResponseBytes).toBeLessThanOrEqual(limits.payloadBytes);
    const requestBytes = fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    // Never a sync per row or per cell: the writes take as many syncs as their bytes need.
    expect(outcome.syncs.write).toBeLessThanOrEqual(Math.ceil(requestBytes / (limits.payloadBytes * 0.6)) + 1);
    // The reads are budgeted on estimates of Office.js's own sizes (a note 300 bytes, a fill 64),
    // which the fake's measure undercuts: one sync for names, then one per budget's worth of estimates.
    const cells = description.highlights.length;
    expect(outcome.syncs.read).toBeLessThanOrEqual(2 + Math.ceil((cells * (300 + 64)) / budgetBytes(limits)));
    console.info(
      `${rows} rows at a ${limits.payloadBytes} B limit: ${cells} highlights, syncs ${JSON.stringify(outcome.syncs)}, ` +
        `largest request ${fake.largestRequestBytes} B, largest response ${fake.largestResponseBytes} B`,
    );
    return outcome.syncs;
  }

  it("reads, writes and verifies 1,000 rows in one sync each", async () => {
    expect(await writePlan(1_000)).toEqual({ read: 2, write: 1, verify: 1, rollback: 0 });
  });

  it("reads, writes and verifies in syncs set by bytes, none over the limit: 400 rows at a tenth of Excel's limit", async () => {
    // The same plan goes in one write sync at Excel's limit, so the extra syncs below are the
    // bytes' doing, not the rows'.
    expect(await writePlan(400)).toEqual({ read: 2, write: 1, verify: 1, rollback: 0 });
    const syncs = await writePlan(400, TENTH);
    expect(syncs).toMatchObject({ verify: 1, rollback: 0 });
    expect(syncs.write).toBeGreaterThanOrEqual(2);
  });
});

describe("refusals and missing features", () => {
  it("refuses a protected plan sheet with a plain message, writing nothing", async () => {
    const model = workbookWith(bigPlan(20));
    model.sheet("Plan")!.protected = true;
    const description = await descriptionFor(model, "Plan");
    const before = snapshot(model);
    const { outcome } = await write(model, description);
    expect(outcome).toMatchObject({ status: "refused", syncs: { write: 0 } });
    expect(outcome.messages[0]).toMatch(/^The sheet "Plan" is protected, so the checker wrote nothing\./);
    expect(snapshot(model)).toEqual(before);
  });

  it("never touches a user's sheet with the name of one of the tool's", async () => {
    const model = workbookWith(bigPlan(20));
    const description = await descriptionFor(model, "Plan");
    model.addSheet(description.sheets[0].name).setCell(0, 0, { value: "mine" });
    const before = snapshot(model);
    const { outcome } = await write(model, description);
    expect(outcome.status).toBe("refused");
    expect(snapshot(model)).toEqual(before);
  });

  it("without notes (ExcelApi 1.18) writes fills and sheets and says where the reasons are", async () => {
    const model = workbookWith(bigPlan(20));
    const description = await descriptionFor(model, "Plan");
    const { outcome } = await write(model, description, { ...ALL, notes: false });
    expect(outcome.status).toBe("written");
    expect(outcome.messages).toEqual([expect.stringMatching(/cannot add notes.*summary sheets only/)]);
    expect(model.sheet("Plan")!.notes.size).toBe(0);
    expect(cellsOf(model.sheet("Plan")!).some((c) => c.fill !== undefined)).toBe(true);
  });

  it("without ExcelApi 1.9 writes nothing and says so", async () => {
    const model = workbookWith(bigPlan(20));
    const description = await descriptionFor(model, "Plan");
    const { outcome, fake } = await write(model, description, { ...ALL, bulkFormats: false });
    expect(outcome.status).toBe("refused");
    expect(fake.syncs).toHaveLength(0);
  });

  it("keeps the user's own fills and notes, and clear gives them back", async () => {
    const grid = bigPlan(10);
    grid.rows[1][2] = undefined;
    const model = workbookWith(grid);
    const plan = model.sheet("Plan")!;
    plan.setCell(1, 2, { value: null, fill: "#FFFF00" });
    plan.notes.set("1,2", "Owner leaving in May");
    const before = snapshot(model);
    const { outcome } = await checkAndWriteIn(model);
    expect(outcome.status).toBe("written");
    expect(plan.notes.get("1,2")).toMatch(/^Owner leaving in May\n\nAction Plan Checker:\n/);
    expect(plan.cell(1, 2)?.fill).not.toBe("#FFFF00");
    const { context } = fakeExcel(model);
    await clearResults(context, ALL);
    expect(snapshot(model)).toEqual(before);
  });

  it("says so when there is nothing to clear", async () => {
    const { context } = fakeExcel(workbookWith(bigPlan(5)));
    expect(await clearResults(context, ALL)).toMatchObject({ cleared: false, messages: ["There are no checker results in this workbook to clear."] });
  });
});

describe("runInExcel", () => {
  afterEach(() => {
    removeOfficeStub();
    removeExcelRunStub();
  });

  it("merges a run into one undo step where ExcelApi 1.20 is there, and runs plainly where not", async () => {
    const model = workbookWith(bigPlan(5));
    const runs = installExcelRunStub(model);
    installOfficeStub("1.20");
    await runInExcel(async (context) => context.sync());
    installOfficeStub("1.18");
    await runInExcel(async (context) => context.sync());
    expect(runs.map((r) => r.options)).toEqual([{ mergeUndoGroup: true }, null]);
  });
});
