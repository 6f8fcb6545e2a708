/**
 * What passes between `check DIR` and its worker threads. Both ends are this program, so the
 * shapes are typed here once rather than parsed.
 */
import { unreadLine, type Config, type RollupLine } from "../engine";
import type { CheckArgs, SinceArg } from "./options";

/** What every worker is started with: the options common to all the files. */
export interface WorkerSetup {
  args: CheckArgs;
  config: Config;
  today: string;
  json: boolean;
}

/** One workbook to check: its path, its name in the report, and its own earlier version when --since named a folder. */
export interface WorkerTask {
  file: string;
  name: string;
  since?: SinceArg;
}

/** What the main thread needs of one workbook: never its whole report. */
export type WorkerResult =
  | { kind: "checked"; name: string; status: 0 | 1 | 2; json: string | null; lines: RollupLine[] }
  /** A workbook holding nothing of its user's: a roll-up the tool wrote, not a plan. */
  | { kind: "skipped"; name: string };

/** The result for a workbook that could not be checked, with the sentence saying why. */
export function unreadResult(setup: WorkerSetup, name: string, sentence: string): WorkerResult {
  // The error line of JSON Lines: FileErrorReportSchema in ../engine/report.ts.
  const json = setup.json ? JSON.stringify({ file: name, error: sentence }) : null;
  return { kind: "checked", name, status: 2, json, lines: [unreadLine(name, sentence)] };
}
