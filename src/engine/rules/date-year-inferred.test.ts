import type { DateRead } from "../values/dates";
import { dateYearInferred } from "./date-year-inferred";
import { COL, describeRule, item, plan } from "../../../test/engine/test-plan";

/** An item whose target cell holds `read`, as the reader leaves it after giving the year. */
function withTarget(row: number, raw: string, read: DateRead) {
  const it = item({ id: "3", row, owner: "DM", actionRag: "Green" });
  return { ...it, steps: [{ ...it.steps[0], target: { row, col: COL.targetDate, raw, read } }] };
}

const aug14: DateRead = { kind: "date", date: "2012-08-14", start: "2012-08-14", precision: "day", text: "14 Aug", yearFrom: { from: "section", text: "May 2012", cell: null } };
const june: DateRead = { kind: "date", date: "2012-06-30", start: "2012-06-01", precision: "month", text: "June", yearFrom: { from: "nearby", text: "17.7.12", cell: "F10" } };

describeRule(dateYearInferred, [
  {
    name: "'14 Aug' under 'May 2012'",
    plan: plan({ items: [withTarget(12, "14 Aug", aug14)] }),
    expected: [{ cell: "F12", value: "14 Aug", severity: "info", message: "Read '14 Aug' in F12 as 14 Aug 2012, from the section 'May 2012'; write the year if that is wrong." }],
  },
  {
    name: "'June' near '17.7.12'",
    plan: plan({ items: [withTarget(11, "June", june)] }),
    expected: [{ cell: "F11", message: "Read 'June' in F11 as Jun 2012, from the date '17.7.12' in F10; write the year if that is wrong." }],
  },
  {
    name: "'End May' placed by the as-of date the user chose",
    plan: plan({ items: [withTarget(4, "End May", { kind: "date", date: "2002-05-31", start: "2002-05-01", precision: "month", text: "End May", yearFrom: { from: "as-of", text: "2002-06-26", cell: null } })] }),
    expected: [{ cell: "F4", message: "Read 'End May' in F4 as May 2002, from the as-of date you chose (26 Jun 2002); write the year if that is wrong." }],
  },
  { name: "a date written with its year says nothing", plan: plan({ items: [item({ id: "1", row: 5, steps: [{ row: 5, target: "Mar-16" }] })] }), expected: [] },
]);
