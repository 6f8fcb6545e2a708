import { ragInconsistentWithDates } from "./rag-inconsistent-with-dates";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(ragInconsistentWithDates, [
  {
    name: "1.3 is Green (J32) but step 1 (May-16) is 29 days overdue",
    plan: plan({ items: [item({ id: "1.3", row: 30, ragRow: 32, actionRag: "Green", steps: [{ row: 30, target: "May-16" }, { row: 31, target: "Oct-16" }, { row: 32, target: "Apr-16", revised: "Complete" }] })] }),
    expected: [{ cell: "J32", itemId: "1.3", value: "Green", params: { reason: "overdue", rag: "green", overdueSteps: 1, mostDays: 29 }, severity: "warning" }],
  },
  {
    name: "Blue but a step is due Sep-16 and not marked Complete",
    plan: plan({ items: [item({ id: "2.5", row: 90, actionRag: "Blue", steps: [{ row: 90, target: "Jan-16", revised: "Complete" }, { row: 91, target: "Sep-16" }] })] }),
    expected: [{ cell: "J90", params: { reason: "blue-not-done", due: "Sep-16", stepRow: 91 } }],
  },
  { name: "4.1 Blue with every step Complete", plan: plan({ items: [item({ id: "4.1", row: 147, actionRag: "Blue", steps: [{ row: 147, target: "Complete", revised: "Mar-16" }, { row: 148, target: "Complete", revised: "Mar-16" }] })] }), expected: [] },
  { name: "3.2 Blue with 'Ongoing' steps", plan: plan({ items: [item({ id: "3.2", row: 108, actionRag: "Blue", steps: [{ row: 108, target: "Ongoing" }, { row: 110, target: "Termly Review" }] })] }), expected: [] },
  { name: "2.1 Amber with overdue steps is honest", plan: plan({ items: [item({ id: "2.1", row: 72, actionRag: "Amber", steps: [{ row: 72, target: "Apr-16", revised: "May-16" }] })] }), expected: [] },
  { name: "4.4 Green with every step Complete", plan: plan({ items: [item({ id: "4.4", row: 165, ragRow: 166, actionRag: "Green", steps: [{ row: 165, target: "Mar-16", revised: "Complete" }, { row: 167, target: "Jun-16", revised: "Complete" }] })] }), expected: [] },
]);
