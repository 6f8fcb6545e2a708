import type { Report } from "../engine";

const pounds = (n: number) => `£${Math.round(n).toLocaleString("en-GB")}`;

/** The readable summary `action-plan check` prints without --json. */
export function renderText(report: Report): string {
  const lines: string[] = [`${report.file}: as of ${report.asOf} (${report.asOfSource})`, `Escalation rule: ${report.rule}`];
  for (const sheet of report.sheets) {
    lines.push("", `Sheet '${sheet.name}'`);
    if (sheet.kind === "not-a-plan") {
      lines.push(`  Not a plan: ${sheet.reason}`);
      continue;
    }
    lines.push(`  ${sheet.items.length} items, ${sheet.items.reduce((n, i) => n + i.steps.length, 0)} steps; savings ${pounds(sheet.totals.saving)}`);
    for (const severity of ["error", "warning", "info"] as const) {
      const found = sheet.findings.filter((f) => f.severity === severity);
      if (!found.length) continue;
      lines.push(`  ${found.length} ${severity}${found.length === 1 ? "" : "s"}:`);
      for (const f of found) lines.push(`    ${f.cell ?? "sheet"}  ${f.message}  [${f.rule}]`);
    }
    lines.push(`  Escalations: ${sheet.escalations.length ? sheet.escalations.join(", ") : "none"}`);
  }
  return `${lines.join("\n")}\n`;
}
