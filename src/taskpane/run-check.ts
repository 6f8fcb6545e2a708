import { chosenCheckOptions } from "../adapters/stored-settings";
import { checkWorkbook, columnLetter, toReport, type CheckResult, type Grid, type Report, type SheetLayout } from "../engine";
import type { PaneSettings } from "./settings";

/** What the user chose in the pane; everything else is the engine's default. */
export interface PaneChoices {
  /** YYYY-MM-DD, or "" to let the engine choose (the sheet's reporting date, else today). */
  asOf: string;
  today: string;
  settings: PaneSettings;
  /** The header row and columns the user chose for this sheet; null for the reader's own. */
  layout: SheetLayout | null;
  /** The earlier version chosen under "Compare with…": its name and its sheet, read as this one. */
  since?: { file: string; grids: Grid[] };
}

export interface PaneCheck {
  result: CheckResult;
  report: Report;
  grid: Grid;
}

/** Runs the engine on one sheet with the pane's choices: the same call the CLI and the ribbon make. */
export function runCheck(grid: Grid, fileName: string, choices: PaneChoices): PaneCheck {
  // The earlier tab is read with the same columns: one kept a month is laid out as the next.
  const sheets = [grid, ...(choices.since?.grids ?? [])].map((g) => g.name);
  const result = checkWorkbook([grid], {
    asOf: choices.asOf || undefined,
    today: choices.today,
    locale: "en-GB",
    ...chosenCheckOptions(choices.settings, choices.layout, sheets),
    since: choices.since,
  });
  return { result, report: toReport(result, fileName), grid };
}

/** A column the user can map a role to: its letter and the header text above it. */
export interface ColumnOption {
  col: number;
  letter: string;
  header: string;
}

/** The text of a row's cells with their column letters and headers, for showing a finding's row. */
export function rowCells(check: PaneCheck, row: number): Array<ColumnOption & { text: string }> {
  const sheet = check.result.sheets[0];
  // Above the table (a board list, the header block) the table's headers name other things.
  const headers = sheet?.plan.kind === "plan" && row > sheet.plan.headerRow ? sheet.plan.headers : {};
  const cells = check.grid.rows[row - 1] ?? [];
  return cells.flatMap((cell, i) => {
    const text = cell?.text.trim() ?? "";
    return text ? [{ col: i + 1, letter: columnLetter(i + 1), header: headers[i + 1] ?? "", text }] : [];
  });
}

/** Whether two sets of choices give the same check: a role set to nothing counts as not set. */
export function sameChoices(a: PaneChoices, b: PaneChoices): boolean {
  const layout = (choice: SheetLayout | null) =>
    choice && JSON.stringify([choice.headerRow, Object.entries(choice.columns).filter(([, col]) => col !== undefined).sort()]);
  return a.asOf === b.asOf && a.today === b.today && JSON.stringify(a.settings) === JSON.stringify(b.settings) && layout(a.layout) === layout(b.layout);
}
