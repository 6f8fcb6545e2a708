import { daysBetween, stepDates } from "../status";
import type { Rule } from "./rule";

/**
 * A deadline pushed back once is news; pushed back again it is a pattern the board should
 * question. The earlier version's own revised date, later than its target, was the first
 * extension seen; this version's later deadline is the second.
 */
export const stepExtendedAgain: Rule<"step-extended-again"> = {
  id: "step-extended-again",
  severity: "warning",
  description: "A step's deadline moved later again since the earlier version: its second extension or more.",
  check({ comparison }) {
    if (!comparison) return [];
    return comparison.changes.flatMap((change) => {
      if ((change.kind !== "target" && change.kind !== "revised") || change.extensions === null || change.extensions < 2) return [];
      const { step, since } = change.step;
      const now = stepDates(step);
      const from = stepDates(since).dueDate;
      const cell = now.dueDate === now.revisedDate ? step.revised : step.target;
      if (!cell || !from || !now.dueDate) return [];
      const params = { from, to: now.dueDate, days: daysBetween(from, now.dueDate), extensions: change.extensions, since: comparison.asOf };
      return [{ row: cell.row, col: cell.col, item: change.item, value: cell.raw, params }];
    });
  },
};
