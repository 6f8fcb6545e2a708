import { dateText, type Rule } from "./rule";

/** Slippage is news for the board, not a fault in the sheet: an info finding on the revised date. */
export const slipped: Rule<"slipped"> = {
  id: "slipped",
  severity: "info",
  description: "A step's revised date is later than its target date: the deadline slipped by that many days.",
  check({ plan, status }) {
    return plan.items.flatMap((item) =>
      item.steps.flatMap((step) => {
        const days = status(step).slippageDays;
        if (days === null || !step.target || !step.revised) return [];
        return [{ row: step.revised.row, col: step.revised.col, item, value: dateText(step.revised), params: { target: dateText(step.target), revised: dateText(step.revised), days } }];
      }),
    );
  },
};
