import { dateText, type Rule, type RuleHit } from "./rule";
import { forEachStep } from "../each-step";

/** A step not done whose deadline (revised if any, else target) has passed on the as-of date. */
export const overdue: Rule<"overdue"> = {
  id: "overdue",
  severity: "warning",
  description: "A step that is not done is past its due date (the revised date if there is one, else the target) on the as-of date.",
  check({ plan, status, asOf }) {
    const hits: Array<RuleHit<"overdue">> = [];
    forEachStep(plan, (step, item) => {
      const s = status(step);
      const due = s.dueDate !== null && s.dueDate === s.revisedDate ? step.revised : step.target;
      if (s.overdueDays !== null && due) hits.push({ row: due.row, col: due.col, item, value: dateText(due), params: { due: dateText(due), days: s.overdueDays, asOf } });
    });
    return hits;
  },
};
