import { dateText, type Rule, type RuleHit } from "./rule";
import { forEachStep } from "../each-step";

/** Slippage is news for the board, not a fault in the sheet: an info finding on the revised date. */
export const slipped: Rule<"slipped"> = {
  id: "slipped",
  severity: "info",
  description: "A step's revised date is later than its target date: the deadline slipped by that many days.",
  check({ plan, status }) {
    const hits: Array<RuleHit<"slipped">> = [];
    forEachStep(plan, (step, item) => {
      const { target, revised } = step;
      // Only a step with both dates can slip: the others are not looked up.
      const days = target && revised ? status(step).slippageDays : null;
      if (days !== null && target && revised) hits.push({ row: revised.row, col: revised.col, item, value: dateText(revised), params: { target: dateText(target), revised: dateText(revised), days } });
    });
    return hits;
  },
};
