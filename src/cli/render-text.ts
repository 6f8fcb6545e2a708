import { changeLines, dueSoonLines } from "./render-changes";
import { plural, pounds, ragWord as word, redAmberUnseenForWantOfSavings, type FindingReport, type PlanSheetReport, type Report } from "../engine";

const SEVERITIES = ["error", "warning", "info"] as const;
const ragWord = (rag: string | null) => (rag ? word(rag) : "no RAG");

/** Findings by severity, then by rule, each with its cell: what to fix first comes first. */
function findingLines(findings: FindingReport[]): string[] {
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const found = findings.filter((f) => f.severity === severity);
    if (!found.length) continue;
    lines.push(`  ${plural(found.length, severity)}:`);
    const rules = [...new Set(found.map((f) => f.rule))];
    for (const rule of rules) {
      const mine = found.filter((f) => f.rule === rule);
      lines.push(`    ${rule} (${mine.length})`);
      for (const f of mine) lines.push(`      ${(f.cell ?? "sheet").padEnd(6)} ${f.message}`);
    }
  }
  return lines;
}

function noSavingsHint(sheet: PlanSheetReport, rule: string): string[] {
  const unseen = redAmberUnseenForWantOfSavings(sheet, rule);
  return unseen ? [`    This plan has no savings columns, so the rule picks nothing; ${plural(unseen, "item")} rated Red or Amber would go with --escalate all-red-amber.`] : [];
}

function escalationLines(sheet: PlanSheetReport, rule: string): string[] {
  if (!sheet.escalations.length) return ["  Escalations: none", ...noSavingsHint(sheet, rule)];
  const lines = [`  Escalations (${sheet.escalations.length}):`];
  // Looked up by id, the first item with it as a search would find: thousands of escalations, each searching thousands of items, took seconds.
  const byId = new Map<string, PlanSheetReport["items"][number]>();
  for (const i of sheet.items) if (!byId.has(i.id ?? `row ${i.row}`)) byId.set(i.id ?? `row ${i.row}`, i);
  for (const id of sheet.escalations) {
    const item = byId.get(id);
    if (!item) continue;
    const saving = item.saving ? pounds(item.saving) : item.savingsRag ? `Savings RAG ${ragWord(item.savingsRag)}` : "no saving";
    lines.push(`    ${id}  ${item.title.slice(0, 60)}${item.title.length > 60 ? "…" : ""} | ${item.owners.join(", ") || "no owner"} | ${ragWord(item.actionRag)} | ${saving}`);
  }
  return lines;
}

function stepLines(sheet: PlanSheetReport): string[] {
  const slipped: string[] = [];
  const overdue: string[] = [];
  for (const item of sheet.items) {
    for (const step of item.steps) {
      const id = item.id ? `${item.id} row` : "row";
      if (step.slippageDays !== null) slipped.push(`    ${id} ${step.row}: ${step.targetDate} → ${step.revisedDate} (${plural(step.slippageDays, "day")})`);
      if (step.overdueDays !== null) overdue.push(`    ${id} ${step.row}: due ${step.revisedDate ?? step.targetDate}, ${plural(step.overdueDays, "day")} overdue`);
    }
  }
  return [
    ...(slipped.length ? [`  Slipped steps (${slipped.length}):`, ...slipped] : []),
    ...(overdue.length ? [`  Overdue steps (${overdue.length}):`, ...overdue] : []),
  ];
}

function totalsLines(sheet: PlanSheetReport): string[] {
  const t = sheet.totals;
  const by = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, n]) => n !== 0)
      .map(([key, n]) => `${key} ${pounds(n)}`)
      .join("; ");
  // A finance manager must see when the total mixes ceilings and yearly amounts with one-offs.
  const upTo = sheet.items.filter((item) => item.savingUpTo).reduce((sum, item) => sum + (item.saving ?? 0), 0);
  const perAnnum = sheet.items.filter((item) => item.savingPerAnnum).reduce((sum, item) => sum + (item.saving ?? 0), 0);
  const qualified = [upTo > 0 ? `${pounds(upTo)} of it written as "up to"` : "", perAnnum > 0 ? `${pounds(perAnnum)} of it a year (per annum)` : ""].filter(Boolean);
  const lines = [`  Savings: ${pounds(t.saving)}${qualified.length ? ` (${qualified.join("; ")})` : ""}`];
  if (t.saving > 0) {
    lines.push(`    by Savings RAG: ${by(t.savingByRag)}`, `    by section: ${by(t.savingBySection)}`, `    by owner: ${by(t.savingByOwner)}`);
    if (Object.keys(t.savingByFinanceManager).some((k) => k !== "(no finance manager)")) lines.push(`    by finance manager: ${by(t.savingByFinanceManager)}`);
  }
  const counts = Object.entries(t.itemsByActionRag)
    .filter(([, n]) => n > 0)
    .map(([rag, n]) => `${rag === "none" ? "no RAG" : ragWord(rag)} ${n}`)
    .join(", ");
  lines.push(`  Items by Action RAG: ${counts || "none"}`);
  return lines;
}

/** The readable summary `action-plan check` prints without --json. */
export function renderText(report: Report): string {
  const lines: string[] = [`${report.file}: as of ${report.asOf} (${report.asOfSource})`, `Escalation rule: ${report.rule}`];
  for (const sheet of report.sheets) {
    lines.push("", `Sheet '${sheet.name}'`);
    if (sheet.kind === "not-a-plan") {
      lines.push(`  Not a plan: ${sheet.reason}`);
      continue;
    }
    lines.push(`  ${plural(sheet.items.length, "item")}, ${plural(sheet.items.reduce((n, i) => n + i.steps.length, 0), "step")}`);
    lines.push(...findingLines(sheet.findings), ...escalationLines(sheet, report.rule), ...stepLines(sheet), ...totalsLines(sheet));
    lines.push(...changeLines(sheet), ...dueSoonLines(sheet, report.dueWithin));
  }
  return `${lines.join("\n")}\n`;
}
