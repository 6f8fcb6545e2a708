import { z } from "zod";
import { lazySchema } from "../lazy-schema";
import type { Grid } from "../grid";
import { ROLE_IDS, type Columns, type Role } from "../plan";
import { mapRow, type HeaderRow } from "./header";

/** Roles that say what is to be done: an item needs one. */
const TEXT_ROLES = ["action", "title"] as const satisfies readonly Role[];

/** Roles that say how an action is tracked: without one there is nothing to check. */
const TRACKING_ROLES = ["owner", "targetDate", "revisedDate", "dateAndOwner", "actionRag"] as const satisfies readonly Role[];

/**
 * A sheet's layout as the user gave it: the header row and the column (1-based) of each role.
 * It is taken as it is, with nothing guessed over it: it is the answer for a layout the reader
 * did not recognise, or recognised wrongly. Row 0 means the table has no header row.
 * Stored by the pane, so parsed with this schema wherever it is read back.
 */
export const SheetLayoutSchema = lazySchema(() =>
  z
    .object({
      headerRow: z.number().int().min(0),
      columns: z.partialRecord(z.enum(ROLE_IDS), z.number().int().min(1)),
    })
    .strict(),
);

export type SheetLayout = z.infer<typeof SheetLayoutSchema>;

/**
 * What a layout lacks before it can be read as a plan, as roles the user must still choose:
 * the text of each action, and one way it is tracked. Empty when it is complete.
 */
export function layoutGaps(columns: Columns): Array<"text" | "tracking"> {
  const gaps: Array<"text" | "tracking"> = [];
  if (!TEXT_ROLES.some((role) => columns[role] !== undefined)) gaps.push("text");
  if (!TRACKING_ROLES.some((role) => columns[role] !== undefined)) gaps.push("tracking");
  return gaps;
}

const TEXT_NEEDED = "the column that holds each action's text (Action, or Recommendation)";
const TRACKING_NEEDED = "a column of owners, target dates or RAG ratings";

/** Why a layout cannot be read as a plan, in one sentence saying what to choose; null when it can. */
export function layoutRefusal(layout: SheetLayout): string | null {
  const gaps = layoutGaps(layout.columns);
  if (gaps.length === 2) return `Choose ${TEXT_NEEDED}, and ${TRACKING_NEEDED}.`;
  if (gaps[0] === "text") return `Choose ${TEXT_NEEDED}: without it there are no actions to check.`;
  if (gaps[0] === "tracking") return `Choose ${TRACKING_NEEDED} too: without one there is nothing to check the actions against.`;
  return null;
}

/** The header the user gave: their row's texts, and their columns and no others. */
export function headerOfLayout(grid: Grid, layout: SheetLayout): HeaderRow {
  const headers = layout.headerRow > 0 ? mapRow(grid, layout.headerRow).headers : {};
  return { row: layout.headerRow, columns: { ...layout.columns }, headers };
}

/** The roles a row's words name, as the reader would take them: a starting point when the user picks that row. */
export function rolesNamedIn(grid: Grid, row: number): Columns {
  return mapRow(grid, row).columns;
}
