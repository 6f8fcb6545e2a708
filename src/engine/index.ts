/** The engine's public face: hosts import from here, never from its folders. */
export { checkWorkbook, type CheckOptions, type CheckResult, type SheetResult, type PlanResult } from "./check";
export { toReport } from "./to-report";
export { ReportSchema, type Report, type PlanSheetReport, type FindingReport, type ChangeReport, type DueSoonReport } from "./report";
export type { Grid, Cell, MergedArea } from "./grid";
export type { Finding, Severity } from "./findings";
export { messageFor } from "./messages";
export { ESCALATION_RULES, ESCALATION_RULE_IDS, type EscalationRuleId } from "./summary/escalations";
export { redAmberUnseenForWantOfSavings } from "./summary/blind-rule";
export type { Columns, Role } from "./plan";
export { columnLetter } from "./grid";
export { RULES } from "./rules";
export { parseConfig, ruleSettings, ConfigSchema, IsoDaySchema, type Config, type ConfigResult } from "./config";
export { RULE_IDS } from "./rules";
export type { RuleId } from "./findings";
export { describeWrite, type WriteContext } from "./summary/write-description";
export type { WriteDescription, WriteCell, Highlight, SummarySheet } from "./summary/write-types";
export { CHANGE_GROUPS, changeGroup, type ChangeGroup } from "./compare";
export { DEFAULT_DUE_WITHIN } from "./summary/due-soon";
