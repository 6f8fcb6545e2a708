/**
 * The .xlsx package adapter, shared by both file hosts (the CLI and the pane in a browser):
 * open bytes, read the sheets to check, write a checked copy or clear one, save bytes.
 */
import { describeWrite, type CheckResult, type WriteDescription } from "../../engine";
import { clearChecked } from "./clear";
import type { XlsxWorkbook } from "./workbook";
import { writeChecked } from "./write/write-checked";
import { XmlTokens } from "./xml";

export { ProtectedSheetError, WorkbookFileError, type FileProblem } from "./errors";
export { XlsxWorkbook, readGrids } from "./workbook";
export { crc32, concatBytes, type Deflated, type Deflater, type NewDeflater, type ZipCodec } from "./zip";
export { createWorkbook, writeChecked } from "./write/write-checked";
export { clearChecked };

/** Names already used in the workbook, which a new table must not take: tables and defined names. */
function takenNames(workbook: XlsxWorkbook): string[] {
  const tables: string[] = [];
  for (const part of workbook.pkg.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(part)) continue;
    const tokens = new XmlTokens(workbook.pkg.text(part), part);
    if (tokens.next() && tokens.name === "table") tables.push(tokens.attr("name") ?? "", tokens.attr("displayName") ?? "");
  }
  return [...tables.filter(Boolean), ...workbook.book.definedNames.map((d) => d.name)];
}

/** What a checked copy got, for the host to say. */
export interface WrittenSummary {
  highlights: number;
  sheets: string[];
}

/** What a check writes into this workbook, its sheet and table names chosen against the workbook's own. */
export function describeCopy(workbook: XlsxWorkbook, result: CheckResult): WriteDescription {
  return describeWrite(result, { sheetNames: workbook.sheetNames(), takenNames: takenNames(workbook) });
}

/**
 * Writes a description into an opened workbook (cleared of any earlier run by the caller).
 * Throws ProtectedSheetError when a plan sheet is protected. A host holding the check's result
 * only until the description is made lets the writing run in less memory.
 */
export function markDescribed(workbook: XlsxWorkbook, description: WriteDescription, reclaim?: () => void): WrittenSummary {
  writeChecked(workbook, description, reclaim);
  return { highlights: description.highlights.length, sheets: description.sheets.map((s) => s.name) };
}

/** Writes a check's highlights, notes and summary sheets into an opened workbook, as markDescribed. */
export function markChecked(workbook: XlsxWorkbook, result: CheckResult): WrittenSummary {
  return markDescribed(workbook, describeCopy(workbook, result));
}
