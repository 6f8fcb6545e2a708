import { useCallback, useState } from "react";
import type { SheetLayout } from "../engine";
import type { Host, SheetList } from "./host";
import { runCheck, type PaneCheck } from "./run-check";
import { DEFAULT_SETTINGS, type PaneSettings } from "./settings";

/** The workbook the pane works on and the sheet picked in it. */
export interface OpenedSheet {
  /** The workbook's sheets; null until one is open (the browser before Open workbook). */
  sheets: SheetList | null;
  fileName: string;
  /** The sheet picked; "" before any. */
  sheet: string;
  /** A first look at the sheet with the defaults: the columns found and its reporting date. */
  preview: PaneCheck | null;
  /** The header row and columns the user chose for this sheet before, remembered; null for none. */
  layout: SheetLayout | null;
  /** The rules and escalation rule remembered for this workbook, so none follows the user to another. */
  settings: PaneSettings;
  /** Counts sheet loads: whatever the user chose for the last sheet starts afresh with each. */
  loads: number;
}

const NOTHING_OPEN: OpenedSheet = { sheets: null, fileName: "workbook.xlsx", sheet: "", preview: null, layout: null, settings: DEFAULT_SETTINGS, loads: 0 };

/** Opening a workbook (in the browser) or listing Excel's, picking the sheet to check, and what is remembered for it. */
export function useWorkbook(host: Host, today: string) {
  const [opened, setOpened] = useState<OpenedSheet>(NOTHING_OPEN);

  const load = useCallback(
    async (sheets: SheetList, name: string, fileName: string) => {
      const settings = await host.settings.load(fileName);
      const grid = await host.readSheet(name);
      const preview = runCheck(grid, fileName, { asOf: "", today, settings, layout: null });
      const layout = await host.settings.loadLayout({ file: fileName, sheet: name });
      setOpened((current) => ({ sheets, fileName, sheet: name, preview, layout, settings, loads: current.loads + 1 }));
    },
    [host, today],
  );

  /** Lists the workbook's sheets and loads the active one; in the browser there is none yet. */
  const start = useCallback(async () => {
    const list = await host.listSheets();
    if (list) await load(list, list.active, NOTHING_OPEN.fileName);
  }, [host, load]);

  const open = async (file: File) => {
    if (!host.openWorkbook) return;
    const list = await host.openWorkbook(file);
    await load(list, list.active, file.name);
  };

  const pickSheet = async (name: string) => {
    if (opened.sheets) await load(opened.sheets, name, opened.fileName);
  };

  /** Shown at once and remembered for this workbook; the defaults are remembered as nothing stored. */
  const changeSettings = (settings: PaneSettings): Promise<void> => {
    setOpened((current) => ({ ...current, settings }));
    const isDefault = JSON.stringify(settings) === JSON.stringify(DEFAULT_SETTINGS);
    return host.settings.save(opened.fileName, isDefault ? null : settings);
  };

  return { ...opened, start, open, pickSheet, changeSettings };
}
