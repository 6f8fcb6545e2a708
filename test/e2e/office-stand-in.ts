/**
 * Served in place of office.js for the pane's Excel state in a real browser, where no Excel is.
 * It answers what the pane's Excel host asks, as Office.js does: `Office.onReady` resolves with
 * host Excel, the document settings are the workbook's (get, set, remove, saveAsync,
 * refreshAsync), `isSetSupported` answers up to ExcelApi 1.20, and `Excel.run` works on the
 * project's fake workbook (test/fakes/excel-fake.ts), which refuses a property read before
 * load + sync as Excel does. The fake has no `Range.select()`; it is added here, queued until
 * sync like every other call, and each selection recorded for the test to assert.
 *
 * The test hands in the workbook's sheets (grids read from a seed .xlsx), the document settings
 * and the Office theme through `window.__officeStandIn`, set ahead of this file's code in the script
 * the page is served in office.js's place (pane-page.ts).
 */
import type { Grid } from "../../src/engine";
import { columnLetter } from "../../src/engine/grid";
import {
  FakeRange,
  FakeRichApiError,
  FakeWorkbookModel,
  installExcelRunStub,
  installOfficeStub,
  sheetFromGrid,
  type FakeRequestContext,
  type FakeSheetModel,
  type Rect,
} from "../fakes/excel-fake";

export interface StandInSetup {
  grids: Grid[];
  /** Index of the active sheet. */
  active: number;
  settings: Record<string, unknown>;
  /** Office.context.officeTheme; null where the host offers none. */
  officeTheme: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string } | null;
}

/** What the test reads back from the page. */
export interface StandInState {
  model: FakeWorkbookModel;
  /** "Sheet!A1" for each selection Excel made, in order. */
  selections: string[];
  settings: Map<string, unknown>;
  /** How many times the document settings were saved. */
  saves: number;
}

declare global {
  interface Window {
    __officeStandIn: StandInSetup;
    __excelStandIn: StandInState;
  }
}

const setup = window.__officeStandIn;
const model = new FakeWorkbookModel();
for (const grid of setup.grids) sheetFromGrid(model, grid);
model.activeSheet = setup.active;

const settings = installOfficeStub("1.20");
for (const [key, value] of Object.entries(setup.settings)) settings.set(key, value);
const state: StandInState = { model, selections: [], settings, saves: 0 };
window.__excelStandIn = state;

const office = (globalThis as unknown as { Office: { context: Record<string, unknown> & { document: { settings: Record<string, unknown> } } } }).Office;
const documentSettings = office.context.document.settings;
const save = documentSettings.saveAsync as (callback?: (result: { status: string }) => void) => void;
documentSettings.saveAsync = (callback?: (result: { status: string }) => void) => {
  state.saves++;
  save(callback);
};
// The settings live in this page only, so the copy is always fresh; refreshAsync still answers as Office's does.
documentSettings.refreshAsync = (callback?: (result: { status: string; value: unknown }) => void) =>
  setTimeout(() => callback?.({ status: "succeeded", value: documentSettings }), 0);
if (setup.officeTheme) office.context.officeTheme = setup.officeTheme;

const info = { host: "Excel", platform: "OfficeOnline" };
Object.assign(office, {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  // Office.js calls back and resolves once, after the page has loaded.
  onReady: (callback?: (ready: typeof info) => void) =>
    new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    ),
});

installExcelRunStub(model);

interface Selectable {
  ctx: FakeRequestContext;
  locate: () => { sheet: FakeSheetModel; rect: Rect } | null;
}

Object.defineProperty(FakeRange.prototype, "select", {
  value(this: Selectable): void {
    this.ctx.enqueue({
      requestBytes: 0,
      run: () => {
        const at = this.locate();
        if (!at) throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.");
        // Excel selects on the active sheet only: selecting elsewhere is InvalidSelection.
        if (model.sheets[model.activeSheet] !== at.sheet) throw new FakeRichApiError("InvalidSelection", "The current selection is invalid for this operation.");
        state.selections.push(`${at.sheet.name}!${columnLetter(at.rect.col + 1)}${at.rect.row + 1}`);
        return undefined;
      },
    });
  },
});
