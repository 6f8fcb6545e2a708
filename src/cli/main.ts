import path from "node:path";
import type { XlsxWorkbook } from "../adapters/xlsx";
import { checkWorkbook, type Config, type Report, ruleSettings, toReport } from "../engine";
import { clear } from "./clear-command";
import { loadConfig } from "./config-file";
import { writeJson } from "./json-chunks";
import { type CheckArgs, parseCommandLine, USAGE, UsageError } from "./options";
import { renderText } from "./render-text";
import { loadUserWorkbook, refuseSameFile, saveWorkbook } from "./workbook-file";
import { markCheckedCopy, type WrittenSummary } from "./write-command";

export interface Io {
  /** May return a promise to say "wait before writing more". */
  out: (text: string) => void | Promise<void>;
  err: (text: string) => void;
  today: () => string;
  /** Where the work has got to, for a person watching: shown only on a terminal. */
  progress?: (stage: string | null) => void;
}

/**
 * Writes to stdout; when its queue is full, a promise that settles once it has drained. A pipe
 * whose reader is behind would otherwise hold the whole 40 MB report of a 50,000-row plan.
 */
function writeStdout(text: string): void | Promise<void> {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "close", "error"]) process.stdout.off(event, done);
      resolve();
    };
    for (const event of ["drain", "close", "error"]) process.stdout.on(event, done);
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

/**
 * Reads and checks the plan and, for --out, writes the results into the loaded workbook.
 * Gives back only the report and that workbook: the grids and the check's result are let go
 * before the copy is saved.
 */
async function checkFile(args: CheckArgs, config: Config, io: Io): Promise<{ report: Report; copy: XlsxWorkbook | null; written: WrittenSummary | null }> {
  io.progress?.(`Reading ${path.basename(args.file)}…`);
  const { workbook, grids } = await loadUserWorkbook(args.file, args.sheets);
  io.progress?.("Checking the plan…");
  // The command line overrides the config file, which overrides the defaults.
  const locale = args.locale ?? config.locale ?? "en-GB";
  const result = checkWorkbook(grids, {
    asOf: args.asOf ?? config.asOf,
    today: io.today(),
    locale: locale === "none" ? null : locale,
    escalate: args.escalate ?? config.escalate,
    rules: ruleSettings(config),
  });
  const written = args.out ? markCheckedCopy(args.file, workbook, result) : null;
  return { report: toReport(result, path.basename(args.file)), copy: args.out ? workbook : null, written };
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  if (args.out) refuseSameFile(args.file, args.out);
  const config: Config = args.config ? await loadConfig(args.config) : {};
  const { report, copy, written } = await checkFile(args, config, io);
  // Written before the report is printed: a copy that cannot be written fails the run (exit 2).
  if (args.out && copy) {
    io.progress?.(`Writing ${path.basename(args.out)}…`);
    await saveWorkbook(copy, args.out);
  }
  io.progress?.(null);
  if (args.out && written) {
    const sheets = written.sheets.map((name) => `'${name}'`).join(", ");
    io.err(`Wrote ${args.out}: ${written.highlights} cell${written.highlights === 1 ? "" : "s"} highlighted with a note saying why, and the sheets ${sheets}. The original is unchanged.\n`);
  }
  if (args.json) await writeJson(report, io.out);
  else await io.out(renderText(report));
  const anyError = report.sheets.some((sheet) => sheet.findings.some((f) => f.severity === "error"));
  return anyError ? 1 : 0;
}

/** Runs the command line; returns the exit status (0 clean, 1 errors found, 2 could not do the job). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.command === "help") {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (args.command === "check") return await check(args, io);
    return await clear(args, io.err);
  } catch (error) {
    io.progress?.(null);
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    // A bug, not the user's fault: still one plain sentence, with what to send us.
    io.err(`action-plan stopped on an unexpected problem (${(error as Error).message}). Please report it with the workbook if you can share it.\n`);
    return 2;
  }
}
