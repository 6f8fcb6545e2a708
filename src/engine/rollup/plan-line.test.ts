import { ESCALATION_RULES } from "../summary/escalations";
import { summariseReport, unreadLine } from "./plan-line";
import { item, planSheet, report, step } from "./test-reports";

describe("summariseReport: what the roll-up keeps of a report", () => {
  it("gives a plan sheet's counts, savings by Savings RAG and escalations with their cell and why", () => {
    const sheet = planSheet({
      items: [
        item({ id: "2.1", row: 62, actionRag: "amber", savingsRag: "red", saving: 2_100_000 }),
        item({ id: "2.2", row: 82, actionRag: "amber", savingsRag: "red", saving: null, owners: ["T. Collins", "J. Gregg"] }),
        item({ id: "3.1", row: 90, actionRag: "green", savingsRag: null, saving: null }),
      ],
      escalations: ["2.1", "2.2"],
      findings: [
        { rule: "owner-missing", severity: "error", sheet: "LAC Progress Jun-16", cell: "E90", message: "No owner.", itemId: "3.1", value: null },
        { rule: "rag-missing", severity: "warning", sheet: "LAC Progress Jun-16", cell: "J90", message: "No RAG.", itemId: "3.1", value: null },
      ],
    });
    sheet.totals = { ...sheet.totals, savingByRag: { red: 2_100_000, amber: 0, green: 0, blue: 0, none: 500_000 }, slippedSteps: 10, overdueSteps: 12 };
    const [line] = summariseReport(report({ sheets: [sheet] }));
    expect(line).toEqual({
      kind: "plan",
      file: "children/lac-progress.xlsx",
      sheet: "LAC Progress Jun-16",
      asOf: "2016-06-29",
      rule: ESCALATION_RULES["red-amber-with-saving"].words,
      items: 3,
      slipped: 10,
      overdue: 12,
      dueSoon: 0,
      changes: null,
      errors: 1,
      savingByRag: { red: 2_100_000, amber: 0, green: 0, blue: 0, none: 500_000 },
      escalations: [
        expect.objectContaining({ id: "2.1", cell: "A62", saving: 2_100_000, why: "Amber for action, with a saving of £2,100,000 attached" }),
        expect.objectContaining({ id: "2.2", cell: "A82", owners: ["T. Collins", "J. Gregg"], why: "Amber for action, with a Savings RAG of Red" }),
      ],
    });
  });

  it("finds an item without an id by its row, in the title column when the plan has no id column", () => {
    const sheet = planSheet({ columns: { title: "B", owner: "C" }, items: [item({ id: null, row: 14 })], escalations: ["row 14"] });
    const [line] = summariseReport(report({ sheets: [sheet] }));
    expect(line.kind === "plan" && line.escalations.map((e) => [e.id, e.cell])).toEqual([["row 14", "B14"]]);
  });

  it("quotes a rule it does not know rather than guess why an item was picked", () => {
    const [line] = summariseReport(report({ rule: "Items the Board asked to see" }));
    expect(line.kind === "plan" && line.escalations[0].why).toBe("Items the Board asked to see");
  });

  it.each([
    ["due on the as-of date", step({ targetDate: "2016-06-29" }), 1],
    ["due 28 days after it", step({ targetDate: "2016-07-27" }), 1],
    ["due 29 days after it", step({ targetDate: "2016-07-28" }), 0],
    ["already overdue", step({ targetDate: "2016-06-28", overdueDays: 1 }), 0],
    ["done", step({ targetDate: "2016-07-10", done: true }), 0],
    ["moved out by a revised date", step({ targetDate: "2016-07-10", revisedDate: "2016-09-30", slippageDays: 82 }), 0],
    ["with a revised date before its target (the target stays due)", step({ targetDate: "2016-07-10", revisedDate: "2016-05-01" }), 1],
    ["with no date", step({ targetDate: null, targetText: "TBC", targetMarker: "to-be-confirmed" }), 0],
  ])("counts a step %s as due soon or not", (_name, s, expected) => {
    const [line] = summariseReport(report({ sheets: [planSheet({ items: [item({ steps: [s] })] })] }));
    expect(line.kind === "plan" && line.dueSoon).toBe(expected);
  });

  it("counts the report's own steps due soon (made with its --due-within) and what changed since the earlier version", () => {
    const soon = { id: "2.1", row: 62, targetDate: "2016-08-31", daysLeft: 63, cell: "F62", text: "Review 40 cases", owners: ["T. Collins"] };
    const moved = { id: "2.1", kind: "rag" as const, row: 62, sinceRow: 60, step: null, from: "Green", to: "Amber", days: null, extensions: null, direction: "worse" as const };
    const since = { file: "may/lac-progress.xlsx", sheet: "LAC Progress May-16", asOf: "2016-05-31", columns: [] };
    const [line] = summariseReport(report({ dueWithin: 90, sheets: [planSheet({ dueSoon: [soon], since, changes: [moved] })] }));
    expect(line).toMatchObject({ dueSoon: 1, changes: 1 });
    const [alone] = summariseReport(report({ sheets: [planSheet({ dueSoon: [], since: null, changes: [] })] }));
    expect(alone).toMatchObject({ dueSoon: 0, changes: null });
  });

  it("ages a plan by its own reporting date; by the chosen as-of when it has none; not at all when it was checked as of today", () => {
    const noDate = planSheet({ reportingDate: null });
    expect(summariseReport(report({ sheets: [planSheet({ reportingDate: "2016-05-31" })] }))[0]).toMatchObject({ asOf: "2016-05-31" });
    expect(summariseReport(report({ asOf: "2016-07-01", asOfSource: "option", sheets: [noDate] }))[0]).toMatchObject({ asOf: "2016-07-01" });
    expect(summariseReport(report({ asOf: "2026-11-28", asOfSource: "today", sheets: [noDate] }))[0]).toMatchObject({ asOf: null });
  });

  it("gives a line per plan sheet of a workbook, and one saying why for a workbook with none", () => {
    const two = report({ sheets: [planSheet({ name: "Plan Jun-16" }), planSheet({ name: "Plan May-16" })] });
    expect(summariseReport(two).map((line) => line.kind === "plan" && line.sheet)).toEqual(["Plan Jun-16", "Plan May-16"]);
    const none = report({ sheets: [{ name: "Notes", kind: "not-a-plan", reason: "The sheet is empty.", findings: [] }] });
    expect(summariseReport(none)).toEqual([{ kind: "no-plan", file: "children/lac-progress.xlsx", reason: "No plan found. 'Notes': The sheet is empty." }]);
  });

  it("keeps a workbook that could not be read with its sentence", () => {
    expect(unreadLine("bad.xlsx", "'bad.xlsx' is empty.")).toEqual({ kind: "error", file: "bad.xlsx", reason: "'bad.xlsx' is empty." });
  });
});
