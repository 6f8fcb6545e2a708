import type { Finding, FindingParams, Severity } from "../findings";
import type { Item, PlanSheet, Step } from "../plan";
import type { StepStatus } from "../status";
import type { EscalationRule } from "../summary/escalations";

/** Everything a rule may look at: the plan as read and what was derived from it. */
export interface RuleContext {
  plan: PlanSheet;
  asOf: string;
  /** Each step's dates as they stand on the as-of date. */
  status: (step: Step) => StepStatus;
  escalation: EscalationRule;
  /** Ids of the items the escalation rule picks. */
  escalations: string[];
}

/** What a rule reports; the engine adds the rule id, severity and sheet. */
export interface RuleHit {
  row: number | null;
  col: number | null;
  item: Item | null;
  value: string | null;
  params?: FindingParams;
}

export interface Rule {
  /** Stable kebab-case id, equal to the rule's file name. */
  id: string;
  severity: Severity;
  /** One line for the docs and the pane's settings. */
  description: string;
  check(ctx: RuleContext): RuleHit[];
}

export type { Finding };
