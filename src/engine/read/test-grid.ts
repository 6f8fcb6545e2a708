import type { Cell, Grid } from "../grid";

/** A cell as a test writes it: text as typed, or a cell with its value, format or fill. */
export type TestCell = string | number | null | Cell;

/**
 * A worksheet from rows as a person types them, for the reader's table tests: strings are
 * text cells, numbers are numbers shown as typed, null is a blank cell.
 */
export function gridOf(rows: TestCell[][], name = "Plan"): Grid {
  return {
    name,
    rows: rows.map((row) => row.map(toCell)),
    merges: [],
    date1904: false,
  };
}

function toCell(cell: TestCell): Cell | undefined {
  if (cell === null) return undefined;
  if (typeof cell === "string") return { value: cell, text: cell };
  if (typeof cell === "number") return { value: cell, text: String(cell) };
  return cell;
}

export const EN_GB = { locale: "en-GB", date1904: false } as const;
