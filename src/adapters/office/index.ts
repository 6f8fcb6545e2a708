export { readWorksheet, type ReadOptions } from "./read-worksheet";
export { checkActiveSheet, localToday } from "./check-active-sheet";
export {
  detectExcelFeatures,
  detectWriteFeatures,
  missingFeatureNotes,
  supportsExcelApi,
  type ExcelFeatures,
  type WriteFeatures,
} from "./requirements";
export { parseMergedAddress } from "./merged-address";
export { writeResults, type WriteOutcome, type SyncCounts } from "./apply-write";
export { clearResults, type ClearOutcome } from "./clear";
export { runInExcel } from "./run";
export { checkAndWrite, type CheckAndWriteOptions, type CheckAndWriteResult } from "./check-and-write";
export { readWorkbookState, withOwnFills, type WorkbookState } from "./workbook-state";
export { LAST_ERROR_SETTING } from "./last-error";
export { budgetBytes, EXCEL_PAYLOAD_LIMITS, type PayloadLimits } from "./limits";
