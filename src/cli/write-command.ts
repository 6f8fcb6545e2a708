import { markDescribed, type WrittenSummary, type XlsxWorkbook } from "../adapters/xlsx";
import type { WriteDescription } from "../engine";
import { collectGarbage } from "./collect-garbage";
import { asInputError } from "./load";
import { startDeflateThread } from "./native-zip";

export type { WrittenSummary } from "../adapters/xlsx";

/** `check --out`: writes the highlights, notes and summary sheets into the loaded workbook, which the caller then saves as the copy. */
export function markCheckedCopy(file: string, workbook: XlsxWorkbook, description: WriteDescription): WrittenSummary {
  startDeflateThread();
  return asInputError(file, () => markDescribed(workbook, description, collectGarbage));
}
