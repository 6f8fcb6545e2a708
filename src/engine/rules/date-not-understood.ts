import type { Located, Step } from "../plan";
import type { DateRead } from "../values/dates";
import type { Rule } from "./rule";

function dateCells(step: Step): Array<Located<DateRead>> {
  return [step.target, step.revised].filter((cell): cell is Located<DateRead> => cell !== null);
}

/** A date nobody can read is a deadline nobody can check. */
export const dateNotUnderstood: Rule = {
  id: "date-not-understood",
  severity: "error",
  description: "A date cell holds text that is not a date or a known marker (Complete, Ongoing, TBC).",
  check({ plan }) {
    return plan.items.flatMap((item) =>
      item.steps.flatMap((step) =>
        dateCells(step)
          .filter((cell) => cell.read.kind === "unreadable" && cell.read.problem === "not-understood")
          .map((cell) => ({ row: cell.row, col: cell.col, item, value: cell.raw })),
      ),
    );
  },
};
