import { checkRows, planSheet, problems, type Row } from "./kit";

/** A best-value improvement plan with a header, each deadline typed with the officer who owns it. */
const rows: Row[] = [
  ["Best Value Review of Libraries: improvement plan"],
  ["Objective", "Action", "Timescale", "Progress"],
  ["Widen access", "Open on Sundays at the central library", "October 2001 Library Services Manager", "Completed October 2001"],
  [null, "Put the catalogue online", "April 2002 Systems Manager", ""],
  [null, null, "Revised Timescale Oct 2002", ""],
  ["Raise standards", "Agree a stock policy", "Immediately Stock Manager/Library Services Manager", ""],
];

describe("a plan whose 'Timescale' holds the date and the owner together", () => {
  it("splits each cell into the date and the owners, and reads a revised timescale as the new deadline", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2002-06-30" }));
    expect(sheet.columns).toMatchObject({ title: "A", action: "B", dateAndOwner: "C", update: "D" });
    expect(sheet.items.map((i) => [i.title, i.owners, i.steps.map((s) => [s.targetDate, s.revisedDate])])).toEqual([
      ["Widen access", ["Library Services Manager", "Systems Manager"], [["2001-10-31", null], ["2002-04-30", "2002-10-31"]]],
      ["Raise standards", ["Stock Manager", "Library Services Manager"], [[null, null]]],
    ]);
  });

  it("raises no owner or date error a reader would not", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2002-06-30" }));
    expect(problems(sheet)).toEqual([]);
    expect(sheet.findings.filter((f) => f.rule === "slipped").map((f) => f.cell)).toEqual(["C5"]);
  });
});
