import { columnCount, type Grid, textAt } from "../grid";

/**
 * A row's filled cells in column order: texts[i] is the trimmed text of column cols[i]. Two
 * lists rather than a pair per cell: a plan's rows are all held while its sheet is read.
 * Shared by every caller, so never changed in place.
 */
export interface FilledCells {
  readonly cols: readonly number[];
  readonly texts: readonly string[];
}

/** The text of column `col` among the row's filled cells; undefined when that cell is empty. */
export function textIn(cells: FilledCells, col: number): string | undefined {
  const i = cells.cols.indexOf(col);
  return i < 0 ? undefined : cells.texts[i];
}

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

const NO_CELLS: FilledCells = { cols: [], texts: [] };

function cellsOfRow(grid: Grid, row: number): FilledCells {
  const width = columnCount(grid);
  let count = 0;
  for (let col = 1; col <= width; col++) if (textAt(grid, row, col)) count++;
  if (count === 0) return NO_CELLS;
  // Made at their length: grown a cell at a time, each list would hold room for 17.
  const cols = new Array<number>(count);
  const texts = new Array<string>(count);
  for (let col = 1, i = 0; col <= width; col++) {
    const text = textAt(grid, row, col);
    if (!text) continue;
    cols[i] = col;
    texts[i++] = text;
  }
  return { cols, texts };
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
  const trimmed = singleSpaced(text.trim());
  // Its parts stand apart by spaces: most ids ("2.1") have none, and are not tried against it.
  if (trimmed.length <= SPACED_CODE_MAX && trimmed.includes(" ") && SPACED_CODE.test(trimmed)) return trimmed;
  const match = ITEM_ID.exec(trimmed);
  if (!match) return null;
  const id = match[1];
  return id.includes(" ") ? id.replace(/\s/g, "") : id;
}

/** Whitespace other than one plain space between words. */
const ODD_SPACE = /[^\S ]|\s\s/;

/** Runs of whitespace as one space; most texts have none, and are given back as they are. */
export function singleSpaced(text: string): string {
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** Ids of the rows of the Issues and Risks sub-tables: "I01", "R03". */
export function logId(text: string): string | null {
  const match = /^([IR])\s?(\d{1,3})$/.exec(text.trim());
  return match ? `${match[1]}${match[2].padStart(2, "0")}` : null;
}
