import path from "node:path";
import { describeCopy, type XlsxWorkbook } from "../adapters/xlsx";
import { type CheckResult, checkWorkbook, type Config, errorsFound, type Grid, plural, type Report, ruleSettings, toReport, toReportToWrite, type WriteDescription } from "../engine";
import { loadConfig } from "./config-file";
import { sentenceFor } from "./error-sentence";
import { statusOf } from "./exit-status";
import { writeJson } from "./json-chunks";
import { checksMany } from "./find-files";
import { commandHelp, mainHelp, packageVersion } from "./help";
import { type CheckArgs, parseCommandLine } from "./options";
import { letYoungGenerationGrow } from "./young-generation";
import { renderText } from "./render-text";
import { type EarlierGrids, loadEarlierVersion, refuseAnotherPlan, sheetNamed } from "./since";
import { loadUserWorkbook, refuseSameFile, saveWorkbook } from "./workbook-file";
import { asInputError } from "./load";
import type { WrittenSummary } from "./write-command";

export interface Io {
  /**
   * Text, or UTF-8 (the JSON report). May return a promise to say "wait before writing more".
   * Bytes given are the caller's again when it returns, or when its promise settles.
   */
  out: (data: string | Uint8Array) => void | Promise<void>;
  err: (text: string) => void;
  today: () => string;
  /** Where the work has got to, for a person watching: shown only on a terminal. */
  progress?: (stage: string | null) => void;
}

/**
 * Writes to stdout: a promise that settles once stdout is done with the data (written, or the
 * stream failed), so that the JSON report's one buffer can be filled again. A pipe whose reader
 * is behind then holds one chunk, not the whole 40 MB report of a 50,000-row plan.
 */
function writeStdout(data: string | Uint8Array): Promise<void> {
  // A reader gone (EPIPE, `| head`) ends the write as a failed write, not as an uncaught error.
  if (process.stdout.listenerCount("error") === 0) process.stdout.on("error", () => undefined);
  return new Promise((resolve) => {
    process.stdout.write(data, () => resolve());
  });
}

/** Today on this machine's calendar, not UTC's: just after midnight in summer time is still today. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

const processIo: Io = {
  out: writeStdout,
  err: (text) => process.stderr.write(text),
  today: localToday,
  // One line rewritten in place; nothing at all when stderr is a file or a pipe (CI logs).
  progress: (stage) => {
    if (!process.stderr.isTTY) return;
    process.stderr.write(stage === null ? "\r\x1b[K" : `\r\x1b[K${stage}`);
  },
};

/** The sheets named, else all of them but the earlier version's when it is a sheet of this workbook. */
function sheetsToCheck(grids: Grid[], names: string[], earlier?: EarlierGrids): Grid[] {
  if (names.length === 0) return grids.filter((grid) => !earlier?.grids.includes(grid));
  return names.map((name) => sheetNamed(grids, name));
}

/**
 * Reads and checks the plan and, for --out, describes what to write into the loaded workbook.
 * The grids and the check's result live only in here, unless `reportOf` keeps the result (as
 * toReportToWrite does, for a report written once as JSON): the copy is written without them.
 */
async function checkPlan<R>(
  args: CheckArgs,
  config: Config,
  io: Io,
  name: string,
  reportOf: (result: CheckResult, name: string) => R,
): Promise<{ workbook: XlsxWorkbook; report: R; description: WriteDescription | null }> {
  io.progress?.(`Reading ${path.basename(args.file)}…`);
  // An earlier version kept as another tab of this workbook is read with the sheets checked.
  const sameWorkbook = args.since?.file === null;
  const { workbook, grids } = await loadUserWorkbook(args.file, sameWorkbook ? [] : args.sheets, args.out !== undefined);
  io.progress?.("Checking the plan…");
  // The command line overrides the config file, which overrides the defaults.
  const locale = args.locale ?? config.locale ?? "en-GB";
  const earlier = args.since ? await loadEarlierVersion(args.since, args.file, grids) : undefined;
  const result = checkWorkbook(sameWorkbook ? sheetsToCheck(grids, args.sheets, earlier) : grids, {
    asOf: args.asOf ?? config.asOf,
    today: io.today(),
    locale: locale === "none" ? null : locale,
    escalate: args.escalate ?? config.escalate,
    rules: ruleSettings(config),
    since: earlier,
    dueWithin: args.dueWithin,
  });
  refuseAnotherPlan(result);
  const description = args.out ? asInputError(args.file, () => describeCopy(workbook, result)) : null;
  return { workbook, report: reportOf(result, name), description };
}

/**
 * Reads and checks the plan and, for --out, writes the results into the loaded workbook.
 * Gives back only the report and that workbook. `name` is the file as the report names it.
 */
export async function checkFile(
  args: CheckArgs,
  config: Config,
  io: Io,
  name = path.basename(args.file),
): Promise<{ report: Report; copy: XlsxWorkbook | null; written: WrittenSummary | null }> {
  const { workbook, report, description } = await checkPlan(args, config, io, name, toReport);
  const written = description ? (await import("./write-command")).markCheckedCopy(args.file, workbook, description) : null;
  return { report, copy: args.out ? workbook : null, written };
}

/**
 * Checks the plan and saves the copy. Written before the report is printed: a copy that cannot
 * be written fails the run (exit 2). The workbook is let go here, not held while the report prints.
 */
async function checkAndSave(args: CheckArgs, io: Io): Promise<{ report: Report; written: WrittenSummary | null }> {
  const config: Config = args.config ? await loadConfig(args.config) : {};
  const { report, copy, written } = await checkFile(args, config, io);
  if (args.out && copy) {
    io.progress?.(`Writing ${path.basename(args.out)}…`);
    await saveWorkbook(copy, args.out);
  }
  return { report, written };
}

/**
 * `check --json` without --out: the report is written as it is made (toReportToWrite), each
 * plan's items made a few at a time and let go, rather than all made first and then written.
 */
async function checkToJson(args: CheckArgs, io: Io): Promise<number> {
  const config: Config = args.config ? await loadConfig(args.config) : {};
  // The report's findings are made as it is written: the exit status is taken from the check's.
  const { report } = await checkPlan(args, config, io, path.basename(args.file), (result, name) => ({
    toWrite: toReportToWrite(result, name),
    status: errorsFound(result) ? (1 as const) : (0 as const),
  }));
  io.progress?.(null);
  await writeJson(report.toWrite, io.out);
  return report.status;
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  if (args.json && !args.out) return checkToJson(args, io);
  if (args.out) {
    refuseSameFile(args.file, args.out);
    letYoungGenerationGrow();
  }
  // Once the copy is saved, the workbook and what writing made are garbage, left to V8 rather
  // than collected at once: that full collection took about 0.1 s of a 50,000-row check --out,
  // for a peak 7 MB lower (245 against 252 MB, medians of 7 runs), under 300 MB either way.
  const { report, written } = await checkAndSave(args, io);
  io.progress?.(null);
  if (args.out && written) {
    const sheets = written.sheets.map((name) => `'${name}'`).join(", ");
    io.err(`Wrote ${args.out}: ${plural(written.highlights, "cell")} highlighted with a note saying why, and the sheets ${sheets}. The original is unchanged.\n`);
  }
  if (args.json) await writeJson(report, io.out);
  else await io.out(renderText(report));
  return statusOf(report);
}

/** Runs the command line; returns the exit status (0 clean, 1 errors found, 2 could not do the job). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.command === "help") {
      await io.out(`${args.about ? commandHelp(args.about) : mainHelp(packageVersion())}\n`);
      return 0;
    }
    if (args.command === "version") {
      await io.out(`${packageVersion()}\n`);
      return 0;
    }
    // What only another command uses is loaded when it runs (esbuild evaluates a module
    // import()ed only on first use): a run checking one plan never sets up a worker thread, the
    // roll-up's report reader or the collector of a large copy.
    if (args.command === "check") return await (checksMany(args) ? (await import("./check-many")).checkMany(args, io) : check(args, io));
    if (args.command === "rollup") return await (await import("./rollup-command")).rollup(args, io);
    return await (await import("./clear-command")).clear(args, io.err);
  } catch (error) {
    io.progress?.(null);
    io.err(`${sentenceFor(error)}\n`);
    return 2;
  }
}
