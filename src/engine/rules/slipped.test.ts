import { slipped } from "./slipped";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(slipped, [
  {
    name: "2.1: Apr-16 → May-16 slipped 31 days (rows 72, 73)",
    plan: plan({ items: [item({ id: "2.1", row: 72, steps: [{ row: 72, target: "Apr-16", revised: "May-16" }, { row: 73, target: "Apr-16", revised: "May-16" }, { row: 78, target: "Jun-16" }] })] }),
    expected: [
      { cell: "G72", value: "May-16", params: { target: "Apr-16", revised: "May-16", days: 31 }, severity: "info" },
      { cell: "G73", params: { days: 31 } },
    ],
  },
  { name: "2.3 step 2: Apr-16 → Jul-16 slipped 92 days", plan: plan({ items: [item({ id: "2.3", row: 87, steps: [{ row: 87, target: "Apr-16", revised: "Jul-16" }] })] }), expected: [{ cell: "G87", params: { days: 92 } }] },
  { name: "4.7: revised before target is not negative slippage", plan: plan({ items: [item({ id: "4.7", row: 174, steps: [{ row: 174, target: "Sep-16", revised: "Jun-16" }] })] }), expected: [] },
  { name: "revised 'Complete'", plan: plan({ items: [item({ id: "2.1", row: 80, steps: [{ row: 80, target: "Feb-16", revised: "Complete" }] })] }), expected: [] },
]);
