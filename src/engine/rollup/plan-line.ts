import type { ItemReport, PlanSheetReport, Report, StepReport } from "../report";
import { daysBetween } from "../status";
import { DEFAULT_DUE_WITHIN } from "../summary/due-soon";
import { escalationRuleByWords, whyEscalated } from "../summary/escalations";
import type { Rag } from "../values/rag";

/** The Savings RAGs a roll-up totals under, "none" for a saving without one. */
export const SAVINGS_KEYS = ["red", "amber", "green", "blue", "none"] as const;
export type SavingsKey = (typeof SAVINGS_KEYS)[number];

/** One escalated item as the roll-up's Escalations sheet shows it. */
export interface EscalationLine {
  id: string;
  title: string;
  owners: string[];
  actionRag: Rag | null;
  savingsRag: Rag | null;
  /** Pounds; null when the item gives none. */
  saving: number | null;
  why: string;
  /** A1 address of the item on its plan sheet. */
  cell: string;
}

/**
 * What a roll-up keeps of one plan sheet: its rows on the Plans and Savings sheets and its
 * escalations, never the whole report, so that an estate of any size is rolled up in little
 * memory.
 */
export interface PlanLine {
  kind: "plan";
  /** The workbook as its report names it (a path relative to where the check ran). */
  file: string;
  sheet: string;
  /** The plan's own reporting date, or the as-of date it was checked at when one was chosen; null when neither. */
  asOf: string | null;
  /** The escalation rule, in words. */
  rule: string;
  items: number;
  slipped: number;
  overdue: number;
  dueSoon: number;
  /** What moved since the earlier version (`--since`); null when the plan was not compared. */
  changes: number | null;
  errors: number;
  savingByRag: Record<SavingsKey, number>;
  escalations: EscalationLine[];
}

/** A workbook with no plan in it, or one that could not be read: its row says why. */
export interface FileLine {
  kind: "no-plan" | "error";
  file: string;
  reason: string;
}

export type RollupLine = PlanLine | FileLine;

/**
 * The date a step is due by: the revised date, unless it is before the target (a slip of the pen).
 * Mirrors the engine's stepDates (status.ts) for reports read back without their plan: change both together.
 */
function dueDate(step: StepReport): string | null {
  if (step.targetDate && step.revisedDate && step.revisedDate < step.targetDate) return step.targetDate;
  return step.revisedDate ?? step.targetDate;
}

/**
 * Steps not done that fall due on the as-of date or within `--due-within`'s default after it: for a
 * report from before reports carried their own `dueSoon` list (made with `--due-within`).
 */
function dueSoonOfOldReport(items: ItemReport[], asOf: string): number {
  let count = 0;
  for (const item of items) {
    for (const step of item.steps) {
      const due = dueDate(step);
      if (step.done || !due) continue;
      const left = daysBetween(asOf, due);
      if (left >= 0 && left <= DEFAULT_DUE_WITHIN) count += 1;
    }
  }
  return count;
}

function escalationLines(sheet: PlanSheetReport, rule: string): EscalationLine[] {
  const picked = new Set(sheet.escalations);
  const known = escalationRuleByWords(rule);
  const column = sheet.columns.id ?? sheet.columns.title ?? "A";
  return sheet.items
    .filter((item) => picked.has(item.id ?? `row ${item.row}`))
    .map((item) => ({
      id: item.id ?? `row ${item.row}`,
      title: item.title,
      owners: item.owners,
      actionRag: item.actionRag,
      savingsRag: item.savingsRag,
      saving: item.saving,
      // A rule we do not know (a report from a later version) is quoted rather than guessed at.
      why: known ? whyEscalated({ actionRag: item.actionRag, savingsRag: item.savingsRag, saving: item.saving ?? 0 }, known.id) : rule,
      cell: `${column}${item.row}`,
    }));
}

function planLine(report: Report, sheet: PlanSheetReport): PlanLine {
  const savingByRag = Object.fromEntries(SAVINGS_KEYS.map((key) => [key, sheet.totals.savingByRag[key] ?? 0])) as Record<SavingsKey, number>;
  return {
    kind: "plan",
    file: report.file,
    sheet: sheet.name,
    // "today" means the plan gave no date: how old it is cannot be told.
    asOf: sheet.reportingDate ?? (report.asOfSource === "today" ? null : report.asOf),
    rule: report.rule,
    items: sheet.items.length,
    slipped: sheet.totals.slippedSteps,
    overdue: sheet.totals.overdueSteps,
    dueSoon: sheet.dueSoon?.length ?? dueSoonOfOldReport(sheet.items, report.asOf),
    changes: sheet.since ? (sheet.changes?.length ?? 0) : null,
    errors: sheet.findings.filter((f) => f.severity === "error").length,
    savingByRag,
    escalations: escalationLines(sheet, report.rule),
  };
}

/** A report's lines in the roll-up: one per plan sheet, or one saying why the workbook holds none. */
export function summariseReport(report: Report): RollupLine[] {
  const plans = report.sheets.flatMap((sheet) => (sheet.kind === "plan" ? [planLine(report, sheet)] : []));
  if (plans.length > 0) return plans;
  const reasons = report.sheets.flatMap((sheet) => (sheet.kind === "not-a-plan" ? [`'${sheet.name}': ${sheet.reason}`] : []));
  return [{ kind: "no-plan", file: report.file, reason: reasons.length ? `No plan found. ${reasons.join(" ")}` : "No plan found: the workbook has no sheets." }];
}

/** The line of a workbook that could not be read, with the sentence saying why. */
export function unreadLine(file: string, error: string): FileLine {
  return { kind: "error", file, reason: error };
}
