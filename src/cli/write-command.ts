import { markDescribed, type WrittenSummary, type XlsxWorkbook } from "../adapters/xlsx";
import type { WriteDescription } from "../engine";
import { collectGarbage } from "./collect-garbage";
import { asInputError } from "./load";
import { useDeflateThread } from "./native-zip";

export type { WrittenSummary } from "../adapters/xlsx";

/**
 * Summary rows from which the copy's parts are large enough for the compression thread: some
 * 13,000 at 10,000 plan rows (12 MB of XML to compress), 1,300 at 1,000 (1 MB, a few milliseconds).
 */
const THREAD_ROWS = 5_000;

/** `check --out`: writes the highlights, notes and summary sheets into the loaded workbook, which the caller then saves as the copy. */
export function markCheckedCopy(file: string, workbook: XlsxWorkbook, description: WriteDescription): WrittenSummary {
  let rows = 0;
  for (const sheet of description.sheets) rows += sheet.rows.length;
  useDeflateThread(rows >= THREAD_ROWS);
  return asInputError(file, () => markDescribed(workbook, description, collectGarbage));
}
