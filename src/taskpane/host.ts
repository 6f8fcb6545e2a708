import type { CheckResult, Grid } from "../engine";
import type { SettingsStore } from "./settings";

/** The workbook's sheets and the one the pane checks unless the user picks another. */
export interface SheetList {
  /** In workbook order. */
  names: string[];
  /** Excel's active sheet; the first plan-looking sheet of an uploaded file. */
  active: string;
}

export interface ClearResult {
  /** False when the workbook held nothing of the checker's. */
  cleared: boolean;
  /** What the user should know beyond that. */
  messages: string[];
}

/** Another .xlsx file read in the pane, never uploaded: an earlier version of the plan to compare with. */
export interface OtherWorkbook {
  /** The file's name, as the Changes tab names the earlier version. */
  name: string;
  /** Its user sheets, in workbook order; anything the checker wrote is left out. */
  grids: Grid[];
}

/** Which copy a browser download is: with this check written in, or with every check taken out. */
export type DownloadKind = "checked" | "cleared";

/** The ribbon command has no window of its own: it leaves a failure for the pane to say. */
export interface CommandErrorStore {
  /** The failure as the command recorded it; null when its last run worked. */
  read(): Promise<string | null>;
  /** Forgets it, in the workbook too, once the user has read it. */
  dismiss(): Promise<void>;
}

/**
 * Everything the pane asks of the place it runs in. Components receive these calls as props and
 * never touch Office.js or ExcelJS, so they render under jest with a fake Host.
 *
 * What a host cannot do is absent rather than a stub that fails: the pane shows the "Open
 * workbook" input only when `openWorkbook` exists, the download button only when
 * `downloadWorkbook` exists, and clicking a finding selects its cell only when `selectCell` exists.
 */
export interface Host {
  kind: "excel" | "browser";
  /** The workbook's sheets; null while no workbook is open (the browser before an upload). */
  listSheets(): Promise<SheetList | null>;
  /** Browser only: loads the .xlsx the user chose. Rejects with a `PaneError` the user can act on. */
  openWorkbook?: (file: File) => Promise<SheetList>;
  /** Browser only: the bundled example plan, fetched when asked for so the pane's first script stays small. */
  exampleWorkbook?: () => Promise<File>;
  /** The sheet as the engine reads it, read afresh (in Excel the user may have edited it since). */
  readSheet(name: string): Promise<Grid>;
  /** Reads another .xlsx file the user chose, in the pane. Rejects with a `PaneError` the user can act on. */
  readOtherWorkbook?: (file: File) => Promise<OtherWorkbook>;
  /** Excel only: selects a finding's cell so the user sees it in the sheet. */
  selectCell?: (sheet: string, cell: string) => Promise<void>;
  /**
   * Writes highlights, notes and the summary sheets for this check into the workbook. Resolves
   * with what the user should know about a write that worked (a feature this Excel lacks);
   * rejects with a `PaneError` when nothing was written.
   */
  writeSummary(check: CheckResult): Promise<string[]>;
  /** Removes everything the checker wrote, giving back the workbook as it was. Rejects with a `PaneError` when it cleared nothing that was there. */
  clearHighlights(): Promise<ClearResult>;
  /** Browser only: offers the workbook as it now is (written to, or cleared) as a download named for `kind`. */
  downloadWorkbook?: (kind: DownloadKind) => Promise<void>;
  /** Excel only: a failure the ribbon's Check plan left in the workbook for the pane to show. */
  commandError?: CommandErrorStore;
  /** Where the user's rule settings live: the workbook in Excel, the browser outside it. */
  settings: SettingsStore;
}
