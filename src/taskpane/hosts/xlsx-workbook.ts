/**
 * Everything the browser host does with an .xlsx file, through the package adapter the CLI
 * uses too, in one module so that the browser host can load it with one dynamic import():
 * webpack puts it in a chunk of its own that the pane inside Excel never downloads.
 */
import { withFileSentences, type HostWords } from "../../adapters/file-problems";
import { clearChecked as clearPackage, markChecked, XlsxWorkbook } from "../../adapters/xlsx";
import { userSheets } from "../../adapters/user-sheets";
import type { CheckResult, Grid } from "../../engine";
import { PaneError } from "../errors";

export type Workbook = XlsxWorkbook;

/** What only the browser pane can say: the workbook it writes into is a copy of the file, opened here. */
const PANE_WORDS: HostWords = { afterUnprotect: "save the workbook in Excel, then open it here again" };

/** Runs `work`, turning a problem with the user's file into its sentence; our own errors pass as they are. */
function asPaneError<T>(name: string, work: () => T): T {
  return withFileSentences(name, PANE_WORDS, (sentence) => new PaneError(sentence), work);
}

/**
 * Opens an uploaded file as its user made it (anything an earlier check wrote taken out, and
 * `checked` says whether there was any) and reads its worksheets, turning each way it can be
 * wrong into a sentence the user can act on.
 */
export async function loadWorkbook(name: string, data: ArrayBuffer): Promise<{ workbook: XlsxWorkbook; grids: Grid[]; sheets: string[]; checked: boolean }> {
  return asPaneError(name, () => {
    const workbook = XlsxWorkbook.open(new Uint8Array(data));
    const checked = clearPackage(workbook);
    // The clear took out the sheets the store named as the checker's: none of those is left.
    const sheets = userSheets(workbook.book.sheets.map((sheet) => ({ name: sheet.name, veryHidden: sheet.state === "veryHidden" })), []);
    return { workbook, grids: workbook.sheetNames().map((sheet) => workbook.grid(sheet)), sheets, checked };
  });
}

/** Replaces anything an earlier run wrote with the highlights and summary sheets of this check. */
export function writeChecked(workbook: XlsxWorkbook, check: CheckResult): void {
  asPaneError("The workbook", () => {
    clearPackage(workbook);
    markChecked(workbook, check);
  });
}

/** Gives back the workbook as it was before any check; false when nothing of the checker's was in it. */
export function clearChecked(workbook: XlsxWorkbook): boolean {
  return asPaneError("The workbook", () => clearPackage(workbook));
}

/**
 * The workbook read again from what it now holds: a write or a clear changes its parts, and
 * the next clear must find the store and sheets that write added.
 */
export function reopened(workbook: XlsxWorkbook): XlsxWorkbook {
  return XlsxWorkbook.open(workbook.save());
}

export async function workbookBytes(workbook: XlsxWorkbook): Promise<ArrayBuffer> {
  const bytes = workbook.save();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
