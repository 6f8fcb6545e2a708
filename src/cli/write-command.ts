import { markDescribed, ProtectedSheetError, type WrittenSummary, type XlsxWorkbook } from "../adapters/xlsx";
import type { WriteDescription } from "../engine";
import { asInputError } from "./load";
import { UsageError } from "./options";

export type { WrittenSummary } from "../adapters/xlsx";

/** `check --out`: writes the highlights, notes and summary sheets into the loaded workbook, which the caller then saves as the copy. */
export function markCheckedCopy(file: string, workbook: XlsxWorkbook, description: WriteDescription): WrittenSummary {
  try {
    return asInputError(file, () => markDescribed(workbook, description));
  } catch (error) {
    if (error instanceof ProtectedSheetError) {
      const names = error.sheets.map((s) => `'${s}'`).join(", ");
      throw new UsageError(`Sheet ${names} is protected, so nothing was written. Unprotect it in Excel (Review > Unprotect Sheet), or check without --out.`);
    }
    throw error;
  }
}
