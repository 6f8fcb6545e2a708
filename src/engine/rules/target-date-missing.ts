import type { Step } from "../plan";
import { markerOf } from "../status";
import type { Rule } from "./rule";

/** A date, or a marker that needs none ("Ongoing"); "TBC" is a date still owed. */
function hasDeadline(step: Step): boolean {
  const reads = [step.target?.read, step.revised?.read];
  return reads.some((read) => read !== undefined && read.kind !== "empty" && markerOf(read) !== "to-be-confirmed");
}

/** A step with no target date can never be late, so nobody will chase it. */
export const targetDateMissing: Rule<"target-date-missing"> = {
  id: "target-date-missing",
  severity: "warning",
  description: "A step that is not done has no target date, or only 'TBC' (and no revised date).",
  check({ plan }) {
    const col = plan.columns.targetDate ?? plan.columns.dateAndOwner;
    if (col === undefined) return [];
    return plan.items.flatMap((item) =>
      item.steps
        .filter((step) => !step.done && !hasDeadline(step))
        .map((step) => {
          const tbc = step.target?.read.kind === "marker" ? step.target.raw : null;
          return {
            row: step.row,
            col: step.target?.col ?? col,
            item,
            value: tbc,
            params: { reason: tbc === null ? ("empty" as const) : ("to-be-confirmed" as const) },
          };
        }),
    );
  },
};
