import { dateText, type Rule, type RuleHit } from "./rule";

/** Slippage is news for the board, not a fault in the sheet: an info finding on the revised date. */
export const slipped: Rule<"slipped"> = {
  id: "slipped",
  severity: "info",
  description: "A step's revised date is later than its target date: the deadline slipped by that many days.",
  check({ plan, status }) {
    const hits: Array<RuleHit<"slipped">> = [];
    for (let i = 0; i < plan.items.length; i++) {
      const item = plan.items[i];
      for (let j = 0; j < item.steps.length; j++) {
        const step = item.steps[j];
        const { target, revised } = step;
        // Only a step with both dates can slip: the others are not looked up.
        const days = target && revised ? status(step).slippageDays : null;
        if (days !== null && target && revised) hits.push({ row: revised.row, col: revised.col, item, value: dateText(revised), params: { target: dateText(target), revised: dateText(revised), days } });
      }
    }
    return hits;
  },
};
