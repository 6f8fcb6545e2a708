import { DEFAULT_SETTINGS, LAYOUTS_KEY, parseLayouts, parseSettings, savedInWorkbook, SETTINGS_KEY, type StoredSettings } from "../adapters/stored-settings";
import type { SheetLayout } from "../engine";

export { DEFAULT_SETTINGS, LAYOUTS_KEY, SETTINGS_KEY };

/**
 * What the pane remembers for a workbook: which rules run, at what severity, and the escalation
 * rule. The ribbon's Check plan reads the same (adapters/stored-settings.ts).
 */
export type PaneSettings = StoredSettings;

/** A sheet of a workbook: what a layout chosen by hand is remembered for. */
export interface SheetPlace {
  /** The workbook's file name; in Excel the workbook itself is the place, so it is not used. */
  file: string;
  sheet: string;
}

/**
 * Where settings live: in Excel in the workbook itself, in the browser by file name, so that a
 * rule picked for one workbook never follows the user to the next.
 */
export interface SettingsStore {
  /** The settings stored for this workbook; the defaults when none are stored or what is stored does not parse. */
  load(file: string): Promise<PaneSettings>;
  /** Remembers the settings for this workbook, or with null forgets them: the defaults are used again. */
  save(file: string, settings: PaneSettings | null): Promise<void>;
  /** The header row and columns the user chose for this sheet; null when they chose none, or it does not parse. */
  loadLayout(place: SheetPlace): Promise<SheetLayout | null>;
  /** Remembers the user's layout for this sheet, or with null forgets it: the reader's own is used again. */
  saveLayout(place: SheetPlace, layout: SheetLayout | null): Promise<void>;
}

/**
 * The browser's settings, by file name. Not SETTINGS_KEY: an older pane kept one set there for
 * every file, which is what let a rule follow the user from one workbook to the next.
 */
export const BROWSER_SETTINGS_KEY = "actionPlanChecker.workbookSettings";

function withEntry<T>(entries: Record<string, T>, key: string, value: T | null): Record<string, T> {
  const next = { ...entries };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

/** The browser's key for a sheet: file and sheet names, which neither can make ambiguous in JSON. */
const browserKey = (place: SheetPlace) => JSON.stringify([place.file, place.sheet]);

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Text that is not JSON was not written by the pane: it reads as nothing stored.
    return undefined;
  }
}

/** Each file's stored settings, kept as stored: each is parsed when its file is opened. */
function storedByFile(raw: unknown): Record<string, unknown> {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) ? { ...raw } : {};
}

/** Settings in the browser's localStorage, for the pane opened outside Excel. */
export function localStorageSettings(storage: Pick<Storage, "getItem" | "setItem">): SettingsStore {
  const byFile = () => storedByFile(parseJson(storage.getItem(BROWSER_SETTINGS_KEY)));
  return {
    async load(file) {
      const stored = byFile()[file];
      return stored === undefined ? DEFAULT_SETTINGS : parseSettings(stored);
    },
    async save(file, settings) {
      storage.setItem(BROWSER_SETTINGS_KEY, JSON.stringify(withEntry(byFile(), file, settings)));
    },
    async loadLayout(place) {
      return parseLayouts(parseJson(storage.getItem(LAYOUTS_KEY)))[browserKey(place)] ?? null;
    },
    async saveLayout(place, layout) {
      const layouts = parseLayouts(parseJson(storage.getItem(LAYOUTS_KEY)));
      storage.setItem(LAYOUTS_KEY, JSON.stringify(withEntry(layouts, browserKey(place), layout)));
    },
  };
}

/** The part of `Office.Settings` used here, so a test can hand in a plain object. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

/** Settings saved inside the workbook (Office.context.document.settings): they travel with the file. */
export function documentSettings(settings: DocumentSettings): SettingsStore {
  const saveAll = () =>
    new Promise<void>((resolve, reject) => {
      settings.saveAsync((result) => {
        // A failed AsyncResult carries an error; reading it avoids needing the Office global here.
        if (result.error) reject(new Error(result.error.message));
        else resolve();
      });
    });
  return {
    async load() {
      return parseSettings(settings.get(SETTINGS_KEY) ?? {});
    },
    save(_file, value) {
      if (value) settings.set(SETTINGS_KEY, value);
      else settings.remove(SETTINGS_KEY);
      return saveAll();
    },
    async loadLayout(place) {
      return savedInWorkbook(settings, place.sheet).layout;
    },
    saveLayout(place, layout) {
      settings.set(LAYOUTS_KEY, withEntry(parseLayouts(settings.get(LAYOUTS_KEY)), place.sheet, layout));
      return saveAll();
    },
  };
}
