/**
 * What the pane's component tests share: the example plan (seed 004) as grids and hosts that
 * stand in for Excel and the browser. How they render and click is in fluent-test-kit.tsx.
 */
import { queryAllByRole, screen, within } from "@testing-library/react";
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

/** Whether `text` holds the characters of `name` in order, whitespace aside. */
function holds(text: string, name: string): boolean {
  const chars = name.replace(/\s+/g, "");
  let at = 0;
  for (const c of text) if (c === chars[at]) at += 1;
  return at === chars.length;
}

const NAMING_ATTRIBUTES = ["aria-label", "aria-labelledby", "alt", "title"];
const CONTROLS = new Set(["INPUT", "SELECT", "TEXTAREA"]);

/** Whether something inside `element` can put words in its name that are not its text. */
const namedInside = (element: Element): boolean =>
  [...element.children].some((child) => NAMING_ATTRIBUTES.some((a) => child.hasAttribute(a)) || CONTROLS.has(child.tagName) || namedInside(child));

/**
 * Whether the accessible name of `element` could be `name`: it holds the name's text, or is named
 * some other way (a label, alt text, a title on an empty button). Why: under jsdom every accessible
 * name costs a style look-up per element inside the button, and with results shown the pane holds
 * dozens of finding buttons; an element outside this set cannot have the name, so leaving it out
 * changes nothing.
 */
const mayBeNamed = (element: Element, name: string) =>
  holds(element.textContent ?? "", name) ||
  element.hasAttribute("aria-label") ||
  element.hasAttribute("aria-labelledby") ||
  (element.textContent?.trim() === "" && element.hasAttribute("title")) ||
  namedInside(element);

/**
 * Whether `element` may have the role button (Testing Library decides which do, below). A role
 * attribute decides by its first word, as Testing Library reads it: Fluent's dropdowns are
 * buttons with the role combobox, and each would otherwise have its field searched.
 */
const mayBeButton = (element: Element) =>
  element.hasAttribute("role") ? element.getAttribute("role")?.split(" ")[0] === "button" : ["BUTTON", "INPUT", "SUMMARY"].includes(element.tagName);

/** The buttons named `name` inside `container`, as `queryAllByRole(container, "button", { name })` finds them. */
function buttonsNamed(name: string, container: HTMLElement): HTMLElement[] {
  const candidates: Element[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT);
  for (let e = walker.nextNode(); e; e = walker.nextNode()) if (mayBeButton(e as Element) && mayBeNamed(e as Element, name)) candidates.push(e as Element);
  // Each candidate's parent is searched as getByRole searches the page: role, hidden or not, and name.
  const places = new Set(candidates.map((e) => (e.parentElement && container.contains(e.parentElement) ? e.parentElement : container)));
  return [...new Set([...places].flatMap((place) => queryAllByRole(place, "button", { name })))];
}

/** The one button named `name`, as `within(container).getByRole("button", { name })` finds it. */
export function buttonNamed(name: string, container: HTMLElement = document.body): HTMLElement {
  const found = buttonsNamed(name, container);
  if (found.length !== 1) return within(container).getByRole("button", { name }); // throws, with Testing Library's own message
  return found[0];
}

/** The button named `name`, or null, as `screen.queryByRole("button", { name })` finds it. */
export function queryButtonNamed(name: string): HTMLElement | null {
  const found = buttonsNamed(name, document.body);
  if (found.length > 1) return screen.queryByRole("button", { name }); // throws, with Testing Library's own message
  return found[0] ?? null;
}

/** A button once the pane is idle: every button is disabled while the pane works. */
export async function enabledButton(name: string): Promise<HTMLElement> {
  await idle();
  const button = buttonNamed(name);
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
