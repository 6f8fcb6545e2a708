import { revisedBeforeTarget } from "./revised-before-target";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(revisedBeforeTarget, [
  {
    name: "4.7: target Sep-16, revised Jun-16 (row 174); step 2 Apr-16 → Jun-16 is fine",
    plan: plan({ items: [item({ id: "4.7", row: 174, actionRag: "Amber", savingsRag: "Red", saving: "-500", steps: [{ row: 174, target: "Sep-16", revised: "Jun-16" }, { row: 175, target: "Apr-16", revised: "Jun-16" }] })] }),
    expected: [{ cell: "G174", itemId: "4.7", value: "Jun-16", params: { target: "Sep-16", targetCell: "F174", revisedHeader: "REVISED END DATE" }, severity: "warning" }],
  },
  { name: "5.1: target Sep-16, revised May-16 (row 188)", plan: plan({ items: [item({ id: "5.1", row: 188, steps: [{ row: 188, target: "Sep-16", revised: "May-16" }] })] }), expected: [{ cell: "G188", value: "May-16" }] },
  { name: "2.1: Apr-16 → May-16 slipped, not swapped", plan: plan({ items: [item({ id: "2.1", row: 72, steps: [{ row: 72, target: "Apr-16", revised: "May-16" }] })] }), expected: [] },
  { name: "1.4 step 3: target 'Complete', revised Mar-16", plan: plan({ items: [item({ id: "1.4", row: 37, steps: [{ row: 37, target: "Complete", revised: "Mar-16" }] })] }), expected: [] },
  { name: "the same month in both", plan: plan({ items: [item({ id: "4.2", row: 151, steps: [{ row: 151, target: "Jun-16", revised: "Jun-16" }] })] }), expected: [] },
]);
