import { realpathSync } from "node:fs";
import { rename, unlink, writeFile } from "./file-calls";
import path from "node:path";
import { clearChecked, type XlsxWorkbook } from "../adapters/xlsx";
import type { Grid } from "../engine";
import { asInputError, InputError, loadWorkbook } from "./load";
import { UsageError } from "./options";

/** The name of the sheet asked for (Excel ignores case in sheet names), or a UsageError listing the sheets there are. */
export function sheetNameIn(names: string[], wanted: string, workbook = "The workbook"): string {
  const found = names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) throw new UsageError(`There is no sheet named '${wanted}'. ${workbook} has: ${names.map((n) => `'${n}'`).join(", ")}.`);
  return found;
}

/** The sheets asked for by name, or every worksheet. */
function pickSheets(workbook: XlsxWorkbook, names: string[]): string[] {
  const all = workbook.sheetNames();
  return names.length === 0 ? all : names.map((name) => sheetNameIn(all, name));
}

/**
 * The workbook as its user made it, and the grids of the sheets to check: anything an earlier
 * check wrote into it is taken out first, so that the tool's own sheets are never checked as
 * plans and its highlights are never read as RAG fills. Sheets not asked for are never parsed.
 * `toWriteInto`: a checked copy will be written into the workbook (see XlsxWorkbook.read).
 */
export async function loadUserWorkbook(file: string, sheets: string[], toWriteInto = false): Promise<{ workbook: XlsxWorkbook; grids: Grid[] }> {
  const workbook = await loadWorkbook(file);
  const grids = asInputError(file, () => {
    clearChecked(workbook);
    return pickSheets(workbook, sheets).map((name) => workbook.grid(name, toWriteInto));
  });
  return { workbook, grids };
}

function canonical(file: string): string {
  const full = path.resolve(file);
  try {
    return realpathSync(full);
  } catch (error) {
    // The --out file need not exist yet; any other failure is not ours to hide.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return full;
    throw error;
  }
}

/** The input is never written: --out must name another file. */
export function refuseSameFile(input: string, out: string): void {
  if (canonical(input) === canonical(out)) {
    throw new UsageError(`--out names the workbook being read ('${out}'); the tool never changes it. Give another file name, e.g. --out checked.xlsx`);
  }
}

/** Writes to a temporary file beside `out`, then renames it: a failure never leaves half a file. */
export async function saveWorkbook(workbook: XlsxWorkbook, out: string): Promise<void> {
  const bytes = workbook.save();
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, out);
  } catch (error) {
    const leftBehind = await unlink(temp).then(
      () => "",
      (cleanup: NodeJS.ErrnoException) => (cleanup.code === "ENOENT" ? "" : ` A temporary file may be left at '${temp}': delete it.`),
    );
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`Cannot write '${out}' (${code ?? (error as Error).message}). Check that its folder exists and that you may write there.${leftBehind}`);
  }
}
