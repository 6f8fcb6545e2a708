import { columnLetter, type Grid } from "../engine";
import type { ColumnOption } from "./run-check";

/** A row the user may pick as the header: its number and what its cells say. */
export interface RowChoice {
  row: number;
  text: string;
}

/** Enough rows to reach a table's header below a title block and a board list (seed 004's is row 21). */
const ROWS_OFFERED = 30;
const ROW_TEXT_LENGTH = 90;

const cellTexts = (grid: Grid, row: number) => (grid.rows[row - 1] ?? []).map((cell) => cell?.text.trim() ?? "");

/**
 * The first filled rows of the sheet, each with its cells' texts run together, for the user to
 * recognise the header by; the row in use is always among them.
 */
export function headerRowChoices(grid: Grid, current: number): RowChoice[] {
  const choices: RowChoice[] = [];
  for (let row = 1; row <= grid.rows.length && (choices.length < ROWS_OFFERED || row <= current); row++) {
    const texts = cellTexts(grid, row).filter(Boolean);
    if (texts.length === 0 || (choices.length >= ROWS_OFFERED && row !== current)) continue;
    const text = texts.join(" | ");
    choices.push({ row, text: text.length > ROW_TEXT_LENGTH ? `${text.slice(0, ROW_TEXT_LENGTH - 1)}…` : text });
  }
  return choices;
}

/** Every column that holds something, named by its letter and its text in the header row. */
export function columnsUnder(grid: Grid, headerRow: number): ColumnOption[] {
  let width = 0;
  for (const cells of grid.rows) {
    for (let col = cells.length; col > width; col--) {
      if (cells[col - 1]?.text.trim()) {
        width = col;
        break;
      }
    }
  }
  const headers = headerRow > 0 ? cellTexts(grid, headerRow) : [];
  return Array.from({ length: width }, (_, i) => ({ col: i + 1, letter: columnLetter(i + 1), header: headers[i] ?? "" }));
}
