import type { PayloadLimits } from "./limits";

/*
 * The manifest requires ExcelApi 1.7 (manifest.xml, Requirements), so Excel does not load the
 * add-in where it is missing: what the adapters use from 1.2 to 1.7 (protection, OrNullObject
 * reads, getRangeByIndexes, data bars, frozen panes) needs no check. Every set above it is
 * asked for here, and its absence is said in plain words.
 */

/**
 * Which optional Excel features the host offers. Kept apart from the reader so that tests
 * (and the pane, which reports what is missing) can ask the same question.
 */
export interface ExcelFeatures {
  /** `Range.getCellProperties` (ExcelApi 1.9): the only bulk way to read fills. */
  cellProperties: boolean;
  /** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13). */
  mergedAreas: boolean;
}

/** Asks the host whether it offers an ExcelApi set; outside an Office host nothing is offered. */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/** The reader's optional features, as the host offers them. */
export function detectExcelFeatures(): ExcelFeatures {
  return { cellProperties: supportsExcelApi("1.9"), mergedAreas: supportsExcelApi("1.13") };
}

/** What the user is told when a feature is missing, so a thin result is never silent. */
export function missingFeatureNotes(features: ExcelFeatures): string[] {
  const notes: string[] = [];
  if (!features.cellProperties) {
    notes.push("This version of Excel cannot report cell colours (needs ExcelApi 1.9), so colour-only RAG ratings are not read.");
  }
  if (!features.mergedAreas) {
    notes.push("This version of Excel cannot report merged cells (needs ExcelApi 1.13), so merged cells are read as separate cells.");
  }
  return notes;
}

/** What the writer needs beyond the reader's features. */
export interface WriteFeatures {
  /** `getRanges`, `getCellProperties`, `pageLayout` (ExcelApi 1.9): without them nothing is written. */
  bulkFormats: boolean;
  /** `worksheet.notes` (ExcelApi 1.18): without it the reasons go to the summary sheets only. */
  notes: boolean;
  /** `Excel.run({ mergeUndoGroup })` (ExcelApi 1.20): one undo step per run. */
  undoGroup: boolean;
  /** What one sync may carry; defaults to Excel on the web's (never detected: tests set it). */
  limits?: PayloadLimits;
}

export function detectWriteFeatures(): WriteFeatures {
  return { bulkFormats: supportsExcelApi("1.9"), notes: supportsExcelApi("1.18"), undoGroup: supportsExcelApi("1.20") };
}

export const NO_BULK_FORMATS_NOTE =
  "This version of Excel cannot format many cells at once (needs ExcelApi 1.9), so nothing was written. The findings are in the task pane.";
export const NO_NOTES_NOTE =
  "This version of Excel cannot add notes to cells (needs ExcelApi 1.18), so the reasons for each highlight are on the summary sheets only.";
export const NO_UNDO_GROUP_NOTE =
  "This version of Excel cannot make the check one undo step (needs ExcelApi 1.20): use Clear highlights in the task pane to take it out rather than Undo.";
export const CLEAR_NO_BULK_FORMATS_NOTE =
  "This version of Excel cannot format many cells at once (needs ExcelApi 1.9), so the checker cleared nothing. Clear the results in a newer Excel, or with the command-line tool's clear.";
export const CLEAR_NO_NOTES_NOTE =
  "This version of Excel cannot change notes on cells (needs ExcelApi 1.18), so the checker's notes stay on the cells; their fills were put back.";
