import type { Grid } from "../../src/engine/grid";
import { readWorksheet } from "../../src/adapters/office";
import type { ExcelFeatures } from "../../src/adapters/office";
import {
  asExcel,
  fakeExcel,
  FakeWorkbookModel,
  PAYLOAD_LIMIT_BYTES,
  sheetFromGrid,
  type FakeSheetModel,
} from "../fakes/excel-fake";

const ALL: ExcelFeatures = { cellProperties: true, mergedAreas: true };

/** A small plan as the seeds look: title, reporting date, header, items with dates, RAG fills, merges. */
const SMALL: Grid = {
  name: "Action Plan",
  date1904: false,
  rows: [
    [{ value: "Savings Action Plan 2024/25", text: "Savings Action Plan 2024/25" }],
    [{ value: "Reporting date", text: "Reporting date" }, { value: 45382, text: "31/03/2024", numberFormat: "dd/mm/yyyy" }],
    [],
    [
      { value: "Ref", text: "Ref" },
      { value: "Action", text: "Action" },
      { value: "Owner", text: "Owner" },
      { value: "Target Date", text: "Target Date" },
      { value: "RAG", text: "RAG" },
      { value: "Saving £k", text: "Saving £k" },
    ],
    [
      { value: 1, text: "1" },
      { value: "Review the home-to-school transport contract", text: "Review the home-to-school transport contract" },
      { value: "J Smith", text: "J Smith" },
      { value: 45382, text: "Mar-24", numberFormat: "mmm-yy" },
      { value: "Green", text: "Green", fill: "#00B050" },
      { value: 120.5, text: "120.5" },
    ],
    [
      undefined,
      { value: "Second step of the same action", text: "Second step of the same action" },
      undefined,
      { value: "Q2 2024/25", text: "Q2 2024/25" },
      { value: null, text: "", fill: "#FF0000" },
      { value: true, text: "TRUE" },
    ],
  ],
  merges: [{ top: 5, left: 1, bottom: 6, right: 1 }, { top: 5, left: 3, bottom: 6, right: 3 }],
};

/** Realistic plan text: a sentence or two per action, names, dates, RAG words, money. */
function realisticSheet(model: FakeWorkbookModel, name: string, rows: number): FakeSheetModel {
  const sheet = model.addSheet(name);
  const headers = ["Ref", "Theme", "Action", "Lead Officer", "Start Date", "Target Date", "Revised Date", "RAG", "Saving £k", "Progress update", "Next steps"];
  headers.forEach((h, c) => sheet.setCell(0, c, { value: h }));
  const rags = [["Green", "#00B050"], ["Amber", "#FFC000"], ["Red", "#FF0000"], ["Blue", "#0070C0"]];
  for (let r = 1; r < rows; r++) {
    const [rag, fill] = rags[r % rags.length];
    const row = [
      { value: `ASC-${r}` },
      { value: "Adult Social Care: demand management" },
      { value: `Review of commissioned care packages for ${r % 7 === 0 ? "older people" : "working-age adults"} to reduce spend` },
      { value: "Jane Smith, Head of Commissioning" },
      { value: 45200 + (r % 300), text: "01/04/2024", numberFormat: "dd/mm/yyyy" },
      { value: 45500 + (r % 300), text: "Mar-25", numberFormat: "mmm-yy" },
      { value: r % 3 === 0 ? "TBC" : "" },
      { value: rag, fill },
      { value: 125.75 + r, text: `£${(125.75 + r).toFixed(2)}k`, numberFormat: "£#,##0.00\"k\"" },
      { value: "Reviews under way; 40 of 120 completed. Savings tracked monthly with finance business partner." },
      { value: "Complete remaining reviews and report to DMT in the next quarter." },
    ];
    row.forEach((cell, c) => sheet.setCell(r, c, cell));
  }
  return sheet;
}

async function readSheet(model: FakeWorkbookModel, name: string, features: ExcelFeatures = ALL) {
  const { fake, context } = fakeExcel(model);
  const grid = await readWorksheet(context, asExcel(fake.workbook.worksheets.getItem(name)), { features });
  return { grid, fake };
}

describe("readWorksheet against the fake Excel", () => {
  it("reads a sheet built from a grid back into the same grid", async () => {
    const model = new FakeWorkbookModel();
    sheetFromGrid(model, SMALL);
    const { grid, fake } = await readSheet(model, "Action Plan");
    expect(grid).toEqual(SMALL);
    expect(fake.syncs).toHaveLength(2);
  });

  it("keeps the sheet's own row and column numbers when the used range starts away from A1", async () => {
    const model = new FakeWorkbookModel();
    const sheet = model.addSheet("Offset");
    sheet.setCell(4, 2, { value: "Action" });
    sheet.setCell(5, 3, { value: 7 });
    const { grid } = await readSheet(model, "Offset");
    expect(grid.rows).toHaveLength(6);
    expect(grid.rows[4][2]).toEqual({ value: "Action", text: "Action" });
    expect(grid.rows[5][3]).toEqual({ value: 7, text: "7" });
  });

  it("reads a blank sheet as an empty grid in one sync", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("Blank");
    const { grid, fake } = await readSheet(model, "Blank");
    expect(grid).toEqual({ name: "Blank", rows: [], merges: [], date1904: false });
    expect(fake.syncs).toHaveLength(1);
  });

  it("reads no fills and no merges when the host lacks ExcelApi 1.9 and 1.13", async () => {
    const model = new FakeWorkbookModel();
    sheetFromGrid(model, SMALL);
    const { grid } = await readSheet(model, "Action Plan", { cellProperties: false, mergedAreas: false });
    expect(grid.merges).toEqual([]);
    expect(grid.rows.flat().some((cell) => cell?.fill !== undefined)).toBe(false);
  });

  it("reads a 1,000-row and a 1,800-row plan in the same two syncs", async () => {
    const model = new FakeWorkbookModel();
    realisticSheet(model, "Short", 1_000);
    realisticSheet(model, "Longer", 1_800);
    const short = await readSheet(model, "Short");
    const longer = await readSheet(model, "Longer");
    expect(short.fake.syncs).toHaveLength(2);
    expect(longer.fake.syncs).toHaveLength(2);
    expect(longer.grid.rows).toHaveLength(1_800);
  });

  // 12,000 rows are several blocks of 3.5 MB, which is what the batching needs to show; the
  // 50,000-row figures are the benchmark's (npm run bench).
  it("reads 12,000 rows × 11 columns with no sync over 5 MB, in syncs set by bytes, not rows", async () => {
    const model = new FakeWorkbookModel();
    realisticSheet(model, "Big", 12_000);
    const { grid, fake } = await readSheet(model, "Big");
    expect(grid.rows).toHaveLength(12_000);
    expect(grid.rows[11_998][7]).toEqual({ value: "Red", text: "Red", fill: "#FF0000" });
    expect(fake.syncs.every((s) => s.failed === undefined)).toBe(true);
    expect(fake.largestResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(fake.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const totalBytes = fake.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    // One sync for the used range, then blocks of about 3.5 MB: never one sync per row or per block of rows.
    expect(fake.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(totalBytes / 3_000_000));
    expect(fake.syncs.length).toBeGreaterThanOrEqual(4);
    console.info(`12,000 rows: ${fake.syncs.length} syncs, ${(totalBytes / 1e6).toFixed(1)} MB in all, largest response ${fake.largestResponseBytes} bytes, largest request ${fake.largestRequestBytes} bytes`);
  });

  it("halves a block the host refuses as too big and reads on", async () => {
    const model = new FakeWorkbookModel();
    const sheet = realisticSheet(model, "Wordy", 3_000);
    // The first block is sized from short rows; these later rows are far wordier.
    const essay = "Long progress narrative. ".repeat(80);
    for (let r = 2_000; r < 3_000; r++) for (let c = 9; c < 11; c++) sheet.setCell(r, c, { value: essay });
    const { grid, fake } = await readSheet(model, "Wordy");
    expect(grid.rows[2_999][9]).toEqual({ value: essay, text: essay });
    expect(fake.syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.syncs.filter((s) => s.failed === undefined).every((s) => s.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it("passes on a failure that is not about size", async () => {
    const model = new FakeWorkbookModel();
    sheetFromGrid(model, SMALL);
    const { fake, context } = fakeExcel(model);
    fake.failAtSync(2, "GeneralException");
    await expect(readWorksheet(context, asExcel(fake.workbook.worksheets.getItem("Action Plan")), { features: ALL })).rejects.toMatchObject({
      code: "GeneralException",
    });
  });
});

describe("the fake Excel itself", () => {
  it("throws PropertyNotLoaded on a read before load and sync, as Excel does", async () => {
    const model = new FakeWorkbookModel();
    sheetFromGrid(model, SMALL);
    const { fake } = fakeExcel(model);
    const range = fake.workbook.worksheets.getItem("Action Plan").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.sync();
    expect(range.values[0][0]).toBe("Savings Action Plan 2024/25");
    expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("makes a written string starting with =, + or - a formula", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("Out");
    const { fake } = fakeExcel(model);
    const range = fake.workbook.worksheets.getItem("Out").getRange("A1:D1");
    range.values = [["=cmd", "+ owner", "- see note", "plain"]];
    range.load("values,formulas");
    await fake.sync();
    expect(range.values).toEqual([["#NAME?", "#NAME?", "#NAME?", "plain"]]);
    expect(range.formulas[0][0]).toBe("=cmd");
  });

  it("rejects a sync whose response passes 5 MB, changing nothing", async () => {
    const model = new FakeWorkbookModel();
    const sheet = model.addSheet("Huge");
    for (let r = 0; r < 600; r++) sheet.setCell(r, 0, { value: "x".repeat(10_000) });
    const { fake } = fakeExcel(model);
    fake.workbook.worksheets.getItem("Huge").getRange("A1:A600").load("values");
    await expect(fake.sync()).rejects.toMatchObject({ name: "RichApi.Error", code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.syncs[0].failed).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("finds null objects at sync and loads a collection's items", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("One");
    model.addSheet("Two");
    const { fake } = fakeExcel(model);
    const missing = fake.workbook.worksheets.getItemOrNullObject("Three");
    missing.load("name");
    const sheets = fake.workbook.worksheets;
    sheets.load("items/name");
    await fake.sync();
    expect(missing.isNullObject).toBe(true);
    expect(sheets.items.map((s) => s.name)).toEqual(["One", "Two"]);
  });
});
