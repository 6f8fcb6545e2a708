import type { Item, Located, PlanSheet, Step } from "../plan";
import { daysBetween, dueCellOf, type StepStatus } from "../status";
import type { DateRead } from "../values/dates";
import { forEachStep } from "../each-step";

/** Four weeks: what falls due before the next monthly report. */
export const DEFAULT_DUE_WITHIN = 28;

/** A step not done whose deadline falls within the coming days. */
export interface DueSoonStep {
  item: Item;
  step: Step;
  /** The deadline: the revised date if there is one, else the target. */
  dueDate: string;
  /** Days from the as-of date to the deadline; 0 when it is due that very day. */
  daysLeft: number;
  /** The cell the deadline was read from. */
  dueCell: Located<DateRead>;
}

/** Steps not done whose deadline falls on the as-of date or within `within` days after it, soonest first. */
export function dueSoonSteps(plan: PlanSheet, status: (step: Step) => StepStatus, asOf: string, within: number): DueSoonStep[] {
  const soon: DueSoonStep[] = [];
  forEachStep(plan, (step, item) => {
    const dates = status(step);
    const { dueDate } = dates;
    if (step.done || !dueDate) return;
    const daysLeft = daysBetween(asOf, dueDate);
    const dueCell = dueCellOf(step, dates);
    if (daysLeft < 0 || daysLeft > within || !dueCell) return;
    soon.push({ item, step, dueDate, daysLeft, dueCell });
  });
  return soon.sort((a, b) => a.daysLeft - b.daysLeft || a.step.row - b.step.row);
}
