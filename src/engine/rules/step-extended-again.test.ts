import { stepExtendedAgain } from "./step-extended-again";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

/** Seed 004's 2.3 step 2 (row 86): Apr-16, revised to Jul-16 in June. */
const june = (target: string, revised?: string) => plan({ items: [item({ id: "2.3", row: 85, steps: [{ row: 85, target: "Mar-16", revised: "Complete" }, { row: 86, target, revised }] })] });
const may = (target: string, revised?: string) => ({ ...june(target, revised), name: "LAC Progress May-16", reportingDate: null });
const mayReported = (target: string, revised?: string) => plan({ name: "LAC Progress May-16", reportingDate: "May-16", items: june(target, revised).items });

describeRule(stepExtendedAgain, [
  {
    name: "2.3: Apr-16 revised to May-16 last month, to Jul-16 now: the second extension",
    plan: june("Apr-16", "Jul-16"),
    since: mayReported("Apr-16", "May-16"),
    expected: [
      {
        cell: "G86", itemId: "2.3", value: "Jul-16", severity: "warning",
        params: { from: "2016-05-31", to: "2016-07-31", days: 61, extensions: 2, since: "2016-05-31" },
        message: "Item 2.3: the step's deadline in G86 moved again since 31 May 2016, from 31 May 2016 to 31 Jul 2016 (61 days later), its 2nd extension: ask the owner whether the new date will hold, and say in the update why it moved.",
      },
    ],
  },
  { name: "the target itself typed over with a later month after a revision", plan: june("Jun-16"), since: may("Mar-16", "Apr-16"), expected: [{ cell: "F86", params: { from: "2016-04-30", to: "2016-06-30", extensions: 2, since: null } }] },
  { name: "2.1: a revised date given for the first time is one extension, not two", plan: june("Apr-16", "May-16"), since: may("Apr-16"), expected: [] },
  { name: "the same revised date as last month", plan: june("Apr-16", "May-16"), since: may("Apr-16", "May-16"), expected: [] },
  { name: "a revised date brought forward", plan: june("Apr-16", "May-16"), since: may("Apr-16", "Jul-16"), expected: [] },
  { name: "no earlier version", plan: june("Apr-16", "Jul-16"), expected: [] },
]);
