import { changeSentence, plural, valueText, type ChangeReport, type PlanSheetReport } from "../engine";

const owners = (list: string[]) => valueText({ kind: "owners", owners: list });

function where(change: ChangeReport): string {
  const id = change.id ?? "(no id)";
  return change.step !== null ? `${id} row ${change.step}` : change.row !== null ? `${id} row ${change.row}` : `${id} (was row ${change.sinceRow})`;
}

/** What moved since the earlier version, for `check --since` without --json. */
export function changeLines(sheet: PlanSheetReport): string[] {
  if (!sheet.since) return [];
  const changes = sheet.changes ?? [];
  const asOf = sheet.since.asOf ? ` (as of ${sheet.since.asOf})` : "";
  const lines = [`  Changes since '${sheet.since.sheet}' in ${sheet.since.file}${asOf}: ${changes.length || "none"}`];
  for (const d of sheet.since.columns) {
    const was = d.sinceColumn ? `${d.sinceColumn} '${d.sinceHeader ?? ""}'` : "no column";
    const now = d.column ? `${d.column} '${d.header ?? ""}'` : "no column";
    lines.push(`    Column for ${d.role}: ${was} then, ${now} now${d.column && d.sinceColumn ? "; matched by what it holds" : "; not compared"}`);
  }
  for (const change of changes) lines.push(`    ${where(change).padEnd(14)} ${changeSentence(change).join("")}`);
  return lines;
}

/** Steps falling due soon, soonest first, with their owners. */
export function dueSoonLines(sheet: PlanSheetReport, within: number | undefined): string[] {
  const soon = sheet.dueSoon ?? [];
  const heading = within === undefined ? "Due soon" : `Due within ${plural(within, "day")}`;
  if (!soon.length) return [`  ${heading}: none`];
  const lines = [`  ${heading} (${soon.length}):`];
  for (const s of soon) lines.push(`    ${`${s.id ?? ""} row ${s.row}`.trim().padEnd(14)} due ${s.targetDate} (${s.daysLeft === 0 ? "today" : `in ${plural(s.daysLeft, "day")}`}) | ${owners(s.owners)}`);
  return lines;
}
