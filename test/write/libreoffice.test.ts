/**
 * Interop: a written workbook opens in another spreadsheet (LibreOffice) and its live
 * formulas, recalculated there, give the engine's totals. CI installs LibreOffice, so there
 * a missing soffice fails; on a developer's machine without it the test is skipped, loudly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/engine";
import { buildSeedWorkbooks } from "../fixtures/seed-workbooks";
import { CHECK_OPTIONS, checkAndWrite, load, save } from "./workbook-snapshot";
import { removeWhenDone } from "../fixtures/temp-folder";
import { CSV_EVERY_SHEET, convertWithLibreOffice, onPath } from "./soffice";

const hasSoffice = onPath("soffice");
if (!hasSoffice && !process.env.CI) console.warn("SKIPPED: LibreOffice interop tests (soffice is not on PATH). Install libreoffice-calc-nogui to run them.");
const interop = hasSoffice || process.env.CI ? describe : describe.skip;

/** Fields of one CSV line as LibreOffice writes them: quoted when they hold a comma or quote. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  for (const m of line.matchAll(/("((?:[^"]|"")*)"|[^,]*)(,|$)/g)) {
    fields.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
    if (m[3] === "") break;
  }
  return fields;
}

/** The folders LibreOffice converted in, removed when the file is done. */
const converted: string[] = [];
removeWhenDone(() => converted);

/**
 * Converts every sheet of each workbook to CSV with formulas recalculated, all in one LibreOffice
 * run (starting LibreOffice takes seconds; converting one more file, a fraction of that).
 * Returns, for each workbook by name, the rows of a sheet.
 */
function sheetsAsCsv(books: Record<string, Buffer>): (book: string, sheet: string) => string[][] {
  expect(hasSoffice).toBe(true);
  const dir = mkdtempSync(path.join(tmpdir(), "action-plan-soffice-"));
  converted.push(dir);
  const files = Object.entries(books).map(([name, xlsx]) => {
    writeFileSync(path.join(dir, `${name}.xlsx`), xlsx);
    return path.join(dir, `${name}.xlsx`);
  });
  convertWithLibreOffice(CSV_EVERY_SHEET, files, dir);
  return (book, sheet) => readFileSync(path.join(dir, `${book}-${sheet}.csv`), "utf8").trimEnd().split("\n").map(csvFields);
}

/** The written workbook with 1000 added to the first amount of the Actions table's savings column. */
async function withAmountEdited(written: Buffer): Promise<Buffer> {
  const wb = await load(written);
  const actions = wb.getWorksheet("Actions")!;
  let edited = 0;
  actions.getColumn(15).eachCell((cell, row) => {
    if (!edited && row > 1 && typeof cell.value === "number") {
      cell.value += 1000;
      edited = row;
    }
  });
  return save(wb);
}

/** The amount beside a label in the block that follows `heading`. */
function blockValues(rows: string[][], heading: string): Record<string, number> {
  const start = rows.findIndex((r) => r[0] === heading);
  const out: Record<string, number> = {};
  for (let i = start + 2; i < rows.length && rows[i][0] !== ""; i++) out[rows[i][0]] = Number(rows[i][1]);
  return out;
}

interop("LibreOffice opens a written workbook and recalculates its totals", () => {
  let totals: ReturnType<typeof checkWorkbook>["sheets"][number]["result"];
  let sheetAsCsv: (book: string, sheet: string) => string[][];
  beforeAll(async () => {
    const seed = (await buildSeedWorkbooks()).find((s) => s.name === "004-text")!;
    const written = await checkAndWrite(seed.buffer);
    totals = checkWorkbook(readGrids(seed.buffer).grids, CHECK_OPTIONS).sheets[0].result;
    sheetAsCsv = sheetsAsCsv({ written, edited: await withAmountEdited(written) });
    // LibreOffice starting up takes seconds, several times that on a busy machine.
  }, 60_000);

  it("gives the engine's savings by section, by Savings RAG and in total", () => {
    const rows = sheetAsCsv("written", "Savings");
    const t = totals!.totals;
    const bySection = blockValues(rows, "By section or outcome");
    expect(bySection).toEqual({ ...t.savingBySection, Total: t.saving });
    const byRag = blockValues(rows, "By Savings RAG");
    expect(byRag).toEqual({ Red: t.savingByRag.red, Amber: t.savingByRag.amber, Green: t.savingByRag.green, Blue: t.savingByRag.blue, None: t.savingByRag.none, Total: t.saving });
    expect(blockValues(rows, "By owner").Total).toBe(t.saving);
  });

  it("gives the engine's counts by Action RAG on the board summary", () => {
    const rows = sheetAsCsv("written", "Board summary");
    const counts = blockValues(rows, "Items by RAG");
    const t = totals!.totals.itemsByActionRag;
    expect(counts).toEqual({ Red: t.red, Amber: t.amber, Green: t.green, Blue: t.blue, None: t.none, Total: totals!.plan.items.length });
  });

  it("follows an amount edited in the Actions table", () => {
    const rows = sheetAsCsv("edited", "Savings");
    expect(blockValues(rows, "By section or outcome").Total).toBe(totals!.totals.saving + 1000);
  });
});
