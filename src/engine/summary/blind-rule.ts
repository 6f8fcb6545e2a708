import type { PlanSheetReport } from "../report";
import { ESCALATION_RULES } from "./escalations";

/**
 * The default escalation rule needs a saving attached; on a plan with no savings columns it
 * can pick nothing, and "no escalations" would read as "nothing is Red or Amber". The number
 * of Red or Amber items it passes over for that reason, 0 when it does not apply.
 */
export function redAmberUnseenForWantOfSavings(sheet: PlanSheetReport, ruleWords: string): number {
  if (ruleWords !== ESCALATION_RULES["red-amber-with-saving"].words) return 0;
  if (sheet.columns.saving || sheet.columns.savingsRag) return 0;
  return sheet.items.filter((item) => item.actionRag === "red" || item.actionRag === "amber").length;
}
