export { readWorksheet, type ReadOptions } from "./read-worksheet";
export { checkActiveSheet, localToday } from "./check-active-sheet";
export { detectExcelFeatures, missingFeatureNotes, type ExcelFeatures } from "./requirements";
export { parseMergedAddress } from "./merged-address";
