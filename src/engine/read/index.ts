import { type Grid, rowCount, textAt } from "../grid";
import type { SheetPlan } from "../plan";
import type { DateContext } from "../values/dates";
import { unitFromHeader } from "../values/money";
import { findHeaderRow, type HeaderRow } from "./header";
import { findBoardList, findReportingDate } from "./header-block";
import { inferColumns } from "./infer";
import { readTable } from "./items";
import type { ColumnChoices, Columns, Role } from "../plan";
import { chooseColumns } from "./column-roles";
import { resolveYears } from "./yearless-dates";
import { headerOfLayout, layoutRefusal, type SheetLayout } from "./layout";

export interface ReadOptions {
  dates: DateContext;
  /** Column roles the user set by hand (1-based columns), over what the header says. */
  columns?: Columns;
  /** The header row and columns the user gave: read as given, nothing found or guessed over them. */
  layout?: SheetLayout;
  /** The as-of date the user chose, YYYY-MM-DD: the last context a date written without a year is placed by. */
  asOf?: string;
}

function isEmpty(grid: Grid): boolean {
  for (let row = 1; row <= rowCount(grid); row++) {
    if ((grid.rows[row - 1] ?? []).some((cell) => cell && (cell.text.trim() !== "" || cell.value !== null))) return false;
  }
  return true;
}

/**
 * A column the user set by hand is taken; what the reader would have taken becomes the
 * runner-up, so the choice it overrode stays in view. A role the user cleared is dropped.
 */
function withOverrides(choices: ColumnChoices, overrides: Columns | undefined): ColumnChoices {
  const out: ColumnChoices = { ...choices };
  for (const [role, col] of Object.entries(overrides ?? {}) as Array<[Role, number | undefined]>) {
    const ours = choices[role];
    if (col === undefined) delete out[role];
    else out[role] = { taken: col, runnerUp: ours && ours.taken !== col ? ours.taken : (ours?.runnerUp ?? null) };
  }
  return out;
}

/** The header the reader found, with the columns it chose for each role and any the user set over them; null when it found none. */
function readersHeader(grid: Grid, options: ReadOptions): { header: HeaderRow; columnChoices: ColumnChoices } | null {
  const found = findHeaderRow(grid) ?? inferColumns(grid);
  if (!found) return null;
  const chosen = found.row > 0 ? chooseColumns(grid, found, options.dates) : { columns: found.columns, choices: {} };
  return { header: { ...found, columns: { ...chosen.columns, ...options.columns } }, columnChoices: withOverrides(chosen.choices, options.columns) };
}

/** Reads one worksheet as it is: a plan, or the plain reason why it is not one. */
export function readSheet(grid: Grid, options: ReadOptions): SheetPlan {
  if (isEmpty(grid)) return { kind: "not-a-plan", name: grid.name, reason: "The sheet is empty." };
  const refusal = options.layout ? layoutRefusal(options.layout) : null;
  if (refusal) return { kind: "not-a-plan", name: grid.name, reason: refusal };
  const taken = options.layout ? { header: headerOfLayout(grid, options.layout), columnChoices: {} } : readersHeader(grid, options);
  if (!taken) {
    return {
      kind: "not-a-plan",
      name: grid.name,
      reason:
        "No action table was found: no row names columns such as Action, Owner, Target Date or RAG, and no column holds target dates. " +
        "If this sheet is a plan, add a header row above its table.",
    };
  }
  const { header, columnChoices } = taken;
  const savingCol = header.columns.saving;
  const savingUnit = savingCol === undefined ? 1 : unitFromHeader(header.headers[savingCol] ?? textAt(grid, header.row, savingCol));
  const table = readTable({ grid, header, dates: options.dates, savingUnit });
  if (table.items.length === 0) {
    return {
      kind: "not-a-plan",
      name: grid.name,
      reason: options.layout
        ? `No actions were found under row ${header.row} in the columns chosen: check the header row, and the column of each action's text.`
        : `Row ${header.row} looks like the header of an action table, but no actions are listed under it.`,
    };
  }
  const reportingDate = header.row > 1 ? findReportingDate(grid, header.row, options.dates) : null;
  return {
    kind: "plan",
    name: grid.name,
    headerRow: header.row,
    columns: header.columns,
    columnChoices,
    headers: header.headers,
    repeatedHeaders: table.repeatedHeaders,
    reportingDate,
    items: resolveYears(table.items, reportingDate, options.dates, options.asOf),
    issues: table.issues,
    risks: table.risks,
    strayValues: table.strayValues,
    boardList: header.row > 1 ? findBoardList(grid, header.row) : null,
    savingUnit,
  };
}
