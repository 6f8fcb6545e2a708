import type { Report } from "../engine";
import { renderText } from "./render-text";

const step = (row: number, targetDate: string | null, revisedDate: string | null, slippageDays: number | null, overdueDays: number | null) => ({
  row, text: "", targetDate, revisedDate, targetText: null, revisedText: null, targetMarker: null, revisedMarker: null, done: false, slippageDays, overdueDays, dueCell: null,
});

/** A small report in seed 004's words: 2.1 slipped and overdue, 4.2 without a RAG. */
const report: Report = {
  file: "lac-progress-2016.xlsx",
  asOf: "2016-06-29",
  asOfSource: "sheet",
  rule: "Items rated Red or Amber for action that have a saving attached (a target saving or a Savings RAG)",
  locale: "en-GB",
  sheets: [
    {
      name: "LAC Progress Jun-16",
      kind: "plan",
      headerRow: 21,
      columns: { id: "A" },
      reportingDate: "2016-06-29",
      items: [
        { id: "2.1", row: 72, section: "OUTCOME 2", title: "Develop a clear framework of Specialist and Edge of Care services", owners: ["T. Collins"], actionRag: "amber", savingsRag: "red", saving: 2100000, savingUpTo: false, savingPerAnnum: false, priority: "High", financeManager: null, steps: [step(72, "2016-04-30", "2016-05-31", 31, 29), step(78, "2016-06-30", null, null, null)] },
        { id: "4.2", row: 150, section: "OUTCOME 4", title: "Reduce the number of external placements", owners: ["T.Collins", "R. Leslie"], actionRag: null, savingsRag: null, saving: 922000, savingUpTo: false, savingPerAnnum: false, priority: null, financeManager: null, steps: [] },
      ],
      escalations: ["2.1"],
      boardList: null,
      issues: [],
      risks: [],
      findings: [
        { rule: "rag-missing", severity: "warning", sheet: "LAC Progress Jun-16", cell: "J150", message: "Item 4.2 has no Action RAG in J150: rate it Blue, Green, Amber or Red.", itemId: "4.2", value: null },
        { rule: "owner-missing", severity: "error", sheet: "LAC Progress Jun-16", cell: "E90", message: "Item 2.5 has no owner in E90: name the person who answers for it.", itemId: "2.5", value: null },
        { rule: "no-rag-column", severity: "info", sheet: "LAC Progress Jun-16", cell: null, message: "This sheet has no Action RAG column.", itemId: null, value: null },
      ],
      totals: {
        saving: 3022000,
        savingByRag: { blue: 0, green: 0, amber: 0, red: 2100000, none: 922000 },
        savingBySection: { "OUTCOME 2": 2100000, "OUTCOME 4": 922000 },
        savingByOwner: { "T. Collins": 2100000, "T.Collins / R. Leslie": 922000 },
        savingByFinanceManager: { "(no finance manager)": 3022000 },
        itemsByActionRag: { blue: 0, green: 0, amber: 1, red: 0, none: 1 },
        slippedSteps: 1,
        overdueSteps: 1,
      },
    },
    { name: "Notes", kind: "not-a-plan", reason: "No action table was found.", findings: [] },
  ],
};

describe("renderText", () => {
  const text = renderText(report);
  const lines = text.split("\n");

  it("puts errors before warnings before infos, each under its rule, with the cell", () => {
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at("1 error:")).toBeLessThan(at("1 warning:"));
    expect(at("1 warning:")).toBeLessThan(at("1 info:"));
    expect(lines[at("owner-missing (1)") + 1]).toMatch(/^\s+E90\s+Item 2\.5 has no owner in E90/);
    expect(lines[at("no-rag-column (1)") + 1]).toMatch(/^\s+sheet\s+This sheet/);
  });

  it("lists escalations with id, title, owner, RAG and saving", () => {
    expect(text).toContain("Escalations (1):");
    expect(text).toMatch(/2\.1 {2}Develop a clear framework .* \| T\. Collins \| Amber \| £2,100,000/);
  });

  it("lists slipped and overdue steps with their days", () => {
    expect(text).toContain("2.1 row 72: 2016-04-30 → 2016-05-31 (31 days)");
    expect(text).toContain("2.1 row 72: due 2016-05-31, 29 days overdue");
  });

  it("gives totals in pounds with thousands separators, and counts by Action RAG", () => {
    expect(text).toContain("Savings: £3,022,000");
    expect(text).toContain("by Savings RAG: red £2,100,000; none £922,000");
    expect(text).toContain("by owner: T. Collins £2,100,000; T.Collins / R. Leslie £922,000");
    expect(text).not.toContain("by finance manager");
    expect(text).toContain("Items by Action RAG: Amber 1, no RAG 1");
  });

  it("says plainly when a sheet is not a plan", () => {
    expect(text).toContain("Sheet 'Notes'\n  Not a plan: No action table was found.");
  });
});

describe("renderText on a plan the default escalation rule cannot see", () => {
  const plan = report.sheets[0];
  if (plan.kind !== "plan") throw new Error("the sample's first sheet is a plan");
  const without = (columns: typeof plan.columns): Report => ({ ...report, sheets: [{ ...plan, columns, escalations: [] }] });

  it("says the rule needs savings columns, and how many Red or Amber items another rule would take", () => {
    expect(renderText(without({ id: "A", actionRag: "J" }))).toContain(
      "  Escalations: none\n    This plan has no savings columns, so the rule picks nothing; 1 item rated Red or Amber would go with --escalate all-red-amber.",
    );
  });

  it("says nothing more when the plan has a savings column: then 'none' means none", () => {
    expect(renderText(without({ id: "A", actionRag: "J", saving: "H" }))).not.toContain("no savings columns");
  });
});
