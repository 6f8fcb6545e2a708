import type { CheckResult, PlanResult } from "../check";
import { describeActionsSheet } from "./actions-sheet";
import { describeBoardSheet } from "./board-sheet";
import { describeChangesSheet } from "./changes-sheet";
import { describeHighlights } from "./highlights";
import { LEGEND, STYLES } from "./palette";
import { describeSavingsSheet } from "./savings-sheet";
import { uniqueSheetName } from "./sheet-names";
import type { WriteDescription } from "./write-types";

export type * from "./write-types";

export interface WriteContext {
  /** Every sheet of the user's in the workbook (not the tool's own from an earlier run). */
  sheetNames: string[];
  /** Names of tables and defined names already in the workbook: a table name must be new. */
  takenNames?: string[];
}

function tableName(taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? "PlanActions" : `PlanActions${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Everything the tool writes for a check: highlights on the plan and its own sheets. */
export function describeWrite(check: CheckResult, context: WriteContext): WriteDescription {
  const plans = check.sheets.map((s) => s.result).filter((r): r is PlanResult => r !== null);
  const taken = [...context.sheetNames];
  const name = (wanted: string) => {
    const chosen = uniqueSheetName(wanted, taken);
    taken.push(chosen);
    return chosen;
  };
  const board = name("Board summary");
  // Only a check against an earlier version (`--since`) has changes to show.
  const changes = plans.some((p) => p.comparison) ? [describeChangesSheet(name("Changes"), check, plans)] : [];
  const savings = name("Savings");
  const actions = name("Actions");
  const table = tableName(context.takenNames ?? []);
  return {
    owner: "action-plan-checker",
    highlights: describeHighlights(check),
    sheets: [describeBoardSheet(board, table, check, plans), ...changes, describeSavingsSheet(savings, table, plans), describeActionsSheet(actions, table, plans)],
    styles: STYLES,
    legend: [...LEGEND],
  };
}
