/** @jest-environment ./test/jsdom/environment.ts */
import { screen } from "@testing-library/react";
import { ESCALATION_RULES, type PlanSheetReport } from "../../engine";
import { EscalationsTab } from "./EscalationsTab";
import { renderFluent } from "./fluent-test-kit";

const item = (id: string, actionRag: "red" | "amber" | "green") => ({
  id, row: 5, section: null, title: `Item ${id}`, owners: ["Chief Nurse"], actionRag, savingsRag: null, saving: null,
  savingUpTo: false, savingPerAnnum: false, priority: null, financeManager: null, steps: [],
});

/** A CQC plan's shape: RAGs, no savings columns. */
type PlanSheet = Extract<PlanSheetReport, { kind: "plan" }>;

const sheet = (columns: PlanSheet["columns"]): PlanSheetReport =>
  ({
    name: "CQC Action Plan", kind: "plan", headerRow: 4, columns, reportingDate: null,
    items: [item("MD1", "amber"), item("SD2", "red"), item("MD2", "green")],
    escalations: [], boardList: null, issues: [], risks: [], findings: [],
    totals: { saving: 0, savingByRag: { blue: 0, green: 0, amber: 0, red: 0, none: 0 }, savingBySection: {}, savingByOwner: {}, savingByFinanceManager: {}, itemsByActionRag: { blue: 0, green: 1, amber: 1, red: 1, none: 0 }, slippedSteps: 0, overdueSteps: 0 },
  }) as PlanSheet;

const show = (s: PlanSheetReport, rule: string) => renderFluent(<EscalationsTab sheet={s} rule={rule} />);

describe("the Escalations tab when nothing is escalated", () => {
  it("says the default rule is blind without savings columns, and which rule would show the 2 Red or Amber items", () => {
    show(sheet({ id: "A", actionRag: "I" }), ESCALATION_RULES["red-amber-with-saving"].words);
    expect(screen.getByText(/^No item meets the rule\./).textContent).toBe(
      'No item meets the rule. This plan has no savings columns, so the rule cannot pick anything: choose "Every item rated Red or Amber for action" above to see the 2 items rated Red or Amber.',
    );
  });

  it("says only that no item meets the rule when the plan has savings to go by", () => {
    show(sheet({ id: "A", actionRag: "I", saving: "J" }), ESCALATION_RULES["red-amber-with-saving"].words);
    expect(screen.getByText(/^No item meets the rule\./).textContent).toBe("No item meets the rule.");
  });
});

describe("the board list", () => {
  it("is explained in a line when the sheet has one", () => {
    show({ ...sheet({ id: "A", actionRag: "I" }), boardList: ["SD2", "MD1"] } as PlanSheetReport, ESCALATION_RULES["all-red-amber"].words);
    expect(screen.getByText(/^Board list:/).textContent).toBe("Board list: the items this sheet itself names for the board (SD2, MD1). Where it and the rule disagree, the findings say so.");
  });
});
