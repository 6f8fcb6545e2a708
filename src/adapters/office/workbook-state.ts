import type { Grid, WriteContext } from "../../engine";
import { parseCell } from "./addresses";
import { readPreviousRun, readToolSheets, type PreviousRun } from "./previous-run";
import type { PayloadLimits } from "./limits";
import { ReadBatch } from "./read-batch";
import { fillColor } from "./store";

/** What a check needs to know about the workbook before it reads and writes. */
export interface WorkbookState extends WriteContext {
  /** Table and defined names the user already has: the summary's tables must take new ones. */
  takenNames: string[];
  previous: PreviousRun | null;
}

/**
 * The user's own sheets, and the table and defined names they hold: the description's sheet
 * and table names must be new to them. The tool's sheets and tables from an earlier run are
 * not the user's: they are replaced, under the same names.
 *
 * Syncs: one for the names, one for an earlier run's store (more for a store past 3 MB), one
 * for its sheets; none of the last two when there was no earlier run.
 */
export async function readWorkbookState(
  context: Excel.RequestContext,
  sync: () => Promise<void> = () => context.sync(),
  limits?: PayloadLimits,
): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await sync();
  const all = sheets.items.map((s) => s.name);
  const batch = new ReadBatch(sync, limits);
  const previous = await readPreviousRun(batch, context, all);
  let tool: string[] = [];
  let toolTables: string[] = [];
  if (previous) {
    const toolRead = await readToolSheets(batch, context, all.filter((n) => n !== previous.storeSheet), previous.store);
    const listed = previous.store.sheets.filter((s) => all.includes(s.name)).map((s) => s.name);
    const tablesRead = await batch.add({ request: 400 * listed.length, response: 2_000 * listed.length }, () => {
      const loaded = listed.map((name) => sheets.getItem(name).tables.load("items/name"));
      return () => loaded.flatMap((t) => t.items.map((i) => i.name));
    });
    await batch.flush();
    tool = [...toolRead(), previous.storeSheet];
    toolTables = tablesRead();
  }
  // The earlier run's tables go with its sheets: their names are free again.
  const taken = [...tables.items.map((t) => t.name).filter((n) => !toolTables.includes(n)), ...names.items.map((n) => n.name)];
  return { sheetNames: all.filter((n) => !tool.includes(n)), takenNames: taken, previous };
}

/**
 * The plan as the user left it: a cell the earlier run highlighted is read with its own fill,
 * as recorded, or the tool's colour would be read as a RAG and a second check would differ.
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
