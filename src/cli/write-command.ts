import { markChecked, type WrittenSummary, type XlsxWorkbook } from "../adapters/xlsx";
import type { CheckResult } from "../engine";
import { asInputError } from "./load";

export type { WrittenSummary } from "../adapters/xlsx";

/** `check --out`: writes the highlights, notes and summary sheets into the loaded workbook, which the caller then saves as the copy. */
export function markCheckedCopy(file: string, workbook: XlsxWorkbook, result: CheckResult): WrittenSummary {
  return asInputError(file, () => markChecked(workbook, result));
}
