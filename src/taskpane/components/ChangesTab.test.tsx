/** @jest-environment ./test/jsdom/environment.ts */
import { screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import type { ChangeReport, PlanSheetReport } from "../../engine";
import { ChangesTab } from "./ChangesTab";
import { renderFluent } from "./fluent-test-kit";

expect.extend(toHaveNoViolations);

const change = (c: Partial<ChangeReport> & Pick<ChangeReport, "id" | "kind">): ChangeReport => ({ row: null, sinceRow: null, step: null, from: null, to: null, days: null, extensions: null, direction: null, ...c });

/** Seed 004's June report against May, as `check --since` gives it. */
const june = {
  name: "LAC Progress Jun-16", kind: "plan", headerRow: 21, columns: {}, reportingDate: "2016-06-29", items: [], escalations: [], boardList: null, issues: [], risks: [], findings: [],
  totals: { saving: 0, savingByRag: {}, savingBySection: {}, savingByOwner: {}, savingByFinanceManager: {}, itemsByActionRag: {}, slippedSteps: 0, overdueSteps: 0 },
  since: { file: "lac-may-16.xlsx", sheet: "LAC Progress May-16", asOf: "2016-05-31", columns: [] },
  changes: [
    change({ id: "2.1", kind: "rag", row: 72, sinceRow: 72, from: "green", to: "amber", direction: "worse" }),
    change({ id: "2.1", kind: "escalated", row: 72, sinceRow: 72 }),
    change({ id: "2.2", kind: "owner", row: 82, sinceRow: 82, from: ["T. Collins"], to: ["T. Collins", "J. Gregg"] }),
    change({ id: "2.3", kind: "revised", row: 85, sinceRow: 85, step: 86, from: "2016-05-31", to: "2016-07-31", days: 61, extensions: 2 }),
    change({ id: "4.4", kind: "done", row: 165, sinceRow: 165, step: 167, from: false, to: true }),
    change({ id: "4.8", kind: "added", row: 176 }),
  ],
  dueSoon: [{ id: "1.1", row: 25, targetDate: "2016-06-30", daysLeft: 1, cell: "F25", text: "3. Both data and audit will inform targeted action planning", owners: ["L. Lofting", "C. Smith"] }],
} as PlanSheetReport;

/**
 * Rendered as the pane's other tests are: with only Fluent's rules that hide things, which is all
 * axe can use under jsdom (jest-axe turns its colour checks off, as jsdom lays nothing out).
 */
const show = (sheet: PlanSheetReport) => renderFluent(<ChangesTab sheet={sheet} dueWithin={28} />);

describe("the Changes tab", () => {
  it("groups what moved as the board reads it, a RAG as its word", () => {
    show(june);
    expect(screen.getByText(/^Since/).textContent).toBe("Since ‘LAC Progress May-16’ in lac-may-16.xlsx, as of 31 May 2016: 6 changes.");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Worse (1)", "Slipped (1)", "Done (1)", "New (1)", "Escalations: in and out (1)", "Other changes (1)", "Due within 28 days (1)"]);
    const worse = within(screen.getByRole("region", { name: "Worse" }));
    expect(worse.getByText("Green")).toBeTruthy();
    expect(worse.getByText("Amber")).toBeTruthy();
    expect(worse.getByText(/^Action RAG/).textContent).toBe("Action RAG Green → Amber (worse)");
    expect(within(screen.getByRole("region", { name: "Slipped" })).getByText(/Revised date/).textContent).toBe("Revised date 31 May 2016 → 31 Jul 2016 (61 days later, 2nd extension)");
    expect(within(screen.getByRole("region", { name: "Due soon" })).getByText(/^Due 30 Jun/).textContent).toBe("Due 30 Jun 2016 (in 1 day) · L. Lofting, C. Smith");
  });

  it("without an earlier version, says how to get one and still lists what is due soon", () => {
    show({ ...june, since: null, changes: [] });
    expect(screen.getByText(/^Compare with an earlier version/)).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Due within 28 days (1)"]);
  });

  it("passes axe", async () => {
    const view = show(june);
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
