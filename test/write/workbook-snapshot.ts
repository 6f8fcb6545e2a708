/**
 * What a user would call "the same workbook": sheets in order with their visibility, and on
 * each its merges, column widths and every cell's value, number format, fill and note.
 */
import ExcelJS from "exceljs";
import { clearChecked, markChecked, XlsxWorkbook } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/engine";

export interface SheetSnapshot {
  name: string;
  state: string;
  merges: string[];
  widths: (number | undefined)[];
  cells: Record<string, { value: unknown; numFmt: string | undefined; fill: unknown; note: unknown }>;
}

export function snapshot(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map((ws) => {
    const cells: SheetSnapshot["cells"] = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const entry = { value: cell.value ?? null, numFmt: cell.numFmt || undefined, fill: cell.fill ?? null, note: cell.note ?? null };
        if (entry.value === null && entry.fill === null && entry.note === null) return;
        cells[cell.address] = JSON.parse(JSON.stringify(entry));
      }),
    );
    const widths: (number | undefined)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
    return { name: ws.name, state: ws.state, merges: [...(ws.model.merges ?? [])].sort(), widths, cells };
  });
}

export async function load(buffer: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

export async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CHECK_OPTIONS = { today: "2016-07-01", locale: "en-GB" } as const;

/** What `check --out` does, in memory: clear an earlier run, check, describe, write. */
export async function checkAndWrite(buffer: Buffer): Promise<Buffer> {
  const workbook = XlsxWorkbook.open(buffer);
  clearChecked(workbook);
  const grids = workbook.sheetNames().map((name) => workbook.grid(name));
  markChecked(workbook, checkWorkbook(grids, CHECK_OPTIONS));
  return Buffer.from(workbook.save());
}

export async function clearCopy(buffer: Buffer): Promise<Buffer> {
  const workbook = XlsxWorkbook.open(buffer);
  clearChecked(workbook);
  return Buffer.from(workbook.save());
}
