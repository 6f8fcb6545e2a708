import type { Rule } from "./rule";

/** A step with no target date can never be late, so nobody will chase it. */
export const targetDateMissing: Rule = {
  id: "target-date-missing",
  severity: "warning",
  description: "A step has no target date (and no revised date, and is not marked complete).",
  check({ plan }) {
    const col = plan.columns.targetDate ?? plan.columns.dateAndOwner;
    if (col === undefined) return [];
    return plan.items.flatMap((item) =>
      item.steps
        .filter((step) => !step.done && (!step.target || step.target.read.kind === "empty") && !step.revised)
        .map((step) => ({ row: step.row, col, item, value: null })),
    );
  },
};
