import type { Rag } from "./values/rag";

/** How much a finding matters: an error fails `action-plan check` (exit 1). */
export type Severity = "error" | "warning" | "info";

/** Whether any sheet's findings include an error: what makes a check exit 1, told the same of a check's result and of its report. */
export function errorsIn(sheets: readonly { findings: readonly { severity: Severity }[] }[]): boolean {
  return sheets.some((sheet) => sheet.findings.some((f) => f.severity === "error"));
}

/** Which RAG column a RAG finding is about. */
export type RagColumn = "actionRag" | "savingsRag";

/**
 * The typed values each rule reports, by rule id: the catalogue of findings. The keys are the
 * rule ids (equal to the file names in rules/), so adding a rule starts here; the registry and
 * the message renderer are typed against this map and fail to compile when one is missing.
 */
export interface FindingParamsByRule {
  /** `entry`: "Issue I01" or "Risk R02" when the owner is missing from an Issues or Risks row, not an item. */
  "owner-missing": { entry?: string };
  "owner-placeholder": { entry?: string };
  /** `to-be-confirmed`: the cell says "TBC"/"TBA", a date promised but not given. */
  "target-date-missing": { reason: "empty" | "to-be-confirmed" };
  "date-not-understood": Record<string, never>;
  "date-ambiguous": Record<string, never>;
  "date-implausible": Record<string, never>;
  /** `read`: the date as taken ("14 Aug 2012"); `from`: what gave its year, and `source` its words ("May 2012"). */
  "date-year-inferred": { read: string; from: "section" | "nearby" | "reporting-date" | "as-of"; source: string; sourceCell: string | null };
  "date-year-unclear": Record<string, never>;
  "rag-missing": Record<string, never>;
  "rag-not-understood": { column: RagColumn };
  "no-rag-column": Record<string, never>;
  /** `target`: the target date's text; `targetCell`: its A1 address; `revisedHeader`: the revised column's header. */
  "revised-before-target": { target: string; targetCell: string; revisedHeader: string };
  /** `due`: the due date's text as written; `days` overdue on the as-of date. */
  "overdue": { due: string; days: number; asOf: string };
  /** `target` and `revised`: the dates' texts as written; `days` the deadline moved. */
  "slipped": { target: string; revised: string; days: number };
  "rag-inconsistent-with-dates":
    | { reason: "overdue"; rag: "green" | "blue"; overdueSteps: number; mostDays: number }
    | { reason: "blue-not-done"; rag: "blue"; due: string; stepRow: number };
  "savings-rag-without-saving": { rag: string };
  "saving-without-savings-rag": { pounds: number };
  "saving-not-understood": Record<string, never>;
  "stray-value": Record<string, never>;
  "duplicate-item-id": { firstRow: number };
  "header-repeated": { headerRow: number };
  /** `listed-not-picked`: on the sheet's board list, not picked by the rule; `picked-not-listed`: the reverse. */
  "board-list-disagrees": { direction: "listed-not-picked" | "picked-not-listed" };
  /**
   * The rules below compare the plan with its earlier version (`--since`). `since`: the earlier
   * version's reporting date, null when it gives none. Dates are YYYY-MM-DD.
   * `from`/`to`: the step's deadline before and now; `extensions`: times it has moved later.
   */
  "step-extended-again": { from: string; to: string; days: number; extensions: number; since: string | null };
  "rag-worse": { column: RagColumn; from: Rag; to: Rag; since: string | null };
  /** `steps`: how many of the item's steps have a later deadline than before; `mostDays`: the longest move. */
  "rag-better-while-slipping": { column: RagColumn; from: Rag; to: Rag; steps: number; mostDays: number; since: string | null };
  /** `due`: the deadline's text as written; `days` left until it. */
  "due-soon-not-updated": { due: string; days: number; since: string | null };
}

/** A rule's stable kebab-case id. */
export type RuleId = keyof FindingParamsByRule;

/** What every finding has, whichever rule made it. */
interface FindingBase {
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`; null for a finding about the whole sheet. */
  cell: string | null;
  row: number | null;
  /** The item the finding is about, when there is one. */
  itemId: string | null;
  /** The cell's text as the user sees it, when the finding is about a value. */
  value: string | null;
}

/** A finding of one rule, its params typed for that rule. */
export type FindingOf<K extends RuleId> = FindingBase & { rule: K; params: FindingParamsByRule[K] };

/**
 * A finding is data, not a sentence: the rule that made it, where it points and the values
 * it is about. One renderer (messages.ts) turns it into words for the pane, the CLI and the
 * summary sheet.
 */
export type Finding = FindingByRule[RuleId];

/** Findings by rule id; `FindingByRule[K]` for a generic K keeps the rule and params together. */
export type FindingByRule = { [K in RuleId]: FindingOf<K> };
