import { ragOf } from "../values/rag";
import type { Item } from "../plan";
import { markerOf } from "../status";
import type { FindingParamsByRule } from "../findings";
import { dateText, type Rule, type RuleContext, type RuleHit } from "./rule";

type Params = FindingParamsByRule["rag-inconsistent-with-dates"];

/** Green or Blue says "on track" or "done"; an overdue step says otherwise. */
function overdueParams(item: Item, { status }: RuleContext): Params | null {
  const rag = ragOf(item.actionRag);
  if (rag !== "green" && rag !== "blue") return null;
  let overdueSteps = 0;
  let mostDays = -Infinity;
  for (let j = 0; j < item.steps.length; j++) {
    const step = item.steps[j];
    const days = status(step).overdueDays;
    if (days === null) continue;
    overdueSteps++;
    mostDays = Math.max(mostDays, days);
  }
  return overdueSteps ? { reason: "overdue", rag, overdueSteps, mostDays } : null;
}

/**
 * Blue says complete, and the reader marks every step of a Blue item done; a step whose own
 * cells do not say Complete and whose deadline is still to come contradicts it.
 */
function blueNotDoneParams(item: Item, { status, asOf }: RuleContext): Params | null {
  if (ragOf(item.actionRag) !== "blue") return null;
  for (let j = 0; j < item.steps.length; j++) {
    const step = item.steps[j];
    const saysDone = markerOf(step.target?.read) === "done" || markerOf(step.revised?.read) === "done";
    const s = status(step);
    const due = s.dueDate === s.revisedDate ? step.revised : step.target;
    if (!saysDone && due && s.dueDate !== null && s.dueDate > asOf) return { reason: "blue-not-done", rag: "blue", due: dateText(due), stepRow: step.row };
  }
  return null;
}

/** The RAG is the first thing a board reads, so it must agree with the dates beside it. */
export const ragInconsistentWithDates: Rule<"rag-inconsistent-with-dates"> = {
  id: "rag-inconsistent-with-dates",
  severity: "warning",
  description: "An item is Green or Blue but has an overdue step, or is Blue (complete) but a step is still to be done.",
  check(ctx) {
    const hits: Array<RuleHit<"rag-inconsistent-with-dates">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = ctx.plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const rag = item.actionRag;
      const params = overdueParams(item, ctx) ?? blueNotDoneParams(item, ctx);
      if (rag && params) hits.push({ row: rag.row, col: rag.col, item, value: rag.raw, params });
    }
    return hits;
  },
};
