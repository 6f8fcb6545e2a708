import ExcelJS from "exceljs";
import type { Cell, Grid, MergedArea } from "../../engine";
import { displayText, utcToSerial } from "../xlsx/read/display-text";

/** A cell's value as the engine takes it: formulas by their result, rich text as plain text. */
function plainValue(value: ExcelJS.CellValue, date1904: boolean): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return utcToSerial(value, date1904);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, date1904);
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return null;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  // Theme and indexed colours need the workbook's theme to resolve; only RGB fills are read.
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function parseRange(range: string): MergedArea | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

export function worksheetToGrid(sheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const rows: (Cell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    // Every stored cell, empty ones too: a cell with no value may still carry a RAG as its fill
    // colour. findCell, unlike eachCell({ includeEmpty }), does not create the cells not stored.
    for (let colNumber = 1; colNumber <= row.cellCount; colNumber++) {
      const cell = row.findCell(colNumber);
      // ExcelJS repeats a merged area's value in every cell of it; Excel keeps it only in the
      // master (Office.js reads "" elsewhere), and the engine relies on that.
      if (!cell || (cell.isMerged && cell.master.address !== cell.address)) continue;
      const value = plainValue(cell.value, date1904);
      const numberFormat = cell.numFmt || undefined;
      const fill = fillOf(cell);
      if (value === null && !fill) continue;
      cells[colNumber - 1] = { value, text: displayText(value, numberFormat, date1904), numberFormat, fill };
    }
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges = (sheet.model.merges ?? []).map(parseRange).filter((m): m is MergedArea => m !== null);
  return { name: sheet.name, rows, merges, date1904 };
}

/** Loads an .xlsx into the engine's grids, one per worksheet, in workbook order. */
export async function readWorkbook(data: ArrayBuffer | Buffer): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const date1904 = Boolean(workbook.properties.date1904);
  return { workbook, grids: workbook.worksheets.map((sheet) => worksheetToGrid(sheet, date1904)) };
}
