import type { SheetBuilder } from "../summary/sheet-builder";
import type { SummarySheet, SummarySheetKey } from "../summary/write-types";
import type { PlanLine } from "./plan-line";

export interface RollupOptions {
  /** The roll-up's date, "YYYY-MM-DD": plans are aged against it. */
  today: string;
  /** Where a link to a plan's file goes: its path relative to the roll-up workbook, "/" between folders. */
  linkTo: (file: string) => string;
}

/** Written on each roll-up sheet, so the tool knows it for its own. */
const MARKER = "Written by Action Plan Checker: a roll-up of many plans, made anew each time.";

/** Ends a roll-up sheet: its marker, and A4 landscape one page wide with narrow margins, as a board pack is printed. */
export function finishRollupSheet(b: SheetBuilder, key: SummarySheetKey, name: string, widths: number[], frozenRows: number): SummarySheet {
  const sheet = b.finish(key, name, widths, frozenRows, MARKER);
  return { ...sheet, print: { ...sheet.print, paper: "A4", narrowMargins: true } };
}

/** The escalation rule the plans were checked with; each plan's own when they differ. */
export function rulesText(plans: PlanLine[]): string {
  const rules = [...new Set(plans.map((plan) => plan.rule))];
  if (rules.length === 0) return "No plan was found, so nothing was escalated.";
  if (rules.length === 1) return `Escalations follow the rule: ${rules[0]}.`;
  return `The plans were checked with different escalation rules: ${rules.join("; ")}.`;
}
