import { compareWithEarlier, type Comparison } from "./compare";
import type { Finding, FindingByRule, FindingOf, RuleId, Severity } from "./findings";
import { address, type Grid } from "./grid";
import type { Columns, PlanSheet, SheetPlan, Step } from "./plan";
import { readSheet } from "./read";
import type { SheetLayout } from "./read/layout";
import { RULES } from "./rules";
import type { Rule, RuleContext } from "./rules/rule";
import { dateOf, stepStatus, type StepStatus } from "./status";
import { DEFAULT_DUE_WITHIN, dueSoonSteps, type DueSoonStep } from "./summary/due-soon";
import { ESCALATION_RULES, escalatedIds, type EscalationRule, type EscalationRuleId } from "./summary/escalations";
import { planTotals, type PlanTotals } from "./summary/totals";

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** Per-rule settings from the user's config; a rule not named keeps its defaults. */
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

export interface CheckOptions {
  /** YYYY-MM-DD chosen by the user; else the sheet's reporting date; else `today`. */
  asOf?: string;
  /** Today's date, YYYY-MM-DD, passed in so the engine never reads the clock. */
  today: string;
  /** "en-GB" unless the user says otherwise; null when the workbook's locale is unknown. */
  locale: string | null;
  escalate?: EscalationRuleId;
  rules?: RuleSettings;
  /** Column roles set by hand, per sheet name, over those the reader finds. */
  columns?: Record<string, Columns>;
  /** Header rows and columns given by hand, per sheet name: read as given, in place of the reader's own. */
  layouts?: Record<string, SheetLayout>;
  /** The earlier version to compare with (`--since`): its file and its sheets' grids. */
  since?: { file: string; grids: Grid[] };
  /** A step is due soon when its deadline falls within this many days after the as-of date. */
  dueWithin?: number;
}

export type AsOfSource = "option" | "sheet" | "today";

export interface PlanResult {
  plan: PlanSheet;
  findings: Finding[];
  status: (step: Step) => StepStatus;
  escalations: string[];
  totals: PlanTotals;
  /** What moved since the earlier version; null without one, or when it is not this plan. */
  comparison: Comparison | null;
  dueSoon: DueSoonStep[];
}

export interface SheetResult {
  plan: SheetPlan;
  findings: Finding[];
  /** Present when the sheet is a plan. */
  result: PlanResult | null;
}

export interface CheckResult {
  asOf: string;
  asOfSource: AsOfSource;
  escalation: EscalationRule;
  locale: string | null;
  dueWithin: number;
  /** The earlier version asked for, whether or not any sheet matched it, with the plan sheets read from it. */
  since: { file: string; plans: string[] } | null;
  sheets: SheetResult[];
}

function chooseAsOf(plans: SheetPlan[], options: CheckOptions): { asOf: string; asOfSource: AsOfSource } {
  if (options.asOf) return { asOf: options.asOf, asOfSource: "option" };
  for (const plan of plans) {
    if (plan.kind === "plan" && plan.reportingDate?.read.kind === "date") {
      // A reporting date is a day the statuses were true on, so a month means its last day.
      return { asOf: plan.reportingDate.read.date, asOfSource: "sheet" };
    }
  }
  return { asOf: options.today, asOfSource: "today" };
}

/** One rule's findings on one plan, with its severity as the user set it. */
export function runRule<K extends RuleId>(rule: Rule<K>, ctx: RuleContext, setting: RuleSetting = {}): Array<FindingByRule[K]> {
  if (setting.enabled === false) return [];
  const hits = rule.check(ctx);
  const severity = setting.severity ?? rule.severity;
  const sheet = ctx.plan.name;
  // An indexed loop: a large plan's rules give tens of thousands of hits, each turned once.
  const findings: Array<FindingByRule[K]> = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    const finding: FindingOf<K> = {
      rule: rule.id,
      severity,
      sheet,
      cell: hit.row !== null && hit.col !== null ? address(hit.row, hit.col) : null,
      row: hit.row,
      itemId: hit.item?.id ?? null,
      value: hit.value,
      params: hit.params,
    };
    // FindingOf<K> is FindingByRule[K]; TypeScript cannot see that for a K not yet known.
    findings.push(finding as FindingByRule[K]);
  }
  return findings;
}

/**
 * Each step's status, worked out once: the rules, the totals and the report ask for every
 * step's several times over. Kept by the step's row, where most rows hold one step: an array
 * read by row costs a fraction of a Map keyed by the step (some 0.1 s of a 50,000-row check).
 * A second step on a row (several dates in one cell) is kept by the step.
 */
class StepStatuses {
  private readonly stepAt: Step[];
  private readonly statusAt: StepStatus[];
  private readonly others = new Map<Step, StepStatus>();
  /**
   * A status depends only on the step's target and revised dates and whether it is done: a
   * plan's steps share a few hundred deadlines, so equal statuses are one object, never
   * changed, rather than one held for each step to the end of the run.
   */
  private readonly made = new Map<string | null, Map<string | null, [StepStatus | undefined, StepStatus | undefined]>>();

  /**
   * `rows`: one past the last row a step stands on. Where steps fill most of those rows (a
   * table), the lists are made at that length at once: grown a row at a time, a 50,000-row
   * plan's were copied a dozen times over, each copy in fresh memory (some 15 ms). A few steps
   * far down a sheet keep lists that grow as they are filled, not a million empty places.
   */
  constructor(
    private readonly asOf: string,
    rows: number,
    steps: number,
  ) {
    const dense = steps * 4 >= rows;
    this.stepAt = dense ? new Array<Step>(rows) : [];
    this.statusAt = dense ? new Array<StepStatus>(rows) : [];
  }

  of(step: Step): StepStatus {
    const { row } = step;
    if (this.stepAt[row] === step) return this.statusAt[row];
    let s = this.others.get(step);
    if (s) return s;
    s = this.shared(step);
    if (this.stepAt[row] === undefined) {
      this.stepAt[row] = step;
      this.statusAt[row] = s;
    } else this.others.set(step, s);
    return s;
  }

  private shared(step: Step): StepStatus {
    const target = dateOf(step.target);
    let byRevised = this.made.get(target);
    if (!byRevised) this.made.set(target, (byRevised = new Map()));
    const revised = dateOf(step.revised);
    let pair = byRevised.get(revised);
    if (!pair) byRevised.set(revised, (pair = [undefined, undefined]));
    const done = step.done ? 1 : 0;
    // Frozen: one object answers for many steps, so a change made through one would be every step's.
    return (pair[done] ??= Object.freeze(stepStatus(step, this.asOf)));
  }
}

function stepCount(plan: PlanSheet): number {
  let count = 0;
  for (const item of plan.items) count += item.steps.length;
  return count;
}

function runRules(ctx: RuleContext, settings: RuleSettings): Finding[] {
  // Joined by one concat, made at its length: grown a rule at a time, a large plan's tens of thousands would be copied over and over.
  const findings: Finding[] = ([] as Finding[]).concat(...(Object.keys(RULES) as RuleId[]).map((id) => runRule(RULES[id], ctx, settings[id])));
  // Sheet-wide findings first, then in the order a reader meets them.
  return findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Reads a sheet as every sheet of a check is read: in the locale asked for, by the sheet's own date system, with its columns set by hand. */
function readGrid(grid: Grid, options: CheckOptions, asOf?: string): SheetPlan {
  return readSheet(grid, { dates: { locale: options.locale, date1904: grid.date1904 }, columns: options.columns?.[grid.name], layout: options.layouts?.[grid.name], asOf });
}

/** Reads and checks every sheet asked for: the whole job, host-free. */
export function checkWorkbook(grids: Grid[], options: CheckOptions): CheckResult {
  const plans = grids.map((grid) => readGrid(grid, options, options.asOf));
  const { asOf, asOfSource } = chooseAsOf(plans, options);
  const escalation = ESCALATION_RULES[options.escalate ?? "red-amber-with-saving"];
  const dueWithin = options.dueWithin ?? DEFAULT_DUE_WITHIN;
  // The as-of date chosen is this version's: an earlier version's dates are read without it.
  const earlierPlans = (since: Grid[]) => since.map((grid) => readGrid(grid, options)).filter((p): p is PlanSheet => p.kind === "plan");
  const earlier = options.since ? { file: options.since.file, plans: earlierPlans(options.since.grids) } : null;
  const sheets = plans.map((plan): SheetResult => {
    if (plan.kind !== "plan") return { plan, findings: [], result: null };
    const statuses = new StepStatuses(asOf, plan.items[plan.items.length - 1].lastRow + 1, stepCount(plan));
    const status = (step: Step) => statuses.of(step);
    const escalations = escalatedIds(plan.items, escalation);
    const comparison = earlier ? compareWithEarlier(plan, earlier, escalation) : null;
    const dueSoon = dueSoonSteps(plan, status, asOf, dueWithin);
    const findings = runRules({ plan, asOf, status, escalation, escalations, comparison, dueSoon }, options.rules ?? {});
    const result: PlanResult = { plan, findings, status, escalations, totals: planTotals(plan, status), comparison, dueSoon };
    return { plan, findings, result };
  });
  const since = earlier ? { file: earlier.file, plans: earlier.plans.map((p) => p.name) } : null;
  return { asOf, asOfSource, escalation, locale: options.locale, dueWithin, since, sheets };
}
