import { describeRule, item, plan } from "../../../test/engine/test-plan";
import { targetDateMissing } from "./target-date-missing";

describeRule(targetDateMissing, [
  {
    name: "1.1 step 2: 'TBC' (row 24)",
    plan: plan({ items: [item({ id: "1.1", row: 23, actionRag: "Amber", steps: [{ row: 23, target: "Mar-16", revised: "Complete" }, { row: 24, target: "TBC" }, { row: 25, target: "Jun-16" }] })] }),
    expected: [{ cell: "F24", itemId: "1.1", value: "TBC", params: { reason: "to-be-confirmed" }, severity: "warning" }],
  },
  { name: "3.10: no target date at all (row 134)", plan: plan({ items: [item({ id: "3.10", row: 134, actionRag: "Green", steps: [{ row: 134, text: "Establish local point of access" }] })] }), expected: [{ cell: "F134", value: null, params: { reason: "empty" } }] },
  { name: "2.4 step 2: 'Ongoing' has no deadline by nature", plan: plan({ items: [item({ id: "2.4", row: 88, steps: [{ row: 88, target: "Mar-16" }, { row: 89, target: "Ongoing" }] })] }), expected: [] },
  { name: "3.2 step 3: 'Termly Review'", plan: plan({ items: [item({ id: "3.2", row: 108, actionRag: "Green", steps: [{ row: 110, target: "Termly Review" }] })] }), expected: [] },
  { name: "1.6: target 'Complete' (done)", plan: plan({ items: [item({ id: "1.6", row: 47, steps: [{ row: 47, target: "Complete", revised: "Apr-16" }] })] }), expected: [] },
  { name: "an empty target with a revised date still has a deadline", plan: plan({ items: [item({ id: "4.3", row: 160, steps: [{ row: 160, target: "", revised: "Jan-16" }] })] }), expected: [] },
  { name: "'TBC' target with a revised date has a deadline", plan: plan({ items: [item({ id: "1.1", row: 24, steps: [{ row: 24, target: "TBC", revised: "Sep-16" }] })] }), expected: [] },
  { name: "a Blue item's undated step is done", plan: plan({ items: [item({ id: "2.5", row: 91, actionRag: "Blue", steps: [{ row: 91, text: "We will launch Space" }] })] }), expected: [] },
  { name: "a sheet with no target date column", plan: plan({ items: [item({ id: "3.10", row: 134, steps: [{ row: 134 }] })], without: ["targetDate"] }), expected: [] },
]);
