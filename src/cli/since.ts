import path from "node:path";
import type { CheckResult, Grid } from "../engine";
import { type SinceArg, UsageError } from "./options";
import { loadUserWorkbook, sheetNameIn } from "./workbook-file";

/** The grid of the sheet of that name, as `sheetNameIn` finds it. */
export function sheetNamed(grids: Grid[], name: string, workbook?: string): Grid {
  const names = grids.map((g) => g.name);
  return grids[names.indexOf(sheetNameIn(names, name, workbook))];
}

export interface EarlierGrids {
  /** As the report names it: the file's name, with the sheet after "#" when one was named. */
  file: string;
  grids: Grid[];
}

/**
 * The earlier version's sheets for `--since`: a sheet of this workbook (`#SHEET`), or another
 * workbook, read as the checked one is (what an earlier check wrote into it left out).
 */
export async function loadEarlierVersion(since: SinceArg, file: string, grids: Grid[]): Promise<EarlierGrids> {
  if (since.file === null) return { file: `${path.basename(file)}#${since.sheet}`, grids: [sheetNamed(grids, since.sheet, "This workbook")] };
  const earlier = (await loadUserWorkbook(since.file, [])).grids;
  const name = path.basename(since.file);
  if (since.sheet === null) return { file: name, grids: earlier };
  return { file: `${name}#${since.sheet}`, grids: [sheetNamed(earlier, since.sheet, `'${name}'`)] };
}

/** `--since` named something that is not an earlier version of the plan checked: one sentence, exit 2. */
export function refuseAnotherPlan(result: CheckResult): void {
  if (!result.since) return;
  const plans = result.sheets.filter((sheet) => sheet.result !== null);
  if (plans.length === 0 || plans.some((sheet) => sheet.result?.comparison)) return;
  const { file } = result.since;
  if (result.since.plans.length === 0) throw new UsageError(`'${file}' holds no action plan to compare with: give --since the earlier version of this plan.`);
  const names = plans.map((sheet) => `'${sheet.plan.name}'`).join(", ");
  throw new UsageError(`'${file}' is not an earlier version of this plan: none of its items has the id or the title of an item in ${names}. Give --since the earlier version of this plan.`);
}
