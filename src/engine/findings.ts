/** How much a finding matters: an error fails `action-plan check` (exit 1). */
export type Severity = "error" | "warning" | "info";

export type FindingParams = Record<string, string | number | null>;

/**
 * A finding is data, not a sentence: the rule that made it, where it points and the values
 * it is about. One renderer (messages.ts) turns it into words for the pane, the CLI and the
 * summary sheet.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`; null for a finding about the whole sheet. */
  cell: string | null;
  row: number | null;
  /** The item the finding is about, when there is one. */
  itemId: string | null;
  /** The cell's text as the user sees it, when the finding is about a value. */
  value: string | null;
  params: FindingParams;
}
