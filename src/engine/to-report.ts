import type { CheckResult, PlanResult, SheetResult } from "./check";
import { MadeOnWrite } from "./made-on-write";
import { changeReport, dueSoonReport, sinceReport } from "./compare/to-report";
import { address, columnLetter } from "./grid";
import { messageFor } from "./messages";
import type { Item, LogEntry, PlanSheet, Step } from "./plan";
import { dueCellOf, markerOf } from "./status";
import type { FindingReport, ItemReport, LogEntryReport, PlanSheetReport, Report, SheetReport } from "./report";
import { errorsIn, type Finding } from "./findings";
import { ragOf } from "./values/rag";

/** The words a date came from: the part of a shared cell that gave it ("Oct 2004"), else the cell. */
function wordsOf(cell: Step["target"]): string | null {
  if (!cell) return null;
  const text = (cell.read.kind === "empty" ? "" : cell.read.text) || cell.raw;
  return text.trim() || null;
}

const cellAddress = (cell: { row: number; col: number } | null) => (cell ? address(cell.row, cell.col) : null);

function logReport({ id, row, section, text, owner, action }: LogEntry): LogEntryReport {
  return { id, row, section, text, owner, action };
}

function itemReport(item: Item, result: PlanResult): ItemReport {
  const money = item.saving?.read;
  return {
    id: item.id,
    row: item.row,
    section: item.section,
    title: item.title,
    owners: item.owner?.read.owners ?? [],
    actionRag: ragOf(item.actionRag),
    savingsRag: ragOf(item.savingsRag),
    saving: money?.kind === "money" ? money.pounds : money?.kind === "none" ? 0 : null,
    savingUpTo: money?.kind === "money" && money.upTo,
    savingPerAnnum: money?.kind === "money" && money.perAnnum,
    priority: item.priority,
    financeManager: item.financeManager,
    ...(item.status ? { status: item.status.read.kind === "status" ? item.status.read.status : null } : {}),
    steps: item.steps.map((step) => {
      const s = result.status(step);
      return {
        row: step.row,
        text: step.text,
        targetDate: s.targetDate,
        revisedDate: s.revisedDate,
        targetText: wordsOf(step.target),
        revisedText: wordsOf(step.revised),
        targetMarker: markerOf(step.target?.read),
        revisedMarker: markerOf(step.revised?.read),
        done: step.done,
        slippageDays: s.slippageDays,
        overdueDays: s.overdueDays,
        dueCell: cellAddress(dueCellOf(step, s)),
      };
    }),
  };
}

export function findingReport(f: Finding): FindingReport {
  return { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: messageFor(f), itemId: f.itemId, value: f.value };
}

/** A sheet that is not a plan's report with its findings given as `Findings`: an array, or made as they are written. */
type NotAPlanReportWith<Findings> = Omit<Extract<SheetReport, { kind: "not-a-plan" }>, "findings"> & { findings: Findings };
/** A plan sheet's report with its items and findings given as `Items` and `Findings`: arrays, or made as they are written. */
type PlanSheetReportWith<Items, Findings> = Omit<PlanSheetReport, "items" | "findings"> & { items: Items; findings: Findings };

function sheetReport<Items, Findings>(
  sheet: SheetResult,
  itemsOf: (plan: PlanSheet, result: PlanResult) => Items,
  findingsOf: (findings: Finding[]) => Findings,
): NotAPlanReportWith<Findings> | PlanSheetReportWith<Items, Findings> {
  const findings = findingsOf(sheet.findings);
  if (sheet.plan.kind !== "plan" || !sheet.result) {
    return { name: sheet.plan.name, kind: "not-a-plan", reason: sheet.plan.kind === "not-a-plan" ? sheet.plan.reason : "", findings };
  }
  const { plan, result } = { plan: sheet.plan, result: sheet.result };
  const columns: Record<string, string> = {};
  for (const [role, col] of Object.entries(plan.columns)) if (col !== undefined) columns[role] = columnLetter(col);
  const columnChoices: Record<string, { taken: string; runnerUp: string | null }> = {};
  for (const [role, choice] of Object.entries(plan.columnChoices)) {
    if (choice) columnChoices[role] = { taken: columnLetter(choice.taken), runnerUp: choice.runnerUp === null ? null : columnLetter(choice.runnerUp) };
  }
  return {
    name: plan.name,
    kind: "plan",
    headerRow: plan.headerRow > 0 ? plan.headerRow : null,
    columns,
    columnChoices,
    reportingDate: plan.reportingDate?.read.kind === "date" ? plan.reportingDate.read.date : null,
    items: itemsOf(plan, result),
    escalations: result.escalations,
    boardList: plan.boardList?.map((entry) => entry.id) ?? null,
    issues: plan.issues.map(logReport),
    risks: plan.risks.map(logReport),
    findings,
    totals: result.totals,
    since: result.comparison ? sinceReport(result.comparison) : null,
    changes: result.comparison?.changes.map(changeReport) ?? [],
    dueSoon: result.dueSoon.map(dueSoonReport),
  };
}

/** The report of the check, each sheet's items and findings given by `itemsOf` and `findingsOf`. */
function reportOf<Items, Findings>(
  check: CheckResult,
  file: string,
  itemsOf: (plan: PlanSheet, result: PlanResult) => Items,
  findingsOf: (findings: Finding[]) => Findings,
): Omit<Report, "sheets"> & { sheets: (NotAPlanReportWith<Findings> | PlanSheetReportWith<Items, Findings>)[] } {
  return {
    file,
    asOf: check.asOf,
    asOfSource: check.asOfSource,
    rule: check.escalation.words,
    locale: check.locale,
    dueWithin: check.dueWithin,
    sheets: check.sheets.map((sheet) => sheetReport(sheet, itemsOf, findingsOf)),
  };
}

/** The contract report of `action-plan check --json`. */
export function toReport(check: CheckResult, file: string): Report {
  return reportOf(
    check,
    file,
    (plan, result) => plan.items.map((item) => itemReport(item, result)),
    (findings) => findings.map(findingReport),
  );
}

type FindingsToWrite = MadeOnWrite<Finding, FindingReport>;

/**
 * The report toReport gives, but each sheet's items and findings made only as they are written
 * (MadeOnWrite): for writing it once, as JSON. Its findings are not there to be read: the exit
 * status is the check's (errorsFound), which the types keep it to.
 */
export type ReportToWrite = Omit<Report, "sheets"> & {
  sheets: (NotAPlanReportWith<FindingsToWrite> | PlanSheetReportWith<MadeOnWrite<Item, ItemReport>, FindingsToWrite>)[];
};

/**
 * The report to write as JSON and let go: JSON.stringify gives it exactly as toReport's. The
 * check's result is held until it is written.
 */
export function toReportToWrite(check: CheckResult, file: string): ReportToWrite {
  return reportOf(
    check,
    file,
    (plan, result) => new MadeOnWrite(plan.items, (item: Item) => itemReport(item, result)),
    (findings) => new MadeOnWrite(findings, findingReport),
  );
}

/** Whether any sheet's findings include an error: what makes `check` exit 1. */
export function errorsFound(check: CheckResult): boolean {
  return errorsIn(check.sheets);
}
