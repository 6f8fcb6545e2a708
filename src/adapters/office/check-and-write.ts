import { checkWorkbook, type CheckResult } from "../../engine";
import { describeWrite } from "../../engine/summary/write-description";
import { writeResults, type WriteOutcome } from "./apply-write";
import { queuePreviousRunRead, queueToolSheetsRead } from "./previous-run";
import { readWorksheet, type ReadOptions } from "./read-worksheet";
import { detectWriteFeatures, type WriteFeatures } from "./requirements";

export interface CheckAndWriteOptions extends ReadOptions {
  writeFeatures?: WriteFeatures;
}

/**
 * The user's own sheets, and the names of tables they already have: the description's sheet
 * and table names must be new to them. The tool's sheets from an earlier run are not the
 * user's: they are replaced, under the same names.
 */
async function userNames(context: Excel.RequestContext): Promise<{ sheetNames: string[]; takenNames: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const all = sheets.items.map((s) => s.name);
  const previousRead = queuePreviousRunRead(context, all);
  await context.sync();
  const previous = previousRead();
  let tool: string[] = [];
  if (previous) {
    const toolRead = queueToolSheetsRead(context, all.filter((n) => n !== previous.storeSheet), previous.store);
    await context.sync();
    tool = [...toolRead(), previous.storeSheet];
  }
  // An earlier run's table counts as taken: it goes with its sheet, and the next name is as good.
  return { sheetNames: all.filter((n) => !tool.includes(n)), takenNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)] };
}

/**
 * The ribbon's "Check plan": reads the sheet the user is looking at, checks it, and writes the
 * findings into the workbook.
 */
export async function checkAndWrite(context: Excel.RequestContext, today: string, options: CheckAndWriteOptions = {}): Promise<{ check: CheckResult; outcome: WriteOutcome }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const grid = await readWorksheet(context, sheet, options);
  const check = checkWorkbook([grid], { today, locale: "en-GB" });
  const description = describeWrite(check, await userNames(context));
  const outcome = await writeResults(context, description, options.writeFeatures ?? detectWriteFeatures());
  return { check, outcome };
}
