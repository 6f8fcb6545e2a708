import { columnCount, type Grid, rowCount, textAt } from "../grid";
import type { Columns } from "../plan";
import { splitDateAndOwner } from "../values/date-owner";
import type { HeaderRow } from "./header";

/**
 * A table with no header row (seed 002): the columns are told by what they hold. A column
 * whose cells mostly start with a date ("April 2003 Senior Manager, …") holds the target
 * date and the owner; the text column before it is the action, a sparser column before that
 * the objective its rows serve (the item's title), and the column after it the progress.
 */
export function inferColumns(grid: Grid): HeaderRow | null {
  const width = columnCount(grid);
  const filled = (col: number) => {
    let n = 0;
    for (let row = 1; row <= rowCount(grid); row++) if (textAt(grid, row, col)) n++;
    return n;
  };
  let dateCol: number | null = null;
  for (let col = 1; col <= width && dateCol === null; col++) {
    const count = filled(col);
    if (count < 3) continue;
    let dated = 0;
    for (let row = 1; row <= rowCount(grid); row++) {
      const text = textAt(grid, row, col);
      if (text && splitDateAndOwner(text)[0]?.dateText) dated++;
    }
    if (dated >= count * 0.6) dateCol = col;
  }
  if (dateCol === null || dateCol < 2) return null;
  const columns: Columns = { dateAndOwner: dateCol, action: dateCol - 1 };
  if (dateCol >= 3 && filled(dateCol - 2) < filled(dateCol - 1)) columns.title = dateCol - 2;
  if (dateCol < width && filled(dateCol + 1) > 0) columns.update = dateCol + 1;
  return { row: 0, columns, headers: {} };
}
