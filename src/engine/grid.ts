/**
 * The engine's view of a worksheet: what every host (Office.js, ExcelJS in Node or in a
 * browser) can hand over without the engine knowing which host it is.
 */

/** A raw cell value as Excel holds it. Dates arrive as serial numbers, never as strings. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  value: CellValue;
  /** What the user sees in Excel (formatted), e.g. "Mar-16" for the serial 42430. */
  text: string;
  /** Excel number format code, e.g. "mmm-yy"; "General" or absent for plain cells. */
  numberFormat?: string;
  /** Solid fill colour as "#RRGGBB" (upper case), absent when the cell has no fill. */
  fill?: string;
}

/** A merged area, 1-based and inclusive. The value lives in its top-left (master) cell. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The worksheet's name. */
  name: string;
  /** rows[r - 1][c - 1] is the cell at row r, column c; missing entries are blank cells. */
  rows: (Cell | undefined)[][];
  merges: MergedArea[];
  /** True when the workbook uses the 1904 date system (serial 0 = 1 Jan 1904). */
  date1904: boolean;
}

export const BLANK: Cell = { value: null, text: "" };

/**
 * The cell at (row, col), 1-based. A cell inside a merged area reads as its master cell,
 * because Excel keeps the value only there while the user sees it across the whole area.
 */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const merge = grid.merges.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
  );
  const [r, c] = merge ? [merge.top, merge.left] : [row, col];
  return grid.rows[r - 1]?.[c - 1] ?? BLANK;
}

/** The cell as stored: inside a merged area only the master cell holds anything. */
export function rawCellAt(grid: Grid, row: number, col: number): Cell {
  return grid.rows[row - 1]?.[col - 1] ?? BLANK;
}

/**
 * The user's text of a cell, trimmed, as stored. Rows are read this way so that a value
 * merged down over an item's rows is read once, at its master, not once per row.
 */
export function textAt(grid: Grid, row: number, col: number): string {
  return rawCellAt(grid, row, col).text.trim();
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

const widths = new WeakMap<Grid, number>();

/** The widest row's length. Remembered per grid: readers ask for it once per row. */
export function columnCount(grid: Grid): number {
  let width = widths.get(grid);
  if (width === undefined) {
    width = grid.rows.reduce((max, r) => Math.max(max, r?.length ?? 0), 0);
    widths.set(grid, width);
  }
  return width;
}

/** XFD, Excel's last column. */
const MAX_COLUMN = 16_384;

/** Letters of the columns named so far: a report names the same few columns in every finding and step. */
const letters: string[] = [];

/** "A", "B", … "Z", "AA" for 1-based column numbers. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLUMN) return lettersOf(col);
  return (letters[col] ??= lettersOf(col));
}

function lettersOf(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
