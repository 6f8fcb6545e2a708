/**
 * What the pane needs to know, inside Excel, about an earlier run of the checker before it reads
 * or writes. The same steps as the ribbon's checkAndWrite (src/adapters/office/check-and-write.ts),
 * which keeps them private; built here from the adapter's exported parts so the pane's check,
 * made with the user's own choices, is read and written the way the ribbon's is.
 */
import { parseCell } from "../../adapters/office/addresses";
import { queuePreviousRunRead, queueToolSheetsRead, type PreviousRun } from "../../adapters/office/previous-run";
import { fillColor } from "../../adapters/office/store";
import type { Grid, WriteContext } from "../../engine";

export interface WorkbookState extends WriteContext {
  takenNames: string[];
  previous: PreviousRun | null;
}

/**
 * The user's own sheets and the table and defined names they hold: the summary sheets and their
 * tables must take names new to them. An earlier run's sheets and tables are replaced, so their
 * names are free.
 */
export async function workbookState(context: Excel.RequestContext): Promise<WorkbookState> {
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
  const taken = [...tables.items.map((t) => t.name).filter((n) => !toolTables.includes(n)), ...names.items.map((n) => n.name)];
  return { sheetNames: all.filter((n) => !tool.includes(n)), takenNames: taken, previous };
}

/**
 * The sheet as the user left it: a cell an earlier run highlighted reads with its own fill, as
 * recorded, or the checker's colour would be read as a RAG rating and a second check would differ.
 */
export function withOwnFills(grid: Grid, previous: PreviousRun | null): Grid {
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
