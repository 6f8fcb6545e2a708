import { errorsIn, type FindingReport } from "../engine";

/**
 * The exit status of a checked plan: 1 when any finding is an error, else 0. (2, could not
 * do the job, is given where the work stopped.) One rule for `check`, `check DIR` and `rollup`,
 * the engine's (errorsIn), which `check --json` asks of the check's result itself.
 */
export function statusOf(report: { sheets: { findings: FindingReport[] }[] }): 0 | 1 {
  return errorsIn(report.sheets) ? 1 : 0;
}
