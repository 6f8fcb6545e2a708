import { clearWorkbook } from "../adapters/exceljs/clear-workbook";
import { loadWorkbook } from "./load";
import type { ClearArgs } from "./options";
import { refuseSameFile, saveWorkbook } from "./workbook-file";

/** `clear FILE --out CLEAN.xlsx`: a copy with all the tool wrote taken out. */
export async function clear(args: ClearArgs, err: (text: string) => void): Promise<number> {
  refuseSameFile(args.file, args.out);
  const { workbook } = await loadWorkbook(args.file);
  if (!clearWorkbook(workbook)) err(`'${args.file}' holds nothing written by Action Plan Checker; '${args.out}' is an unchanged copy.\n`);
  await saveWorkbook(workbook, args.out);
  return 0;
}
