import type { Comparison } from "../compare";
import type { FindingParamsByRule, RuleId, Severity } from "../findings";
import type { Item, Located, LogEntry, PlanSheet, Step } from "../plan";
import type { StepStatus } from "../status";
import type { DueSoonStep } from "../summary/due-soon";
import type { EscalationRule } from "../summary/escalations";
import type { DateRead } from "../values/dates";
import { forEachStep } from "../each-step";

/** Everything a rule may look at: the plan as read and what was derived from it. */
export interface RuleContext {
  plan: PlanSheet;
  asOf: string;
  /** Each step's dates as they stand on the as-of date. */
  status: (step: Step) => StepStatus;
  escalation: EscalationRule;
  /** Ids of the items the escalation rule picks. */
  escalations: string[];
  /** The plan beside its earlier version (`--since`); null when there is none. */
  comparison: Comparison | null;
  /** Steps not done whose deadline falls within the coming days. */
  dueSoon: DueSoonStep[];
}

/** What a rule reports; the engine adds the rule id, severity and sheet. */
export type RuleHit<K extends RuleId> = HitOf<FindingParamsByRule[K]>;

interface HitOf<P> {
  row: number | null;
  col: number | null;
  item: Item | null;
  value: string | null;
  params: P;
}

export interface Rule<K extends RuleId = RuleId> {
  /** Stable kebab-case id, equal to the rule's file name. */
  id: K;
  severity: Severity;
  /** One line for the docs and the pane's settings. */
  description: string;
  check(ctx: RuleContext): Array<RuleHit<K>>;
}

/** The filled-in rows of the Issues and Risks sub-tables, each named as a reader would: "Issue I01". */
export function logEntries(plan: PlanSheet): Array<{ entry: LogEntry; name: string }> {
  return [
    ...plan.issues.map((entry) => ({ entry, name: `Issue ${entry.id}` })),
    ...plan.risks.map((entry) => ({ entry, name: `Risk ${entry.id}` })),
  ];
}

/** The text a date cell gives for one read (a cell may hold several dates). */
export function dateText(cell: Located<DateRead>): string {
  return "text" in cell.read ? cell.read.text : cell.raw;
}

type UnreadableProblem = Extract<DateRead, { kind: "unreadable" }>["problem"];

/** A step date cell with the item it belongs to. */
interface ItemDateCell {
  item: Item;
  cell: Located<DateRead>;
}

/** The step date cells whose year was taken from the rows around them, one per read. */
export function inferredYearDates(plan: PlanSheet): ItemDateCell[] {
  return notableDateCells(plan).filter(({ cell }) => cell.read.kind === "date" && cell.read.yearFrom !== undefined);
}

/** Hits for the step date cells that could not be read for `problem`: one per read, at its cell. */
export function unreadableDates(plan: PlanSheet, problem: UnreadableProblem): Array<HitOf<Record<string, never>>> {
  const hits: Array<HitOf<Record<string, never>>> = [];
  for (const { item, cell } of notableDateCells(plan)) {
    if (cell.read.kind === "unreadable" && cell.read.problem === problem) hits.push({ row: cell.row, col: cell.col, item, value: dateText(cell), params: {} });
  }
  return hits;
}

const notable = new WeakMap<PlanSheet, ItemDateCell[]>();

/**
 * The step date cells a date rule may report, a step's target before its revised date: those
 * not read as a date and those whose year was inferred. Five rules ask; the plan's dates are
 * walked once, and most plans have few such cells.
 */
function notableDateCells(plan: PlanSheet): ItemDateCell[] {
  let found = notable.get(plan);
  if (!found) {
    const cells: ItemDateCell[] = [];
    forEachStep(plan, (step, item) => {
      if (step.target && isNotable(step.target.read)) cells.push({ item, cell: step.target });
      if (step.revised && isNotable(step.revised.read)) cells.push({ item, cell: step.revised });
    });
    notable.set(plan, (found = cells));
  }
  return found;
}

function isNotable(read: DateRead): boolean {
  return read.kind === "unreadable" || (read.kind === "date" && read.yearFrom !== undefined);
}
