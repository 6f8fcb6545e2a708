/**
 * Moving workbooks between the fake Excel and .xlsx files, and comparing them: what "saved and
 * reopened" means for the add-in's tests.
 */
import type ExcelJS from "exceljs";
import { readGrids } from "../../src/adapters/xlsx";
import { excelJs } from "../fixtures/lazy-exceljs";
import { FakeWorkbookModel, sheetFromGrid, type FakeSheetModel } from "../fakes/excel-fake";

/**
 * JSON with every object's keys in one order, so that two equal cells give the same text. Given
 * the sorted list of every key in it, JSON.stringify writes each object's keys in that order
 * (and leaves none out): many times faster than sorting each object in a replacer function.
 */
function canonical(value: unknown): string {
  const keys = new Set<string>();
  const collect = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    for (const [key, inner] of Object.entries(v)) {
      keys.add(key);
      collect(inner);
    }
  };
  collect(value);
  return JSON.stringify(value, [...keys].sort());
}

/**
 * A sheet as plain data, each Map as one sorted line per entry ("3,4 {...}"): jest compares tens
 * of thousands of lines many times faster than as many nested objects, and a difference still
 * shows as the cells that differ.
 */
export function plain(sheet: FakeSheetModel): unknown {
  const entries = <T>(m: Map<string | number, T>) => [...m.entries()].map(([key, value]) => `${key} ${canonical(value)}`).sort();
  const { cells, notes, columnWidths, rowHeights, ...rest } = sheet;
  return { ...JSON.parse(JSON.stringify(rest)), cells: entries(cells), notes: entries(notes), columnWidths: entries(columnWidths), rowHeights: entries(rowHeights) };
}

/** A deep copy of everything the model holds, to compare a workbook before and after. */
export function snapshot(model: FakeWorkbookModel): unknown {
  return { sheets: model.sheets.map(plain), tables: model.tables.map((t) => ({ ...t, sheet: t.sheet.name })), active: model.activeSheet };
}

/** A copy of the model that shares nothing with it: one written workbook, many failed runs. */
export function cloneModel(model: FakeWorkbookModel): FakeWorkbookModel {
  const copy = new FakeWorkbookModel();
  const bySheet = new Map<FakeSheetModel, FakeSheetModel>();
  for (const sheet of model.sheets) {
    const s = copy.addSheet(sheet.name);
    bySheet.set(sheet, s);
    for (const [k, cell] of sheet.cells) s.cells.set(k, { ...cell, ...(cell.format && { format: { ...cell.format } }) });
    for (const [k, note] of sheet.notes) s.notes.set(k, note);
    for (const [k, width] of sheet.columnWidths) s.columnWidths.set(k, width);
    for (const [k, height] of sheet.rowHeights) s.rowHeights.set(k, height);
    s.merges = structuredClone(sheet.merges);
    s.protected = sheet.protected;
    s.visibility = sheet.visibility;
    s.frozenRows = sheet.frozenRows;
    s.dataBars.push(...structuredClone(sheet.dataBars));
    s.pageLayout = structuredClone(sheet.pageLayout);
  }
  for (const table of model.tables) copy.tables.push({ ...table, sheet: bySheet.get(table.sheet)! });
  copy.activeSheet = model.activeSheet;
  copy.structureProtected = model.structureProtected;
  return copy;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function noteText(note: ExcelJS.Comment | string): string {
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** An .xlsx opened in Excel, as the fake holds it: values, formats, RGB fills, merges, notes, visibility. */
export async function openInFake(buffer: Buffer | ArrayBuffer): Promise<FakeWorkbookModel> {
  const workbook = new (excelJs().Workbook)();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const model = new FakeWorkbookModel();
  const { grids } = readGrids(new Uint8Array(buffer));
  for (const ws of workbook.worksheets) {
    const sheet = sheetFromGrid(model, grids.find((g) => g.name === ws.name)!);
    sheet.visibility = VISIBILITY[ws.state];
    // A blank cell shows nothing: its text is not a property of its own, so a blank cell that
    // loses its fill is no cell at all, as in the original.
    for (const cell of sheet.cells.values()) if (cell.value === null && cell.text === "") delete cell.text;
    ws.eachRow((row, r) => row.eachCell((cell, c) => void (cell.note && sheet.notes.set(`${r - 1},${c - 1}`, noteText(cell.note)))));
  }
  return model;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/**
 * The fake workbook saved as .xlsx: `original` (the file it was opened from) with the fills and
 * notes of its sheets as the fake now has them, and the sheets the fake added written in.
 */
export async function saveFromFake(model: FakeWorkbookModel, original: Buffer | ArrayBuffer): Promise<Buffer> {
  const workbook = new (excelJs().Workbook)();
  await workbook.xlsx.load(original as ArrayBuffer);
  for (const sheet of model.sheets) {
    const existing = workbook.getWorksheet(sheet.name);
    const ws = existing ?? workbook.addWorksheet(sheet.name, { state: sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible" });
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      const target = ws.getCell(r + 1, c + 1);
      if (!existing) {
        target.value = cell.formula !== undefined ? { formula: cell.formula.slice(1), date1904: false } : cell.value;
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
      }
      const fill = target.fill?.type === "pattern" && target.fill.pattern === "solid" ? target.fill.fgColor?.argb : undefined;
      if (cell.fill !== undefined && fill !== argb(cell.fill)) target.style = { ...target.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } } };
    }
    for (const [key, note] of sheet.notes) {
      const [r, c] = key.split(",").map(Number);
      ws.getCell(r + 1, c + 1).note = note;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
