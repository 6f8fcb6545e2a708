/**
 * Last month's version of seed 004, made from the June sheet as a person would have had it on
 * 31 May 2016: each edit below is one thing that moved during June, and nothing else differs.
 */
import type ExcelJS from "exceljs";
import { buildSeed004 } from "../fixtures/seed-workbooks";

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

/** Sets a cell after checking it holds what the June sheet has there, so a changed fixture fails loudly. */
function edit(ws: ExcelJS.Worksheet, address: string, june: unknown, may: ExcelJS.CellValue): void {
  const cell = ws.getCell(address);
  const value = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value;
  if (value !== june) throw new Error(`seed 004 ${address}: expected ${String(june)}, found ${String(value)}`);
  cell.value = may;
}

export interface MayOptions {
  /** Outcome 4's items 4.5–4.7 numbered 4.6–4.8 in May, as if renumbered in June. */
  renumbered?: boolean;
}

/** Turns the June sheet into May's, in place. */
export function makeMay(ws: ExcelJS.Worksheet, options: MayOptions = {}): void {
  ws.name = "LAC Progress May-16";
  edit(ws, "E3", "2016-06-01", monthStart(2016, 5));
  edit(ws, "B7", "2016-06-29", new Date(Date.UTC(2016, 4, 31)));
  // 2.1 was Green in May (its RAG cells are on its step 3 row).
  edit(ws, "J75", "Amber", "Green");
  // 2.2 had only T. Collins as its lead.
  edit(ws, "E82", "T. Collins/ J. Gregg", "T. Collins");
  // 2.2 step 3 had no revised date yet.
  edit(ws, "G84", "2016-05-01", null);
  // 2.3 step 2 was already revised once, to May-16; June pushed it to Jul-16.
  edit(ws, "G86", "2016-07-01", monthStart(2016, 5));
  // 4.4 step 3 was not complete.
  edit(ws, "G167", "Complete", null);
  // 4.8 was added in June.
  for (let col = 1; col <= 11; col++) ws.getCell(176, col).value = null;
  if (options.renumbered) {
    edit(ws, "A168", "4.5 (page 19)", "4.6 (page 19)");
    edit(ws, "A170", "4.6 (page 20)", "4.7 (page 20)");
    edit(ws, "A174", "4.7 (page 20)", "4.8 (page 20)");
  }
}

/** Seed 004's June workbook and, apart, May's. */
export function juneAndMay(options: MayOptions = {}): { june: ExcelJS.Workbook; may: ExcelJS.Workbook } {
  const may = buildSeed004("text");
  makeMay(may.worksheets[0], options);
  return { june: buildSeed004("text"), may };
}

/** One workbook with a tab a month, May's after June's, as councils often keep them. */
export function oneTabAMonth(): ExcelJS.Workbook {
  const { june, may } = juneAndMay();
  const from = may.worksheets[0];
  const to = june.addWorksheet(from.name);
  from.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      to.getCell(r, c).value = cell.value;
      to.getCell(r, c).numFmt = cell.numFmt;
    }),
  );
  return june;
}
