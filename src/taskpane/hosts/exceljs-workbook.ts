/**
 * Everything the browser host does with ExcelJS, in one module so that the browser host can load
 * it with one dynamic import(): webpack puts it, and ExcelJS, in a chunk of its own that the pane
 * inside Excel never downloads.
 */
import type ExcelJS from "exceljs";
import { clearWorkbook } from "../../adapters/exceljs/clear-workbook";
import { readWorkbook } from "../../adapters/exceljs/read-workbook";
import { ProtectedSheetError, writeWorkbook } from "../../adapters/exceljs/write-workbook";
import type { CheckResult, Grid } from "../../engine";
import { describeWrite } from "../../engine";
import { PaneError } from "../errors";

export type { Workbook } from "exceljs";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Loads an uploaded file, turning each way it can be wrong into a sentence the user can act on. */
export async function loadWorkbook(name: string, data: ArrayBuffer): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const bytes = new Uint8Array(data);
  if (bytes.length === 0) throw new PaneError(`'${name}' is empty. Save the workbook again from Excel as .xlsx and open that.`);
  // An .xlsx is a zip file; anything else (.xls, .csv, a PDF) fails here with a clear reason.
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new PaneError(`'${name}' is not an Excel workbook (.xlsx). Open it in Excel, save it as "Excel Workbook (.xlsx)" and open that.`);
  }
  try {
    return await readWorkbook(data);
  } catch {
    throw new PaneError(`'${name}' could not be read as an Excel workbook: it may be damaged or password-protected. Open it in Excel, save a copy as .xlsx and open that.`);
  }
}

/** Replaces anything an earlier run wrote with the highlights and summary sheets of this check. */
export function writeChecked(workbook: ExcelJS.Workbook, check: CheckResult): void {
  clearWorkbook(workbook);
  const description = describeWrite(check, { sheetNames: workbook.worksheets.map((sheet) => sheet.name) });
  try {
    writeWorkbook(workbook, description);
  } catch (error) {
    if (error instanceof ProtectedSheetError) {
      throw new PaneError(`The sheet ${error.sheets.map((s) => `'${s}'`).join(", ")} is protected, so nothing was written. Unprotect it in Excel (Review › Unprotect Sheet), save, and open the workbook again.`);
    }
    throw error;
  }
}

/** Gives back the workbook as it was before any check; false when nothing of the checker's was in it. */
export function clearChecked(workbook: ExcelJS.Workbook): boolean {
  return clearWorkbook(workbook);
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
