/**
 * What the pane's component tests share: the seed 004 plan as grids, hosts that stand in for
 * Excel and the browser, and waits long enough for a busy CI machine.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readGrids } from "../../adapters/xlsx";
import type { Grid } from "../../engine";
import { buildSeedWorkbooks } from "../../../test/fixtures/seed-workbooks";
import { PaneError } from "../errors";
import type { Host } from "../host";
import { DEFAULT_SETTINGS, type PaneSettings, type SettingsStore } from "../settings";
import { App } from "./App";

export async function seedFile(name = "004-text"): Promise<{ buffer: Buffer; grids: Grid[] }> {
  const seed = (await buildSeedWorkbooks()).find((b) => b.name === name);
  if (!seed) throw new Error(`seed ${name} is missing`);
  return { buffer: seed.buffer, grids: readGrids(seed.buffer).grids };
}

export function memorySettings(initial: PaneSettings = DEFAULT_SETTINGS): SettingsStore & { saved: PaneSettings[] } {
  const store = {
    saved: [] as PaneSettings[],
    load: async () => initial,
    save: async (settings: PaneSettings) => void store.saved.push(settings),
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

export const renderPane = (host: Host) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} today="2026-11-23" />
    </FluentProvider>,
  );

/** Long enough for the browser host's first dynamic import, which ts-jest compiles on demand. */
export const SLOW = { timeout: 15_000 };

/** A button once the pane is idle: every button is disabled while the pane works. */
export async function enabledButton(name: string): Promise<HTMLElement> {
  const button = await screen.findByRole("button", { name }, SLOW);
  await waitFor(() => expect(button).toHaveProperty("disabled", false), SLOW);
  return button;
}

export const checkButton = () => enabledButton("Check plan");

/** Renders the pane on `host`, presses Check plan and waits for the results. */
export async function checkThePlan(host: Host) {
  const user = userEvent.setup();
  const view = renderPane(host);
  await user.click(await checkButton());
  await screen.findByRole("region", { name: "Results" }, SLOW);
  return { user, view };
}
