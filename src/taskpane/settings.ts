import { z } from "zod";
import { ConfigSchema, ruleSettings, SheetLayoutSchema, type EscalationRuleId, type SheetLayout, type Severity } from "../engine";

/**
 * What the pane remembers between sessions: which rules run, at what severity, and the
 * escalation rule. Stored as the checker's config file (engine/config.ts), so a setting saved by
 * the pane means the same to `action-plan check --config`, and is parsed with that schema on
 * load because what is stored may come from an older version or have been edited by hand.
 */
export interface PaneSettings {
  escalate: EscalationRuleId;
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
}

export const DEFAULT_SETTINGS: PaneSettings = { escalate: "red-amber-with-saving", rules: {} };

/** A sheet of a workbook: what a layout chosen by hand is remembered for. */
export interface SheetPlace {
  /** The workbook's file name; in Excel the workbook itself is the place, so it is not used. */
  file: string;
  sheet: string;
}

/** Where settings live: per workbook in Excel, per browser outside it. */
export interface SettingsStore {
  /** The stored settings; the defaults when none are stored or what is stored does not parse. */
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
  /** The header row and columns the user chose for this sheet; null when they chose none, or it does not parse. */
  loadLayout(place: SheetPlace): Promise<SheetLayout | null>;
  /** Remembers the user's layout for this sheet, or with null forgets it: the reader's own is used again. */
  saveLayout(place: SheetPlace, layout: SheetLayout | null): Promise<void>;
}

/** One key for everything, so a workbook's settings list shows what the add-in keeps. */
export const SETTINGS_KEY = "actionPlanChecker.settings";

/**
 * Layouts chosen by hand, by sheet: in Excel the key of each is the sheet's name, in the
 * browser the file's and the sheet's, so a layout chosen for one workbook never meets another.
 */
export const LAYOUTS_KEY = "actionPlanChecker.layouts";

const StoredLayoutsSchema = z.record(z.string(), z.unknown());

/** The layouts stored, each parsed on its own: one that no longer parses is dropped, not all of them. */
function parseLayouts(raw: unknown): Record<string, SheetLayout> {
  const parsed = StoredLayoutsSchema.safeParse(raw);
  if (!parsed.success) return {};
  const layouts: Record<string, SheetLayout> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    const layout = SheetLayoutSchema.safeParse(value);
    if (layout.success) layouts[key] = layout.data;
  }
  return layouts;
}

function withLayout(layouts: Record<string, SheetLayout>, key: string, layout: SheetLayout | null): Record<string, SheetLayout> {
  const next = { ...layouts };
  if (layout) next[key] = layout;
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

/** Unreadable settings fall back to the defaults: losing a preference beats a pane that will not open. */
function parseStored(raw: unknown): PaneSettings {
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_SETTINGS;
  return { escalate: parsed.data.escalate ?? DEFAULT_SETTINGS.escalate, rules: ruleSettings(parsed.data) };
}

/** Settings in the browser's localStorage, for the pane opened outside Excel. */
export function localStorageSettings(storage: Pick<Storage, "getItem" | "setItem">): SettingsStore {
  return {
    async load() {
      const stored = parseJson(storage.getItem(SETTINGS_KEY));
      return stored === undefined ? DEFAULT_SETTINGS : parseStored(stored);
    },
    async save(settings) {
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
    async loadLayout(place) {
      return parseLayouts(parseJson(storage.getItem(LAYOUTS_KEY)))[browserKey(place)] ?? null;
    },
    async saveLayout(place, layout) {
      const layouts = parseLayouts(parseJson(storage.getItem(LAYOUTS_KEY)));
      storage.setItem(LAYOUTS_KEY, JSON.stringify(withLayout(layouts, browserKey(place), layout)));
    },
  };
}

/** The part of `Office.Settings` used here, so a test can hand in a plain object. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

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
      return parseStored(settings.get(SETTINGS_KEY) ?? {});
    },
    save(value) {
      settings.set(SETTINGS_KEY, value);
      return saveAll();
    },
    async loadLayout(place) {
      return parseLayouts(settings.get(LAYOUTS_KEY))[place.sheet] ?? null;
    },
    saveLayout(place, layout) {
      settings.set(LAYOUTS_KEY, withLayout(parseLayouts(settings.get(LAYOUTS_KEY)), place.sheet, layout));
      return saveAll();
    },
  };
}
