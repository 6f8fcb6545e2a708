import { plural, type ChangeReport, type PlanSheetReport } from "../engine";

const ORDINALS = ["", "1st", "2nd", "3rd"];
const ragWord = (rag: unknown) => (typeof rag === "string" ? rag[0].toUpperCase() + rag.slice(1) : "no RAG");
const pounds = (n: unknown) => (typeof n === "number" ? `£${Math.round(n).toLocaleString("en-GB")}` : "none");
const owners = (list: unknown) => (Array.isArray(list) && list.length ? list.join(", ") : "nobody");
const dateOrNone = (date: unknown) => (typeof date === "string" ? date : "none");

function moved(change: ChangeReport): string {
  if (change.days === null || change.days === 0) return "";
  const when = change.days > 0 ? `${plural(change.days, "day")} later` : `${plural(-change.days, "day")} earlier`;
  return change.extensions ? ` (${when}, its ${ORDINALS[change.extensions] ?? `${change.extensions}th`} extension)` : ` (${when})`;
}

/** One change in a line's worth of words. */
function describe(change: ChangeReport): string {
  switch (change.kind) {
    case "rag":
    case "savings-rag":
      return `${change.kind === "rag" ? "Action" : "Savings"} RAG ${ragWord(change.from)} → ${ragWord(change.to)}${change.direction ? ` (${change.direction})` : ""}`;
    case "target":
    case "revised":
      return `${change.kind} date ${dateOrNone(change.from)} → ${dateOrNone(change.to)}${moved(change)}`;
    case "done":
      return change.to ? "done since" : "no longer marked done";
    case "owner":
      return `owners ${owners(change.from)} → ${owners(change.to)}`;
    case "saving":
      return `saving ${pounds(change.from)} → ${pounds(change.to)}`;
    case "renumbered":
      return `renumbered from ${change.from ?? "no id"}`;
    case "added":
      return "new";
    case "removed":
      return "no longer in the plan";
    case "escalated":
      return "now escalated";
    case "no-longer-escalated":
      return "no longer escalated";
  }
}

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
  for (const change of changes) lines.push(`    ${where(change).padEnd(14)} ${describe(change)}`);
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
