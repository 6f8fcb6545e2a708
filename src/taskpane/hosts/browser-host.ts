import type { CheckResult, Grid } from "../../engine";
import { PaneError } from "../errors";
import type { DownloadKind, Host, SheetList } from "../host";
import type { SettingsStore } from "../settings";
import { readOtherWorkbook } from "./other-workbook";
import { readBytes } from "./read-bytes";
import type { Workbook } from "./xlsx-workbook";

/** The .xlsx package adapter is only needed outside Excel: loaded on first use, as its own webpack chunk. */
const packageAdapter = () => import(/* webpackChunkName: "xlsx" */ "./xlsx-workbook");

interface OpenWorkbook {
  name: string;
  /** The workbook as the user made it: an earlier check in the file is taken out on opening. */
  workbook: Workbook;
  grids: Grid[];
  /** The user's sheets, which the pane offers to check. */
  sheets: string[];
  /** The file came with an earlier check in it, already taken out of `workbook`, and not yet cleared by the user. */
  checkedOnOpen: boolean;
}

export interface BrowserHostOptions {
  settings: SettingsStore;
  /** Hands the finished file to the user; the default clicks an `<a download>` link. */
  save?: (bytes: ArrayBuffer, fileName: string) => void;
  /** The example plan offered on the first screen; absent, none is offered. */
  example?: () => Promise<File>;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes as a download through a temporary object URL: nothing leaves the machine. */
export function saveWithLink(bytes: ArrayBuffer, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not now: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "plan.xlsx" → "plan (checked).xlsx" or "plan (cleared).xlsx": the user's own file is never overwritten. */
export function downloadFileName(name: string, kind: DownloadKind): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base} (${kind}).xlsx`;
}

/** The user's sheets, the first of them checked first, as Excel opens a file on its first sheet. */
function sheetList(names: string[]): SheetList {
  return { names, active: names[0] ?? "" };
}

/** The pane in a plain browser: works on an uploaded .xlsx through the package adapter, offers the result as a download. */
export function createBrowserHost(options: BrowserHostOptions): Host {
  let open: OpenWorkbook | null = null;
  const save = options.save ?? saveWithLink;

  const current = (): OpenWorkbook => {
    if (!open) throw new PaneError("No workbook is open. Use Open workbook to choose an .xlsx file first.");
    return open;
  };

  return {
    kind: "browser",
    async listSheets() {
      return open ? sheetList(open.sheets) : null;
    },
    async openWorkbook(file: File) {
      const { loadWorkbook } = await packageAdapter();
      const { workbook, grids, sheets, checked } = await loadWorkbook(file.name, await readBytes(file));
      if (sheets.length === 0) throw new PaneError(`'${file.name}' has no worksheets. Open a workbook that holds the action plan.`);
      open = { name: file.name, workbook, grids, sheets, checkedOnOpen: checked };
      return sheetList(sheets);
    },
    exampleWorkbook: options.example,
    async readSheet(name) {
      const grid = current().grids.find((g) => g.name === name);
      if (!grid) throw new PaneError(`The workbook has no sheet named '${name}'. Pick a sheet again.`);
      return grid;
    },
    async writeSummary(check: CheckResult) {
      const { writeChecked, reopened } = await packageAdapter();
      const now = current();
      writeChecked(now.workbook, check);
      open = { ...now, workbook: reopened(now.workbook) };
      return [];
    },
    /** Clears what this session wrote; a file opened with a check in it counts as cleared too, its check being taken out on opening. */
    async clearHighlights() {
      const { clearChecked, reopened } = await packageAdapter();
      const now = current();
      const clearedNow = clearChecked(now.workbook);
      open = { ...now, workbook: clearedNow ? reopened(now.workbook) : now.workbook, checkedOnOpen: false };
      return { cleared: clearedNow || now.checkedOnOpen, messages: [] };
    },
    readOtherWorkbook,
    async downloadWorkbook(kind) {
      const { clearChecked, reopened, workbookBytes } = await packageAdapter();
      const now = current();
      // The cleared copy is cleared whatever was written since the user pressed Clear.
      if (kind === "cleared" && clearChecked(now.workbook)) open = { ...now, workbook: reopened(now.workbook) };
      save(await workbookBytes(current().workbook), downloadFileName(now.name, kind));
    },
    settings: options.settings,
  };
}
