import { supportsExcelApi } from "./requirements";

/**
 * Runs a batch so that all its syncs are one undo step where Excel can (ExcelApi 1.20,
 * `mergeUndoGroup`); elsewhere each sync is its own undo record, which the caller reports.
 */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return supportsExcelApi("1.20") ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}
