import type ExcelJS from "exceljs";
import { findStoreSheet, readStore, type Store } from "./tool-store";
import { removeNote, setFill } from "./write-workbook";

/**
 * The tool's sheets: each listed one by its name at write time if it still carries its
 * marker, else (the user renamed it) the sheet that carries the marker. A user's sheet of
 * the same name but without the marker is never one of them.
 */
function toolSheets(workbook: ExcelJS.Workbook, store: Store): ExcelJS.Worksheet[] {
  const found = new Set<ExcelJS.Worksheet>();
  for (const listed of store.sheets) {
    const marked = (ws: ExcelJS.Worksheet) => !found.has(ws) && ws.getCell(listed.markerCell).value === listed.marker;
    const byName = workbook.worksheets.find((ws) => ws.name === listed.name && marked(ws));
    const renamed = workbook.worksheets.find((ws) => marked(ws) && !store.sheets.some((s) => s.name === ws.name));
    const ws = byName ?? renamed;
    if (ws) found.add(ws);
  }
  return [...found];
}

function restoreCells(workbook: ExcelJS.Workbook, store: Store): void {
  for (const stored of store.cells) {
    const cell = workbook.getWorksheet(stored.sheet)?.getCell(stored.cell);
    if (!cell) continue;
    setFill(cell, (stored.fill ?? undefined) as ExcelJS.Fill | undefined);
    if (stored.note === null) removeNote(cell);
    else cell.note = stored.note as ExcelJS.Comment | string;
  }
}

/**
 * Takes out all the tool wrote: restores each highlighted cell's own fill and note, removes
 * its sheets and its store. Returns false when the workbook held nothing of the tool's.
 */
export function clearWorkbook(workbook: ExcelJS.Workbook): boolean {
  const storeSheet = findStoreSheet(workbook);
  if (!storeSheet) return false;
  const store = readStore(storeSheet);
  restoreCells(workbook, store);
  for (const ws of toolSheets(workbook, store)) workbook.removeWorksheet(ws.id);
  workbook.removeWorksheet(storeSheet.id);
  return true;
}
