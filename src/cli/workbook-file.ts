import { realpathSync } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { clearWorkbook } from "../adapters/exceljs/clear-workbook";
import { worksheetToGrid } from "../adapters/exceljs/read-workbook";
import type { Grid } from "../engine";
import { InputError, loadWorkbook } from "./load";
import { UsageError } from "./options";

/**
 * The workbook as its user made it: anything an earlier check wrote into it is taken out
 * first, so that the tool's own sheets are never checked as plans and its highlights are
 * never read as RAG fills. The workbook itself is handed back only when asked for: without
 * it, ExcelJS's model (about 90 MB at 50,000 rows) can be let go before the plan is checked.
 */
export async function loadUserWorkbook(file: string, keepWorkbook: true): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }>;
export async function loadUserWorkbook(file: string, keepWorkbook: boolean): Promise<{ workbook: ExcelJS.Workbook | null; grids: Grid[] }>;
export async function loadUserWorkbook(file: string, keepWorkbook: boolean): Promise<{ workbook: ExcelJS.Workbook | null; grids: Grid[] }> {
  const { workbook, grids } = await loadWorkbook(file);
  const kept = keepWorkbook ? workbook : null;
  if (!clearWorkbook(workbook)) return { workbook: kept, grids };
  const date1904 = Boolean(workbook.properties.date1904);
  return { workbook: kept, grids: workbook.worksheets.map((ws) => worksheetToGrid(ws, date1904)) };
}

function canonical(file: string): string {
  const full = path.resolve(file);
  try {
    return realpathSync(full);
  } catch {
    return full;
  }
}

/** The input is never written: --out must name another file. */
export function refuseSameFile(input: string, out: string): void {
  if (canonical(input) === canonical(out)) {
    throw new UsageError(`--out names the workbook being read ('${out}'); the tool never changes it. Give another file name, e.g. --out checked.xlsx`);
  }
}

/** Writes to a temporary file beside `out`, then renames it: a failure never leaves half a file. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, out: string): Promise<void> {
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, out);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`Cannot write '${out}' (${code ?? (error as Error).message}). Check that its folder exists and that you may write there.`);
  }
}
