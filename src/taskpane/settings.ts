import { ConfigSchema, ruleSettings, type EscalationRuleId, type Severity } from "../engine";

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

/** Where settings live: per workbook in Excel, per browser outside it. */
export interface SettingsStore {
  /** The stored settings; the defaults when none are stored or what is stored does not parse. */
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
}

/** One key for everything, so a workbook's settings list shows what the add-in keeps. */
export const SETTINGS_KEY = "actionPlanChecker.settings";

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
      const text = storage.getItem(SETTINGS_KEY);
      if (text === null) return DEFAULT_SETTINGS;
      try {
        return parseStored(JSON.parse(text));
      } catch {
        return DEFAULT_SETTINGS;
      }
    },
    async save(settings) {
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}

/** The part of `Office.Settings` used here, so a test can hand in a plain object. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

/** Settings saved inside the workbook (Office.context.document.settings): they travel with the file. */
export function documentSettings(settings: DocumentSettings): SettingsStore {
  return {
    async load() {
      return parseStored(settings.get(SETTINGS_KEY) ?? {});
    },
    save(value) {
      settings.set(SETTINGS_KEY, value);
      return new Promise((resolve, reject) => {
        settings.saveAsync((result) => {
          // A failed AsyncResult carries an error; reading it avoids needing the Office global here.
          if (result.error) reject(new Error(result.error.message));
          else resolve();
        });
      });
    },
  };
}
