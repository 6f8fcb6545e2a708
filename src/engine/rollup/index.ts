import type { SummarySheet } from "../summary/write-types";
import { describeEscalationsSheet } from "./escalations-sheet";
import type { RollupLine } from "./plan-line";
import { describePlansSheet } from "./plans-sheet";
import type { RollupOptions } from "./rollup-options";
import { describeSavingsSheet } from "./savings-sheet";

export { summariseReport, unreadLine, type RollupLine, type PlanLine, type FileLine } from "./plan-line";
export { STALE_AFTER_DAYS } from "./plans-sheet";
export type { RollupOptions } from "./rollup-options";

/**
 * The roll-up workbook's sheets: Plans, Escalations and Savings. Lines are put in order of
 * their file, so a roll-up is the same whichever order the plans were checked in.
 */
export function describeRollup(lines: readonly RollupLine[], options: RollupOptions): SummarySheet[] {
  const sorted = [...lines].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [describePlansSheet(sorted, options), describeEscalationsSheet(sorted, options), describeSavingsSheet(sorted, options)];
}
