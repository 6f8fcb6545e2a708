/** The engine's public face: hosts import from here, never from its folders. */
export { checkWorkbook, type CheckOptions, type CheckResult, type SheetResult, type PlanResult } from "./check";
export { toReport } from "./to-report";
export { ReportSchema, type Report } from "./report";
export type { Grid, Cell, MergedArea } from "./grid";
export type { Finding, Severity } from "./findings";
export { messageFor } from "./messages";
export { ESCALATION_RULES, ESCALATION_RULE_IDS, type EscalationRuleId } from "./summary/escalations";
