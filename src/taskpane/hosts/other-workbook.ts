import { PaneError } from "../errors";
import type { OtherWorkbook } from "../host";
import { readBytes } from "./read-bytes";

/**
 * Reads another .xlsx file (last month's version, kept as a file of its own) through the package
 * adapter, in the pane: the same module, and the same webpack chunk, in Excel and in the browser,
 * loaded only when the user chooses such a file.
 */
export async function readOtherWorkbook(file: File): Promise<OtherWorkbook> {
  const { loadWorkbook } = await import(/* webpackChunkName: "xlsx" */ "./xlsx-workbook");
  const { grids } = await loadWorkbook(file.name, await readBytes(file));
  if (grids.length === 0) throw new PaneError(`'${file.name}' has no worksheets. Choose the workbook that holds the earlier version of the plan.`);
  return { name: file.name, grids };
}
