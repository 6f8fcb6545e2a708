import type { PlanSheet } from "../plan";
import type { EscalationRule } from "../summary/escalations";
import { listChanges, type Change } from "./changes";
import { columnDifferences, sharedRoles, type ColumnDifference } from "./columns";
import { matchItems, type ItemMatch } from "./match-items";

/** The earlier version a plan is compared with: a file and the plan sheets read from it. */
export interface EarlierVersion {
  /** The file as the user named it. */
  file: string;
  plans: PlanSheet[];
}

/** A plan set beside its earlier version: what was matched, what changed, how the columns differ. */
export interface Comparison extends ItemMatch {
  file: string;
  /** The earlier version's plan sheet. */
  plan: PlanSheet;
  /** The earlier version's own reporting date; null when it gives none. */
  asOf: string | null;
  changes: Change[];
  columns: ColumnDifference[];
}

/** Compares a plan with one sheet of its earlier version. */
export function comparePlans(plan: PlanSheet, file: string, since: PlanSheet, escalation: EscalationRule): Comparison {
  const match = matchItems(plan.items, since.items);
  return {
    ...match,
    file,
    plan: since,
    asOf: since.reportingDate?.read.kind === "date" ? since.reportingDate.read.date : null,
    changes: listChanges(plan.items, match, sharedRoles(plan, since), escalation),
    columns: columnDifferences(plan, since),
  };
}

/**
 * Compares a plan with the sheet of the earlier version it shares most items with (a
 * workbook of one tab a month holds many); null when no item matches: not the same plan.
 */
export function compareWithEarlier(plan: PlanSheet, earlier: EarlierVersion, escalation: EscalationRule): Comparison | null {
  let best: Comparison | null = null;
  for (const since of earlier.plans) {
    const comparison = comparePlans(plan, earlier.file, since, escalation);
    if (comparison.pairs.length > (best?.pairs.length ?? 0)) best = comparison;
  }
  return best;
}
