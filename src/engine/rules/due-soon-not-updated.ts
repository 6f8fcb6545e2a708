import { dateText, type Rule } from "./rule";

const words = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A step falling due within weeks whose update reads as it did in the last report: nobody has
 * said whether it will be met. Only a plan with an update column in both versions can tell.
 */
export const dueSoonNotUpdated: Rule<"due-soon-not-updated"> = {
  id: "due-soon-not-updated",
  severity: "warning",
  description: "A step due within the coming weeks whose update has not changed since the earlier version.",
  check({ comparison, dueSoon, plan }) {
    const col = plan.columns.update;
    if (!comparison || col === undefined || comparison.plan.columns.update === undefined) return [];
    const earlier = new Map(comparison.pairs.flatMap((pair) => pair.steps.map((s) => [s.step, s.since] as const)));
    return dueSoon.flatMap(({ item, step, daysLeft, dueCell }) => {
      const since = earlier.get(step);
      if (!since || words(since.update) !== words(step.update)) return [];
      return [{ row: step.row, col, item, value: step.update || null, params: { due: dateText(dueCell), days: daysLeft, since: comparison.asOf } }];
    });
  },
};
