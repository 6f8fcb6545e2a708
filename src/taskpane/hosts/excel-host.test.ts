/**
 * The pane's Excel host against the project's fake of Office.js (test/fakes/excel-fake.ts), which
 * throws on a property read before load + sync as Excel does: what the pane writes is the check
 * the user made, and a second check after a write reads the plan as the user left it.
 */
import { readGrids } from "../../adapters/xlsx";
import { checkWorkbook, toReport, type CheckResult, type Grid } from "../../engine";
import { buildSeedWorkbooks } from "../../../test/fixtures/seed-workbooks";
import { FakeWorkbookModel, installExcelRunStub, installOfficeStub, removeExcelRunStub, removeOfficeStub, sheetFromGrid } from "../../../test/fakes/excel-fake";
import { LAST_ERROR_SETTING as LAST_ERROR_KEY } from "../../adapters/office/last-error";
import { createExcelHost } from "./excel-host";

let grid: Grid;
beforeAll(async () => {
  const seed = (await buildSeedWorkbooks()).find((s) => s.name === "004-fills");
  grid = readGrids(seed!.buffer).grids[0];
});

let model: FakeWorkbookModel;
let settings: Map<string, unknown>;
beforeEach(() => {
  settings = installOfficeStub("1.20");
  model = new FakeWorkbookModel();
  model.addSheet("Notes");
  sheetFromGrid(model, grid);
  model.activeSheet = 1;
  installExcelRunStub(model);
});
afterEach(() => {
  removeExcelRunStub();
  removeOfficeStub();
});

const fills = (sheet: string) => new Map([...model.sheet(sheet)!.cells].map(([key, cell]) => [key, cell.fill]));
const escalated = (result: CheckResult) => {
  const sheet = toReport(result, "plan.xlsx").sheets[0];
  return sheet.kind === "plan" ? sheet.escalations : [];
};
/** The cells that hold anything: a highlighted blank cell reads back as an empty cell, which is the same to the engine. */
const cellsOf = (g: Grid) => g.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell && (cell.text || cell.value !== null || cell.fill) ? [[r + 1, c + 1, cell]] : [])));
const check = (g: Grid, asOf?: string) => checkWorkbook([g], { today: "2026-11-23", asOf, locale: "en-GB", escalate: "all-red-amber" });

it("lists the sheets with Excel's active one, and reads the plan as the engine's grid", async () => {
  const host = createExcelHost();
  expect(await host.listSheets()).toEqual({ names: ["Notes", grid.name], active: grid.name });
  const read = await host.readSheet(grid.name);
  expect(read.rows.flat().filter((c) => c?.fill).length).toBeGreaterThan(0);
  expect(escalated(check(read))).toEqual(escalated(check(grid)));
  expect(escalated(check(read)).length).toBeGreaterThan(0);
});

it("writes the pane's own check, re-reads the plan with the user's fills, and clears back to the workbook as it was", async () => {
  const host = createExcelHost();
  const before = fills(grid.name);
  const first = await host.readSheet(grid.name);
  const result = check(first, "2016-06-29");
  expect(await host.writeSummary(result)).toEqual([]);
  expect(model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Notes", grid.name, "Board summary", "Savings", "Actions"]));
  // The Sheet list offers only the user's sheets, not the checker's summary sheets or its store.
  expect((await host.listSheets())?.names).toEqual(["Notes", grid.name]);
  // The highlights changed some fills; the pane still reads the user's own.
  expect(fills(grid.name)).not.toEqual(before);
  const again = await host.readSheet(grid.name);
  expect(cellsOf(again)).toEqual(cellsOf(first));
  expect(toReport(check(again, "2016-06-29"), "plan.xlsx")).toEqual(toReport(result, "plan.xlsx"));
  expect(escalated(check(again, "2016-06-29"))).toEqual(escalated(result));

  // A second write replaces the first: its sheets keep their names.
  await host.writeSummary(result);
  expect(model.sheets.filter((s) => /Board summary/.test(s.name)).map((s) => s.name)).toEqual(["Board summary"]);

  expect(await host.clearHighlights()).toEqual({ cleared: true, messages: [] });
  expect(model.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Notes", grid.name]);
  expect(fills(grid.name)).toEqual(before);
  expect((await host.clearHighlights()).cleared).toBe(false);
});

it("says in a sentence why nothing was written to a protected sheet", async () => {
  const host = createExcelHost();
  const result = check(await host.readSheet(grid.name));
  model.sheet(grid.name)!.protected = true;
  await expect(host.writeSummary(result)).rejects.toThrow(/is protected, so the checker wrote nothing\. Unprotect it/);
  expect(model.sheets.map((s) => s.name)).toEqual(["Notes", grid.name]);
});

it("names a sheet that has gone", async () => {
  await expect(createExcelHost().readSheet("Gone")).rejects.toThrow("The sheet 'Gone' is no longer in the workbook. Pick a sheet again.");
});

it("reads the ribbon command's failure from the workbook and forgets it on dismiss", async () => {
  settings.set(LAST_ERROR_KEY, "The sheet \"Plan\" is protected, so the checker wrote nothing.");
  const host = createExcelHost();
  expect(await host.commandError?.read()).toBe("The sheet \"Plan\" is protected, so the checker wrote nothing.");
  await host.commandError?.dismiss();
  expect(settings.has(LAST_ERROR_KEY)).toBe(false);
  expect(await host.commandError?.read()).toBeNull();
});

it("lists the user's sheets only: not a very hidden one, which Excel never shows, but a merely hidden one", async () => {
  model.addSheet("Old plan");
  model.addSheet("Macro storage");
  model.sheet("Old plan")!.visibility = "Hidden";
  model.sheet("Macro storage")!.visibility = "VeryHidden";
  expect((await createExcelHost().listSheets())?.names).toEqual(["Notes", grid.name, "Old plan"]);
});
