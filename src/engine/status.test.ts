import { item } from "../../test/engine/test-plan";
import { address } from "./grid";
import { daysBetween, dueCellOf, stepStatus } from "./status";

const AS_OF = "2016-06-29";
const stepOf = (target?: string, revised?: string, actionRag?: string) => item({ id: "2.1", row: 72, actionRag, steps: [{ row: 72, target, revised }] }).steps[0];

describe("stepStatus on seed 004's rows, as of 29 June 2016", () => {
  const cases: Array<[string, ReturnType<typeof stepOf>, Partial<ReturnType<typeof stepStatus>>]> = [
    ["2.1: Apr-16 → May-16 slipped 31 days, 29 days overdue", stepOf("Apr-16", "May-16"), { targetDate: "2016-04-30", revisedDate: "2016-05-31", dueDate: "2016-05-31", slippageDays: 31, overdueDays: 29, revisedBeforeTarget: false }],
    ["2.1 step 6: Jun-16 is due on the 30th, not yet overdue", stepOf("Jun-16"), { dueDate: "2016-06-30", slippageDays: null, overdueDays: null }],
    ["1.3 step 1: May-16, 29 days overdue", stepOf("May-16"), { overdueDays: 29 }],
    ["4.7: Sep-16 revised to Jun-16 is swapped, not negative slippage; the later date stays due", stepOf("Sep-16", "Jun-16"), { slippageDays: null, revisedBeforeTarget: true, dueDate: "2016-09-30", overdueDays: null }],
    ["5.1: Sep-16 revised to May-16", stepOf("Sep-16", "May-16"), { revisedBeforeTarget: true, overdueDays: null }],
    ["2.1 step 3: Feb-16 then Complete is done, never overdue", stepOf("Feb-16", "Complete"), { overdueDays: null, dueDate: "2016-02-29" }],
    ["2.5: a Blue item's Jan-16 step is done", stepOf("Jan-16", undefined, "Blue"), { overdueDays: null }],
    ["2.4 step 2: Ongoing has no due date", stepOf("Ongoing"), { dueDate: null, overdueDays: null, slippageDays: null }],
    ["1.4 step 3: target Complete, revised Mar-16", stepOf("Complete", "Mar-16"), { targetDate: null, revisedDate: "2016-03-31", slippageDays: null, overdueDays: null }],
  ];
  it.each(cases)("%s", (_name, step, expected) => {
    expect(stepStatus(step, AS_OF)).toMatchObject(expected);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2016-04-30", "2016-05-31", 31],
    ["2016-05-31", "2016-06-29", 29],
    ["2016-02-28", "2016-03-01", 2],
    ["2016-03-26", "2016-03-28", 2],
    ["2016-06-29", "2016-05-31", -29],
  ])("%s → %s is %i days", (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });
});

describe("dueCellOf: the cell a step's deadline is read from (the report's dueCell, the pane's link)", () => {
  it.each([
    ["2.1: Apr-16 revised to May-16: the revised date's", stepOf("Apr-16", "May-16"), "G72"],
    ["a target alone: the target's", stepOf("Sep-16"), "F72"],
    ["revised Complete, no revised date: the target's", stepOf("Feb-16", "Complete"), "F72"],
    ["4.7: revised Jun-16 before its Sep-16 target, a slip of the pen: the target's, which stays due", stepOf("Sep-16", "Jun-16"), "F72"],
    ["no date at all (Ongoing): none", stepOf("Ongoing"), null],
  ])("%s", (_name, step, cell) => {
    const due = dueCellOf(step);
    expect(due && address(due.row, due.col)).toBe(cell);
  });
});
