import path from "node:path";
import { writeChecked, XlsxWorkbook } from "../adapters/xlsx";
import { describeRollup, plural, SUMMARY_STYLES, type RollupLine } from "../engine";
import { saveWorkbook } from "./workbook-file";

/**
 * Writes the roll-up workbook to `out`: the engine's Plans, Escalations and Savings sheets in
 * a new workbook, with the hidden store that marks it as the tool's (so a later `check DIR`
 * skips it). The one place the roll-up meets a workbook writer. Links to the plans go by
 * their path relative to `out`, as reports name files from where the check ran.
 */
export async function writeRollup(lines: readonly RollupLine[], out: string, today: string): Promise<void> {
  const from = path.dirname(path.resolve(out));
  const linkTo = (file: string) => path.relative(from, path.resolve(file)).split(path.sep).join("/");
  const sheets = describeRollup(lines, { today, linkTo });
  const workbook = XlsxWorkbook.blank();
  writeChecked(workbook, { owner: "action-plan-checker", highlights: [], sheets, styles: SUMMARY_STYLES, legend: [] });
  await saveWorkbook(workbook, out);
}

/** The line the CLI prints on stderr once the roll-up is written. */
export function rollupWritten(lines: readonly RollupLine[], out: string): string {
  const plans = lines.filter((line) => line.kind === "plan").length;
  const unread = lines.filter((line) => line.kind === "error").length;
  const files = new Set(lines.map((line) => line.file)).size;
  const bad = unread ? `; ${unread} could not be read and ${unread === 1 ? "is" : "are"} listed with the reason` : "";
  return `Wrote ${out}: a roll-up of ${plural(plans, "plan")} from ${plural(files, "workbook")}${bad} (sheets 'Plans', 'Escalations', 'Savings').\n`;
}
