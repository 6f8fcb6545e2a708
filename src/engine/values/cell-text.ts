import type { Cell } from "../grid";

/**
 * The text a user sees in a cell. Falls back to the raw value because a host may leave
 * `text` blank for a cell it never rendered, and a reader must not mistake that for empty.
 */
export function shownText(cell: Cell): string {
  const text = cell.text.trim();
  if (text !== "" || cell.value === null) return text;
  return String(cell.value).trim();
}
