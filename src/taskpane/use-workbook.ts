import { useCallback, useState } from "react";
import type { SheetLayout } from "../engine";
import type { Host, SheetList } from "./host";
import { runCheck, type PaneCheck } from "./run-check";
import type { PaneSettings } from "./settings";

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
  /** Counts sheet loads: whatever the user chose for the last sheet starts afresh with each. */
  loads: number;
}

const NOTHING_OPEN: OpenedSheet = { sheets: null, fileName: "workbook.xlsx", sheet: "", preview: null, layout: null, loads: 0 };

/** Opening a workbook (in the browser) or listing Excel's, and picking the sheet to check. */
export function useWorkbook(host: Host, today: string) {
  const [opened, setOpened] = useState<OpenedSheet>(NOTHING_OPEN);

  const load = useCallback(
    async (sheets: SheetList, name: string, fileName: string, settings: PaneSettings) => {
      const grid = await host.readSheet(name);
      const preview = runCheck(grid, fileName, { asOf: "", today, settings, layout: null });
      const layout = await host.settings.loadLayout({ file: fileName, sheet: name });
      setOpened((current) => ({ sheets, fileName, sheet: name, preview, layout, loads: current.loads + 1 }));
    },
    [host, today],
  );

  /** Lists the workbook's sheets and loads the active one; in the browser there is none yet. */
  const start = useCallback(
    async (settings: PaneSettings) => {
      const list = await host.listSheets();
      if (list) await load(list, list.active, NOTHING_OPEN.fileName, settings);
    },
    [host, load],
  );

  const open = async (file: File, settings: PaneSettings) => {
    if (!host.openWorkbook) return;
    const list = await host.openWorkbook(file);
    await load(list, list.active, file.name, settings);
  };

  const pickSheet = async (name: string, settings: PaneSettings) => {
    if (opened.sheets) await load(opened.sheets, name, opened.fileName, settings);
  };

  return { ...opened, start, open, pickSheet };
}
