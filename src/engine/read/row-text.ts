import type { Grid } from "../grid";

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

/**
 * The non-empty cells of a row, in column order. Worked out afresh at each call and never
 * remembered: held for every row while a sheet is read, these lists would outweigh the grid
 * (some 10 MB at 50,000 rows), all of it copied by each collection of the young generation.
 * Gathered, a row's lists die young, which costs next to nothing.
 */
export function filledCells(grid: Grid, row: number): FilledCells {
  const cells = grid.rows[row - 1];
  if (!cells) return NO_CELLS;
  let count = 0;
  for (let col = 1; col <= cells.length; col++) {
    const cell = cells[col - 1];
    if (!cell) continue;
    const text = cell.text.trim();
    if (!text) continue;
    scratchCols[count] = col;
    scratchTexts[count++] = text;
  }
  if (count === 0) return NO_CELLS;
  // Copied out at their length: grown a cell at a time, each list would hold room for 17.
  return { cols: scratchCols.slice(0, count), texts: scratchTexts.slice(0, count) };
}

const NO_CELLS: FilledCells = { cols: [], texts: [] };

// The row being gathered, reused from row to row: only its filled cells are copied out.
const scratchCols: number[] = [];
const scratchTexts: string[] = [];

/** How many of the row's cells are filled (filledCells' count), without listing them. */
export function filledCount(grid: Grid, row: number): number {
  const cells = grid.rows[row - 1];
  if (!cells) return 0;
  let count = 0;
  for (let col = 1; col <= cells.length; col++) {
    const cell = cells[col - 1];
    if (cell && cell.text.trim()) count++;
  }
  return count;
}

/** The row's filled cells are all in column `col` (or it has none). */
export function filledOnlyAt(grid: Grid, row: number, col: number): boolean {
  const cells = grid.rows[row - 1];
  if (!cells) return true;
  for (let c = 1; c <= cells.length; c++) {
    const cell = cells[c - 1];
    if (c !== col && cell && cell.text.trim()) return false;
  }
  return true;
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
/** The only characters SPACED_CODE can match: a cheap test that spares most ids ("2.1 (page 14)") its lookaheads. */
const SPACED_CODE_CHARS = /^[A-Z\d ]+$/;
/** The longest text SPACED_CODE can match (four parts of six, three spaces): longer prose is not tried against it. */
const SPACED_CODE_MAX = 27;

/** The id a cell starts with, without its decorations ("2.1 (page 14)" → "2.1"). */
export function itemId(text: string): string | null {
  const trimmed = singleSpaced(text.trim());
  // Its parts stand apart by spaces: most ids ("2.1") have none, and are not tried against it.
  if (trimmed.length <= SPACED_CODE_MAX && trimmed.includes(" ") && SPACED_CODE_CHARS.test(trimmed) && SPACED_CODE.test(trimmed)) return trimmed;
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

/** Made once, not at each call: every row at the table's left edge is asked. */
const LOG_ID = /^([IR])\s?(\d{1,3})$/;

/** Ids of the rows of the Issues and Risks sub-tables: "I01", "R03". */
export function logId(text: string): string | null {
  const match = LOG_ID.exec(text.trim());
  return match ? `${match[1]}${match[2].padStart(2, "0")}` : null;
}
