import { address } from "../grid";
import { dateText, type Rule, type RuleHit } from "./rule";
import { forEachStep } from "../each-step";

/**
 * A revised date earlier than the target usually means the two columns were typed the wrong
 * way round (seed 004's 4.7: target Sep-16, revised Jun-16, while the update says the work
 * moved to September). It is reported, never read as negative slippage.
 */
export const revisedBeforeTarget: Rule<"revised-before-target"> = {
  id: "revised-before-target",
  severity: "warning",
  description: "A step's revised date is earlier than its target date: the two columns look swapped.",
  check({ plan, status }) {
    const hits: Array<RuleHit<"revised-before-target">> = [];
    forEachStep(plan, (step, item) => {
      const { target, revised } = step;
      if (!target || !revised || !status(step).revisedBeforeTarget) return;
      const revisedHeader = plan.headers[revised.col] ?? "the revised date column";
      hits.push({ row: revised.row, col: revised.col, item, value: dateText(revised), params: { target: dateText(target), targetCell: address(target.row, target.col), revisedHeader } });
    });
    return hits;
  },
};
