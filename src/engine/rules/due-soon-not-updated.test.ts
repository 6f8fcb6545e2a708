import { dueSoonNotUpdated } from "./due-soon-not-updated";
import { describeRule, item, plan, type StepSpec } from "../../../test/engine/test-plan";

/** Seed 004's 1.8 step 2 (row 57): Jun-16, due a day after the 29 June report. */
const version = (step: Partial<StepSpec>, name = "LAC Progress Jun-16", without: Array<"update"> = []) =>
  plan({ name, without, reportingDate: name.endsWith("May-16") ? "May-16" : undefined, items: [item({ id: "1.8", row: 56, actionRag: "Green", steps: [{ row: 56, target: "Mar-16", revised: "Complete" }, { row: 57, target: "Jun-16", ...step }] })] });
const may = (step: Partial<StepSpec> = {}, without: Array<"update"> = []) => version(step, "LAC Progress May-16", without);

describeRule(dueSoonNotUpdated, [
  {
    name: "1.8 step 2 due 30 June, its update blank in both versions",
    plan: version({}),
    since: may(),
    expected: [{ cell: "D57", itemId: "1.8", value: null, severity: "warning", params: { due: "Jun-16", days: 1, since: "2016-05-31" }, message: "Item 1.8: the step due Jun-16 is due in 1 day, with no update since 31 May 2016 in D57: ask its owner where it stands." }],
  },
  { name: "the same words, spaced differently", plan: version({ update: "Meeting  held." }), since: may({ update: "Meeting held. " }), expected: [{ cell: "D57", value: "Meeting  held." }] },
  { name: "12 days ahead of 19 June", asOf: "2016-06-18", plan: version({ update: "As above." }), since: may({ update: "As above." }), expected: [{ params: { days: 12 } }] },
  { name: "the update was written this month", plan: version({ update: "Pathway agreed at the June meeting." }), since: may({ update: "" }), expected: [] },
  { name: "the step is Complete", plan: version({ revised: "Complete" }), since: may(), expected: [] },
  { name: "due in September: not soon", plan: version({ target: "Sep-16" }), since: may({ target: "Sep-16" }), expected: [] },
  { name: "the earlier version had no update column: nothing to compare", plan: version({}), since: may({}, ["update"]), expected: [] },
  { name: "no earlier version", plan: version({}), expected: [] },
]);
