import type { ItemReport, PlanSheetReport, Report, StepReport } from "../report";

/** A step of a plan as the report gives it: seed 004's shape, overridable field by field. */
export function step(fields: Partial<StepReport> = {}): StepReport {
  return {
    row: 62,
    text: "Review 40 cases where children became LAC",
    targetDate: "2016-04-30",
    revisedDate: null,
    targetText: "Apr-16",
    revisedText: null,
    targetMarker: null,
    revisedMarker: null,
    done: false,
    slippageDays: null,
    overdueDays: null,
    dueCell: "F62",
    ...fields,
  };
}

export function item(fields: Partial<ItemReport> = {}): ItemReport {
  return {
    id: "2.1",
    row: 62,
    section: "OUTCOME 2: FAMILIES ARE SUPPORTED TO STAY TOGETHER",
    title: "Develop a clear framework of Specialist and Edge of Care services",
    owners: ["T. Collins"],
    actionRag: "amber",
    savingsRag: "red",
    saving: 219000,
    savingUpTo: false,
    savingPerAnnum: false,
    priority: null,
    financeManager: null,
    steps: [step()],
    ...fields,
  };
}

const NO_RAGS = { blue: 0, green: 0, amber: 0, red: 0, none: 0 };

export function planSheet(fields: Partial<PlanSheetReport> = {}): PlanSheetReport {
  return {
    name: "LAC Progress Jun-16",
    kind: "plan",
    headerRow: 12,
    columns: { id: "A", title: "B", owner: "E", targetDate: "F", revisedDate: "G", saving: "H", actionRag: "J", savingsRag: "K" },
    reportingDate: "2016-06-29",
    items: [item()],
    escalations: ["2.1"],
    boardList: null,
    issues: [],
    risks: [],
    findings: [],
    totals: {
      saving: 219000,
      savingByRag: { ...NO_RAGS, red: 219000 },
      savingBySection: {},
      savingByOwner: {},
      savingByFinanceManager: {},
      itemsByActionRag: { ...NO_RAGS, amber: 1 },
      slippedSteps: 0,
      overdueSteps: 0,
    },
    ...fields,
  };
}

export function report(fields: Partial<Report> = {}): Report {
  return {
    file: "children/lac-progress.xlsx",
    asOf: "2016-06-29",
    asOfSource: "sheet",
    rule: "Items rated Red or Amber for action that have a saving attached (a target saving or a Savings RAG)",
    locale: "en-GB",
    sheets: [planSheet()],
    ...fields,
  };
}
