import ExcelJS from "exceljs";
import { readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook, toReport, type Columns, type PlanSheetReport, type Report } from "../../src/engine";

/** Plans laid out as other bodies keep them, written row by row as their authors type them. */

export type Row = Array<string | number | Date | null>;

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A workbook of one sheet holding `rows`, checked through the whole engine as the CLI does. */
export async function checkRows(
  rows: Row[],
  options: { today: string; locale?: string | null; columns?: Columns; dateFormat?: string } = { today: "2026-11-23" },
): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tracker");
  for (const row of rows) {
    const added = ws.addRow(row);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = options.dateFormat ?? "dd/mm/yyyy";
    });
  }
  const { grids } = readGrids(Buffer.from(await wb.xlsx.writeBuffer()));
  const columns = options.columns ? { Tracker: options.columns } : undefined;
  return toReport(checkWorkbook(grids, { today: options.today, locale: options.locale === undefined ? "en-GB" : options.locale, columns }), "tracker.xlsx");
}

export function planSheet(report: Report): PlanSheetReport {
  const sheet = report.sheets[0];
  if (sheet.kind !== "plan") throw new Error(`not a plan: ${sheet.reason}`);
  return sheet;
}

/** Findings a careful reader would raise as errors or warnings, as [rule, cell]. */
export function problems(sheet: PlanSheetReport): Array<[string, string | null]> {
  return sheet.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
}
