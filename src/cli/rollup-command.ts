import { summariseReport, unreadLine, type RollupLine } from "../engine";
import { statusOf } from "./exit-status";
import { filesIn } from "./find-files";
import type { Io } from "./main";
import type { RollupArgs } from "./options";
import { readReports } from "./read-reports";
import { rollupWritten, writeRollup } from "./write-rollup";

/**
 * `rollup REPORT.json... --out ROLLUP.xlsx`: the roll-up `check DIR --out` writes, from
 * reports made elsewhere (one machine per share of the files). Each report is summarised as
 * it is read and let go. The exit status is the one a single `check` of all the files gives.
 */
export async function rollup(args: RollupArgs, io: Io): Promise<number> {
  const files = await filesIn(args.reports, [".json", ".jsonl", ".ndjson"], "reports");
  const lines: RollupLine[] = [];
  let worst = 0;
  for (const [i, file] of files.entries()) {
    io.progress?.(`Reading reports: ${i + 1} of ${files.length}`);
    for await (const report of readReports(file)) {
      if ("error" in report) {
        lines.push(unreadLine(report.file, report.error));
        worst = 2;
        continue;
      }
      lines.push(...summariseReport(report));
      worst = Math.max(worst, statusOf(report));
    }
  }
  io.progress?.(`Writing the roll-up…`);
  await writeRollup(lines, args.out, io.today());
  io.progress?.(null);
  io.err(rollupWritten(lines, args.out));
  return worst;
}
