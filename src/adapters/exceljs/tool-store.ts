import type ExcelJS from "exceljs";
import { decodeStore, encodeStore, STORE_TAG, storeSheetName, type Store } from "../store-format";

export type { Store, StoredCell } from "../store-format";

function isStore(ws: ExcelJS.Worksheet): boolean {
  return ws.getCell("A1").value === STORE_TAG;
}

/** The store sheet, found by its tag rather than its name: a user may own that name too. */
export function findStoreSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(isStore);
}

/** The store a store sheet holds (see ../store-format.ts). */
export function readStore(ws: ExcelJS.Worksheet): Store {
  const column: unknown[] = [ws.getCell(1, 1).value];
  while (typeof column[column.length - 1] === "string") column.push(ws.getCell(column.length + 1, 1).value);
  return decodeStore(column) ?? { sheets: [], cells: [] };
}

export function writeStore(workbook: ExcelJS.Workbook, store: Store): void {
  const ws = workbook.addWorksheet(storeSheetName(workbook.worksheets.map((w) => w.name)), { state: "veryHidden" });
  encodeStore(store).forEach((value, i) => (ws.getCell(i + 1, 1).value = value));
}
