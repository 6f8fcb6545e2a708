import { checkWorkbook, type CheckResult } from "../../engine";
import { describeWrite } from "../../engine/summary/write-description";
import { writeResults, type WriteOutcome } from "./apply-write";
import type { Grid } from "../../engine";
import { queuePreviousRunRead, queueToolSheetsRead, type PreviousRun } from "./previous-run";
import { fillColor } from "./store";
import { parseCell } from "./addresses";
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
async function userNames(context: Excel.RequestContext): Promise<{ sheetNames: string[]; takenNames: string[]; previous: PreviousRun | null }> {
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
  let toolTables: string[] = [];
  if (previous) {
    const toolRead = queueToolSheetsRead(context, all.filter((n) => n !== previous.storeSheet), previous.store);
    const listed = previous.store.sheets.filter((s) => all.includes(s.name)).map((s) => sheets.getItem(s.name).tables.load("items/name"));
    await context.sync();
    tool = [...toolRead(), previous.storeSheet];
    toolTables = listed.flatMap((t) => t.items.map((i) => i.name));
  }
  // The earlier run's tables go with its sheets: their names are free again.
  const taken = [...tables.items.map((t) => t.name).filter((n) => !toolTables.includes(n)), ...names.items.map((n) => n.name)];
  return { sheetNames: all.filter((n) => !tool.includes(n)), takenNames: taken, previous };
}

/**
 * The plan as the user left it: a cell the earlier run highlighted is read with its own fill,
 * as recorded, or the tool's colour would be read as a RAG and a second check would differ.
 */
function withOwnFills(grid: Grid, previous: PreviousRun | null): Grid {
  if (!previous) return grid;
  const rows = grid.rows.map((row) => [...row]);
  for (const stored of previous.store.cells) {
    if (stored.sheet !== grid.name) continue;
    const { row, col } = parseCell(stored.cell);
    const cell = rows[row - 1]?.[col - 1];
    if (!cell) continue;
    const { color } = fillColor(stored.fill);
    const own = { ...cell };
    if (color === null) delete own.fill;
    else own.fill = color;
    rows[row - 1][col - 1] = own;
  }
  return { ...grid, rows };
}

/**
 * The ribbon's "Check plan": reads the sheet the user is looking at, checks it, and writes the
 * findings into the workbook.
 */
export async function checkAndWrite(context: Excel.RequestContext, today: string, options: CheckAndWriteOptions = {}): Promise<{ check: CheckResult; outcome: WriteOutcome }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const { previous, ...names } = await userNames(context);
  const grid = withOwnFills(await readWorksheet(context, sheet, options), previous);
  const check = checkWorkbook([grid], { today, locale: "en-GB" });
  const description = describeWrite(check, names);
  const outcome = await writeResults(context, description, options.writeFeatures ?? detectWriteFeatures());
  return { check, outcome };
}
