import { clearChecked } from "../adapters/xlsx";
import { asInputError, loadWorkbook } from "./load";
import type { ClearArgs } from "./options";
import { refuseSameFile, saveWorkbook } from "./workbook-file";
import { letYoungGenerationGrow } from "./young-generation";

/** `clear FILE --out CLEAN.xlsx`: a copy with all the tool wrote taken out. */
export async function clear(args: ClearArgs, err: (text: string) => void): Promise<number> {
  refuseSameFile(args.file, args.out);
  letYoungGenerationGrow();
  const workbook = await loadWorkbook(args.file);
  const cleared = asInputError(args.file, () => clearChecked(workbook));
  await saveWorkbook(workbook, args.out);
  if (cleared) err(`Wrote ${args.out}: the highlights, notes and sheets of Action Plan Checker taken out, the plan's own fills put back.\n`);
  else err(`'${args.file}' holds nothing written by Action Plan Checker; '${args.out}' is an unchanged copy.\n`);
  return 0;
}
