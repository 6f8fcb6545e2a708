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

/** Asks the host; outside an Office host (no `Office` global) nothing optional is offered. */
export function detectExcelFeatures(): ExcelFeatures {
  const supports = (version: string): boolean =>
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  return { cellProperties: supports("1.9"), mergedAreas: supports("1.13") };
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
