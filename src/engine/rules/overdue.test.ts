import { overdue } from "./overdue";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(overdue, [
  {
    name: "2.1 as of 29 Jun 2016: Apr-16 → May-16 is 29 days overdue; Jun-16 and Sep-16 are not yet due; Feb-16 Complete is done",
    plan: plan({
      items: [
        item({ id: "2.1", row: 72, actionRag: "Amber", steps: [{ row: 72, target: "Apr-16", revised: "May-16" }, { row: 75, target: "Feb-16", revised: "Complete" }, { row: 78, target: "Jun-16" }, { row: 79, target: "Sep-16" }] }),
      ],
    }),
    expected: [{ cell: "G72", itemId: "2.1", value: "May-16", params: { due: "May-16", days: 29, asOf: "2016-06-29" }, severity: "warning" }],
  },
  { name: "1.3 step 1: May-16, no revision (row 30)", plan: plan({ items: [item({ id: "1.3", row: 30, steps: [{ row: 30, target: "May-16" }] })] }), expected: [{ cell: "F30", params: { days: 29 } }] },
  { name: "a Blue item's steps are done, whatever their dates", plan: plan({ items: [item({ id: "2.5", row: 90, actionRag: "Blue", steps: [{ row: 91, target: "Jan-16" }] })] }), expected: [] },
  { name: "4.7 swapped: the later date (Sep-16) stays due", plan: plan({ items: [item({ id: "4.7", row: 174, steps: [{ row: 174, target: "Sep-16", revised: "Jun-16" }] })] }), asOf: "2016-07-15", expected: [] },
  { name: "due on the as-of date is not overdue", plan: plan({ items: [item({ id: "1.3", row: 30, steps: [{ row: 30, target: "May-16" }] })] }), asOf: "2016-05-31", expected: [] },
  { name: "'Ongoing' has no due date", plan: plan({ items: [item({ id: "2.4", row: 89, steps: [{ row: 89, target: "Ongoing" }] })] }), expected: [] },
]);
