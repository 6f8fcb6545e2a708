import type ExcelJS from "exceljs";
import { ProtectedSheetError, writeWorkbook } from "../adapters/exceljs/write-workbook";
import { describeWrite, type CheckResult } from "../engine";
import { UsageError } from "./options";

/** Names already used in the workbook, which a new table must not take. */
function takenNames(workbook: ExcelJS.Workbook): string[] {
  const tables = workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name));
  return [...tables, ...workbook.definedNames.model.map((d) => d.name)];
}

/** What the copy got, for the one line the CLI prints on stderr. */
export interface WrittenSummary {
  highlights: number;
  sheets: string[];
}

/**
 * `check --out`: writes the highlights, notes and summary sheets into the loaded workbook,
 * which the caller then saves as the copy. Kept apart from saving so that the check's result
 * and the description can be let go before ExcelJS renders the file, its most costly part.
 */
export function markCheckedCopy(workbook: ExcelJS.Workbook, result: CheckResult): WrittenSummary {
  const description = describeWrite(result, { sheetNames: workbook.worksheets.map((ws) => ws.name), takenNames: takenNames(workbook) });
  try {
    writeWorkbook(workbook, description);
    return { highlights: description.highlights.length, sheets: description.sheets.map((s) => s.name) };
  } catch (error) {
    if (error instanceof ProtectedSheetError) {
      const names = error.sheets.map((s) => `'${s}'`).join(", ");
      throw new UsageError(`Sheet ${names} is protected, so nothing was written. Unprotect it in Excel (Review > Unprotect Sheet), or check without --out.`);
    }
    throw error;
  }
}
