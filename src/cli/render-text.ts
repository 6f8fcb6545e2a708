import { changeLines, dueSoonLines } from "./render-changes";
import { plural, pounds, ragWord as word, redAmberUnseenForWantOfSavings, type FindingReport, type PlanSheetReport, type Report } from "../engine";

const SEVERITIES = ["error", "warning", "info"] as const;
const ragWord = (rag: string | null) => (rag ? word(rag) : "no RAG");

/**
 * Findings by severity, then by rule in the order the rules first appear, each with its cell:
 * what to fix first comes first. Grouped in one pass: a 50,000-row plan has tens of thousands.
 */
function findingLines(findings: FindingReport[], lines: string[]): void {
  const bySeverity = new Map<string, Map<string, FindingReport[]>>(SEVERITIES.map((severity) => [severity, new Map()]));
  for (const f of findings) {
    const byRule = bySeverity.get(f.severity);
    const mine = byRule?.get(f.rule);
    if (mine) mine.push(f);
    else byRule?.set(f.rule, [f]);
  }
  for (const [severity, byRule] of bySeverity) {
    if (!byRule.size) continue;
    let count = 0;
    for (const mine of byRule.values()) count += mine.length;
    lines.push(`  ${plural(count, severity)}:`);
    for (const [rule, mine] of byRule) {
      lines.push(`    ${rule} (${mine.length})`);
      for (const f of mine) lines.push(`      ${(f.cell ?? "sheet").padEnd(6)} ${f.message}`);
    }
  }
}

function escalationLines(sheet: PlanSheetReport, rule: string, lines: string[]): void {
  if (!sheet.escalations.length) {
    lines.push("  Escalations: none");
    const unseen = redAmberUnseenForWantOfSavings(sheet, rule);
    if (unseen) lines.push(`    This plan has no savings columns, so the rule picks nothing; ${plural(unseen, "item")} rated Red or Amber would go with --escalate all-red-amber.`);
    return;
  }
  lines.push(`  Escalations (${sheet.escalations.length}):`);
  // Looked up by id, the first item with it as a search would find: thousands of escalations, each searching thousands of items, took seconds.
  const byId = new Map<string, PlanSheetReport["items"][number]>();
  for (const i of sheet.items) if (!byId.has(i.id ?? `row ${i.row}`)) byId.set(i.id ?? `row ${i.row}`, i);
  for (const id of sheet.escalations) {
    const item = byId.get(id);
    if (!item) continue;
    const saving = item.saving ? pounds(item.saving) : item.savingsRag ? `Savings RAG ${ragWord(item.savingsRag)}` : "no saving";
    lines.push(`    ${id}  ${item.title.slice(0, 60)}${item.title.length > 60 ? "…" : ""} | ${item.owners.join(", ") || "no owner"} | ${ragWord(item.actionRag)} | ${saving}`);
  }
}

function stepLines(sheet: PlanSheetReport, lines: string[]): void {
  const slipped: string[] = [];
  const overdue: string[] = [];
  for (const item of sheet.items) {
    const id = item.id ? `${item.id} row` : "row";
    for (const step of item.steps) {
      if (step.slippageDays !== null) slipped.push(`    ${id} ${step.row}: ${step.targetDate} → ${step.revisedDate} (${plural(step.slippageDays, "day")})`);
      if (step.overdueDays !== null) overdue.push(`    ${id} ${step.row}: due ${step.revisedDate ?? step.targetDate}, ${plural(step.overdueDays, "day")} overdue`);
    }
  }
  // Added a line at a time, not joined into one first: the whole text is made once, at its end.
  if (slipped.length) lines.push(`  Slipped steps (${slipped.length}):`);
  for (let i = 0; i < slipped.length; i++) lines.push(slipped[i]);
  if (overdue.length) lines.push(`  Overdue steps (${overdue.length}):`);
  for (let i = 0; i < overdue.length; i++) lines.push(overdue[i]);
}

function totalsLines(sheet: PlanSheetReport, lines: string[]): void {
  const t = sheet.totals;
  const by = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, n]) => n !== 0)
      .map(([key, n]) => `${key} ${pounds(n)}`)
      .join("; ");
  // A finance manager must see when the total mixes ceilings and yearly amounts with one-offs.
  let upTo = 0;
  let perAnnum = 0;
  for (const item of sheet.items) {
    if (item.savingUpTo) upTo += item.saving ?? 0;
    if (item.savingPerAnnum) perAnnum += item.saving ?? 0;
  }
  const qualified = [upTo > 0 ? `${pounds(upTo)} of it written as "up to"` : "", perAnnum > 0 ? `${pounds(perAnnum)} of it a year (per annum)` : ""].filter(Boolean);
  lines.push(`  Savings: ${pounds(t.saving)}${qualified.length ? ` (${qualified.join("; ")})` : ""}`);
  if (t.saving > 0) {
    lines.push(`    by Savings RAG: ${by(t.savingByRag)}`, `    by section: ${by(t.savingBySection)}`, `    by owner: ${by(t.savingByOwner)}`);
    if (Object.keys(t.savingByFinanceManager).some((k) => k !== "(no finance manager)")) lines.push(`    by finance manager: ${by(t.savingByFinanceManager)}`);
  }
  const counts = Object.entries(t.itemsByActionRag)
    .filter(([, n]) => n > 0)
    .map(([rag, n]) => `${rag === "none" ? "no RAG" : ragWord(rag)} ${n}`)
    .join(", ");
  lines.push(`  Items by Action RAG: ${counts || "none"}`);
}

/**
 * The readable summary `action-plan check` prints without --json. Each part adds its lines to
 * one list: a 50,000-row plan's summary is some 40,000 lines, and lists spread into lists
 * copied each of them twice.
 */
export function renderText(report: Report): string {
  const lines: string[] = [`${report.file}: as of ${report.asOf} (${report.asOfSource})`, `Escalation rule: ${report.rule}`];
  for (const sheet of report.sheets) {
    lines.push("", `Sheet '${sheet.name}'`);
    if (sheet.kind === "not-a-plan") {
      lines.push(`  Not a plan: ${sheet.reason}`);
      continue;
    }
    let steps = 0;
    for (const item of sheet.items) steps += item.steps.length;
    lines.push(`  ${plural(sheet.items.length, "item")}, ${plural(steps, "step")}`);
    findingLines(sheet.findings, lines);
    escalationLines(sheet, report.rule, lines);
    stepLines(sheet, lines);
    totalsLines(sheet, lines);
    for (const line of changeLines(sheet)) lines.push(line);
    for (const line of dueSoonLines(sheet, report.dueWithin)) lines.push(line);
  }
  return joinedLines(lines);
}

/**
 * The lines, each ended by a newline, added one by one to one string rather than joined: V8
 * flattens that string once, as it is written, in half the time join takes to make it (some
 * 35 ms against 70 for a 50,000-row plan's 30,000 lines).
 */
function joinedLines(lines: string[]): string {
  let text = "";
  for (let i = 0; i < lines.length; i++) text += `${lines[i]}\n`;
  return text;
}
