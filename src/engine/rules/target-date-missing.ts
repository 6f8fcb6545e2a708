import type { Step } from "../plan";
import type { DateRead } from "../values/dates";
import { markerOf } from "../status";
import type { Rule, RuleHit } from "./rule";
import { forEachStep } from "../each-step";

/** A date, or a marker that needs none ("Ongoing"); "TBC" is a date still owed. */
function hasDeadline(step: Step): boolean {
  return isDeadline(step.target?.read) || isDeadline(step.revised?.read);
}

function isDeadline(read: DateRead | undefined): boolean {
  return read !== undefined && read.kind !== "empty" && markerOf(read) !== "to-be-confirmed";
}

/** A step with no target date can never be late, so nobody will chase it. */
export const targetDateMissing: Rule<"target-date-missing"> = {
  id: "target-date-missing",
  severity: "warning",
  description: "A step that is not done has no target date, or only 'TBC' (and no revised date).",
  check({ plan }) {
    const col = plan.columns.targetDate ?? plan.columns.dateAndOwner;
    if (col === undefined) return [];
    const hits: Array<RuleHit<"target-date-missing">> = [];
    forEachStep(plan, (step, item) => {
      if (step.done || hasDeadline(step)) return;
      const tbc = step.target?.read.kind === "marker" ? step.target.raw : null;
      hits.push({ row: step.row, col: step.target?.col ?? col, item, value: tbc, params: { reason: tbc === null ? "empty" : "to-be-confirmed" } });
    });
    return hits;
  },
};
