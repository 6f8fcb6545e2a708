import { type Grid } from "../grid";
import type { BoardListEntry, Located } from "../plan";
import { type DateContext, type DateRead, readDateCell } from "../values/dates";
import { readRag } from "../values/rag";
import { rawCellAt } from "../grid";
import { mapRow } from "./header";
import { filledCells, itemId, textIn } from "./row-text";

const REPORTING_DATE =
  /^(reporting date|report date|date of (?:report|update)|reporting period end|(?:date |last )?updated(?: on)?|date updated|(?:position|progress|status|update) (?:as )?at|as at|date)\b[:\s]*/i;

/**
 * The reporting date in the block above the table ("Reporting Date | 29 June 2016"): the
 * date the plan's statuses were true on, and so the default as-of date.
 */
export function findReportingDate(grid: Grid, beforeRow: number, ctx: DateContext): Located<DateRead> | null {
  // A label whose value is no date ("Date: see minutes") is kept only if no later label gives one.
  let unreadable: Located<DateRead> | null = null;
  for (let row = 1; row < beforeRow; row++) {
    const { cols, texts } = filledCells(grid, row);
    for (let i = 0; i < cols.length; i++) {
      const text = texts[i];
      const label = REPORTING_DATE.exec(text);
      if (!label) continue;
      const rest = text.slice(label[0].length).trim();
      const found = rest
        ? located(row, cols[i], rest, readDateCell({ value: rest, text: rest }, ctx)[0])
        : i + 1 < cols.length
          ? located(row, cols[i + 1], texts[i + 1], readDateCell(rawCellAt(grid, row, cols[i + 1]), ctx)[0])
          : null;
      if (found?.read.kind === "date") return found;
      unreadable ??= found;
    }
  }
  return unreadable;
}

function located<T>(row: number, col: number, raw: string, read: T): Located<T> {
  return { row, col, raw, read };
}

const BOARD_LIST = /\b(to discuss|for discussion|for escalation|escalated?)\b.*\b(board|committee|panel)\b|\b(board|committee)\b.*\b(summary|discussion)\b/i;

/**
 * A hand-made list of actions for the board above the main table (seed 004: "Actions to
 * discuss at LAC Commissioning Board …"), so it can be compared with the escalation rule.
 */
export function findBoardList(grid: Grid, beforeRow: number): BoardListEntry[] | null {
  for (let row = 1; row < beforeRow; row++) {
    const cells = filledCells(grid, row);
    if (cells.cols.length === 0 || !BOARD_LIST.test(cells.texts[0])) continue;
    const header = mapRow(grid, row + 1);
    const idCol = header.columns.id ?? cells.cols[0];
    const ragCol = header.columns.actionRag;
    const entries: BoardListEntry[] = [];
    for (let r = row + 2; r < beforeRow; r++) {
      const id = itemId(textIn(filledCells(grid, r), idCol) ?? "");
      if (!id) break;
      const rag = ragCol === undefined ? null : readRag(rawCellAt(grid, r, ragCol));
      entries.push({ id, row: r, rag: rag?.kind === "rag" ? rag.rag : null });
    }
    return entries;
  }
  return null;
}
