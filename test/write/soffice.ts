/**
 * LibreOffice for the tests that open what we write in another spreadsheet. Each start of
 * LibreOffice costs about 2 s of CPU whatever it converts (a new profile adds nothing measurable),
 * so a test file converts all its workbooks in one start, and asks whether a tool is installed
 * by looking on PATH rather than starting it.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Whether an executable of that name is on PATH: found without running it. */
export function onPath(tool: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir || ".", tool), constants.X_OK);
      return true;
    } catch {
      return false; // not in this folder: try the next
    }
  });
}

/** LibreOffice's filter for every sheet as a UTF-8 CSV, formulas recalculated. */
export const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Converts the files into `outdir`, all in one LibreOffice start, with a private profile in
 * `outdir` (a user's own settings and a running instance stay out of it, and two test files
 * converting at once never share one: LibreOffice refuses a second instance on a profile).
 */
export function convertWithLibreOffice(format: string, files: string[], outdir: string, timeoutMs = 120_000): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${outdir}/profile`, "--headless", "--convert-to", format, "--outdir", outdir, ...files], { stdio: "ignore", timeout: timeoutMs });
}
