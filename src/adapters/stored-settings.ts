/**
 * What the pane keeps for a workbook (the escalation rule, the checks and the columns chosen by
 * hand) and how a check is run with it. Shared by the pane and the ribbon's Check plan, two hosts
 * that never import each other, so that the ribbon checks a workbook exactly as the pane would.
 */
import { z } from "zod";
import { ConfigSchema, ruleSettings, SheetLayoutSchema, type CheckOptions, type EscalationRuleId, type Severity, type SheetLayout, lazySchema } from "../engine";

/** Which rules run, at what severity, and the escalation rule. */
export interface StoredSettings {
  escalate: EscalationRuleId;
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
}

export const DEFAULT_SETTINGS: StoredSettings = { escalate: "red-amber-with-saving", rules: {} };

/** One key for the settings, so a workbook's settings list shows what the add-in keeps. */
export const SETTINGS_KEY = "actionPlanChecker.settings";

/**
 * Layouts chosen by hand, by sheet: in Excel the key of each is the sheet's name, in the
 * browser the file's and the sheet's, so a layout chosen for one workbook never meets another.
 */
export const LAYOUTS_KEY = "actionPlanChecker.layouts";

/**
 * Stored as the checker's config file (engine/config.ts), so a setting saved by the pane means
 * the same to `action-plan check --config`. Unreadable settings fall back to the defaults:
 * losing a preference beats a pane that will not open.
 */
export function parseSettings(raw: unknown): StoredSettings {
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_SETTINGS;
  return { escalate: parsed.data.escalate ?? DEFAULT_SETTINGS.escalate, rules: ruleSettings(parsed.data) };
}

const StoredLayoutsSchema = lazySchema(() => z.record(z.string(), z.unknown()));

/** The layouts stored, each parsed on its own: one that no longer parses is dropped, not all of them. */
export function parseLayouts(raw: unknown): Record<string, SheetLayout> {
  const parsed = StoredLayoutsSchema.safeParse(raw);
  if (!parsed.success) return {};
  const layouts: Record<string, SheetLayout> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    const layout = SheetLayoutSchema.safeParse(value);
    if (layout.success) layouts[key] = layout.data;
  }
  return layouts;
}

/**
 * What reading the workbook's settings needs: `Office.Settings` has this shape, and a test can
 * hand in a plain object. Named here, not after Office, because this module serves the browser too.
 */
export interface SettingsReader {
  get(name: string): unknown;
}

/** What the pane saved in the workbook (Excel's document settings) for one of its sheets. */
export function savedInWorkbook(settings: SettingsReader, sheet: string): { settings: StoredSettings; layout: SheetLayout | null } {
  return { settings: parseSettings(settings.get(SETTINGS_KEY) ?? {}), layout: parseLayouts(settings.get(LAYOUTS_KEY))[sheet] ?? null };
}

/**
 * The engine's options for what the user chose: their rule settings, and their layout for the
 * sheets named (the plan's, and an earlier tab read with the same columns).
 */
export function chosenCheckOptions(settings: StoredSettings, layout: SheetLayout | null, sheets: string[]): Pick<CheckOptions, "escalate" | "rules" | "layouts"> {
  return {
    escalate: settings.escalate,
    rules: settings.rules,
    layouts: layout ? Object.fromEntries(sheets.map((name) => [name, layout])) : undefined,
  };
}
