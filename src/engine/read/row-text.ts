import { columnCount, type Grid, textAt } from "../grid";

/** A row's filled cells as [column, text]: shared by every caller, so never changed in place. */
export type FilledCells = ReadonlyArray<readonly [number, string]>;

const filledRows = new WeakMap<Grid, Array<FilledCells | undefined>>();

/**
 * The non-empty cells of a row as [column, text], in column order. Remembered per grid while
 * its sheet is read (see forgetFilledCells): the readers ask about each row several times
 * (the table, its notes, the row above a header).
 */
export function filledCells(grid: Grid, row: number): FilledCells {
  let rows = filledRows.get(grid);
  if (!rows) filledRows.set(grid, (rows = []));
  return (rows[row] ??= cellsOfRow(grid, row));
}

/** Lets go of a grid's remembered rows once its sheet is read: a large plan's would hold some megabytes to the end of the run. */
export function forgetFilledCells(grid: Grid): void {
  filledRows.delete(grid);
}

function cellsOfRow(grid: Grid, row: number): FilledCells {
  const cells: Array<[number, string]> = [];
  const width = columnCount(grid);
  for (let col = 1; col <= width; col++) {
    const text = textAt(grid, row, col);
    if (text) cells.push([col, text]);
  }
  return cells;
}

/** An item id at the start of a cell: "R1", "2.1", "2.1 (page 14)", "7", "3.10". */
// A hyphen ends an id only as a dash ("7 - Fees", "7-"): "A24-01" is one id, not "A24".
const ITEM_ID = /^([A-Z]{0,3}\s?\d{1,3}(?:\.\d{1,3})*)(?=$|[\s(:.)]|-(?!\d))/;

/**
 * A reference code in words and numbers, as audit trackers number findings ("23 PAY 02": the
 * year, the audit, the finding): the whole cell is the id. Cut at its first space it would
 * give every finding of a year the same id.
 */
const SPACED_CODE = /^(?=(?:.*\b\d+\b){2})(?=.*\b[A-Z]{2,6}\b)(?:\d{1,4}|[A-Z]{2,6})(?: (?:\d{1,4}|[A-Z]{2,6})){2,3}$/;
/** The longest text SPACED_CODE can match (four parts of six, three spaces): longer prose is not tried against it. */
const SPACED_CODE_MAX = 27;

/** The id a cell starts with, without its decorations ("2.1 (page 14)" → "2.1"). */
export function itemId(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (trimmed.length <= SPACED_CODE_MAX && SPACED_CODE.test(trimmed)) return trimmed;
  const match = ITEM_ID.exec(trimmed);
  return match ? match[1].replace(/\s/g, "") : null;
}

/** Ids of the rows of the Issues and Risks sub-tables: "I01", "R03". */
export function logId(text: string): string | null {
  const match = /^([IR])\s?(\d{1,3})$/.exec(text.trim());
  return match ? `${match[1]}${match[2].padStart(2, "0")}` : null;
}
