import { checkWorkbook, type CheckResult } from "../../engine";
import { readWorksheet, type ReadOptions } from "./read-worksheet";

/** Today as YYYY-MM-DD in the user's own time zone: the engine never reads the clock itself. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Reads the sheet the user is looking at and checks it. Writing the findings back is the
 * writer side's job; this returns them.
 */
export async function checkActiveSheet(context: Excel.RequestContext, today: string, options: ReadOptions = {}): Promise<CheckResult> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const grid = await readWorksheet(context, sheet, options);
  return checkWorkbook([grid], { today, locale: "en-GB" });
}
