import { dateYearUnclear } from "./date-year-unclear";
import { COL, describeRule, item, plan } from "../../../test/engine/test-plan";

const yearless = () => {
  const it = item({ id: "4", row: 9, owner: "PL", actionRag: "Amber" });
  return { ...it, steps: [{ ...it.steps[0], target: { row: 9, col: COL.targetDate, raw: "13 Nov", read: { kind: "unreadable" as const, problem: "no-year" as const, text: "13 Nov", month: 11, day: 13 } } }] };
};

describeRule(dateYearUnclear, [
  {
    name: "'13 Nov' with nothing around it",
    plan: plan({ items: [yearless()] }),
    expected: [{ cell: "F9", value: "13 Nov", severity: "warning", message: "'13 Nov' in F9 has no year, and neither its section, the dates near it nor a reporting date settle one: write it with its year." }],
  },
  { name: "a full date", plan: plan({ items: [item({ id: "1", row: 5, steps: [{ row: 5, target: "Mar-16" }] })] }), expected: [] },
]);
