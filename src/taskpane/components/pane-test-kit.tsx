/**
 * What the pane's component tests share: the example plan (seed 004) as grids and hosts that
 * stand in for Excel and the browser. How they render and click is in fluent-test-kit.tsx.
 */
import { screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readGrids } from "../../adapters/xlsx";
import type { Grid, SheetLayout } from "../../engine";
import { PaneError } from "../errors";
import type { Host } from "../host";
import { DEFAULT_SETTINGS, type PaneSettings, type SettingsStore, type SheetPlace } from "../settings";
import { App } from "./App";
import { idle, renderFluent, setupUser } from "./fluent-test-kit";

export { idle, renderFluent, setupUser };

/** The example plan every pane test works on: seed 004, as the README shows it. */
export const EXAMPLE_FILE = path.resolve(__dirname, "../../../examples/lac-progress-2016.xlsx");

export async function exampleFile(): Promise<{ buffer: Buffer; grids: Grid[] }> {
  const buffer = readFileSync(EXAMPLE_FILE);
  return { buffer, grids: readGrids(buffer).grids };
}

/**
 * Settings kept in memory, by file as the browser keeps them (`initial` for a file with none);
 * layouts by sheet name, as a workbook keeps them. `saved` lists each save, a reset as the defaults.
 */
export function memorySettings(initial: PaneSettings = DEFAULT_SETTINGS): SettingsStore & { saved: PaneSettings[]; layouts: Map<string, SheetLayout> } {
  const byFile = new Map<string, PaneSettings>();
  const store = {
    saved: [] as PaneSettings[],
    layouts: new Map<string, SheetLayout>(),
    load: async (file: string) => byFile.get(file) ?? initial,
    save: async (file: string, settings: PaneSettings | null) => {
      byFile.set(file, settings ?? DEFAULT_SETTINGS);
      store.saved.push(settings ?? DEFAULT_SETTINGS);
    },
    loadLayout: async (place: SheetPlace) => store.layouts.get(place.sheet) ?? null,
    saveLayout: async (place: SheetPlace, layout: SheetLayout | null) => void (layout ? store.layouts.set(place.sheet, layout) : store.layouts.delete(place.sheet)),
  };
  return store;
}

/** A host like Excel's: a workbook already open, cells selectable; calls are recorded. */
export function fakeExcelHost(grids: Grid[], overrides: Partial<Host> = {}) {
  const calls: string[] = [];
  const host: Host = {
    kind: "excel",
    listSheets: async () => ({ names: grids.map((g) => g.name), active: grids[0].name }),
    readSheet: async (name) => {
      const grid = grids.find((g) => g.name === name);
      if (!grid) throw new PaneError(`No sheet '${name}'.`);
      return grid;
    },
    selectCell: async (sheet, cell) => void calls.push(`select ${sheet}!${cell}`),
    writeSummary: async () => {
      calls.push("write");
      return [];
    },
    clearHighlights: async () => {
      calls.push("clear");
      return { cleared: true, messages: [] };
    },
    settings: memorySettings(),
    ...overrides,
  };
  return { host, calls };
}

export const renderPane = (host: Host) => renderFluent(<App host={host} today="2026-11-23" />);

/** A button once the pane is idle: every button is disabled while the pane works. */
export async function enabledButton(name: string): Promise<HTMLElement> {
  await idle();
  const button = screen.getByRole("button", { name });
  expect(button).toHaveProperty("disabled", false);
  return button;
}

export const checkButton = () => enabledButton("Check plan");

/** The Results region, once a check has finished. */
export async function results(): Promise<HTMLElement> {
  await idle();
  return screen.getByRole("region", { name: "Results" });
}

/** Renders the pane on `host`, presses Check plan and waits for the results. */
export async function checkThePlan(host: Host) {
  const user = setupUser();
  const view = renderPane(host);
  await user.click(await checkButton());
  return { user, view, results: await results() };
}
