/**
 * LibreOffice for the tests that open what we write in another spreadsheet. Each start of
 * LibreOffice costs CPU whatever it converts (about half a second, 2 s when it runs its graphics
 * self-tests: see NOT_UPGRADED), so a test file converts all its workbooks in one start, and asks
 * whether a tool is installed by looking on PATH rather than starting it.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdirSync, writeFileSync } from "node:fs";
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
 * A profile's settings that say it was last used by a LibreOffice newer than any installed. A
 * profile that LibreOffice takes to be from an older version, as a new one is, makes it run its
 * graphics self-tests (sixteen 4096 x 4096 drawings) before anything else: over a second of CPU,
 * on every conversion, as a conversion never records the version. What it prints is the same.
 */
const NOT_UPGRADED = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>999.0</value></prop></item>
</oor:items>
`;

/**
 * Converts the files into `outdir`, all in one LibreOffice start, with a private profile in
 * `outdir` (a user's own settings and a running instance stay out of it, and two test files
 * converting at once never share one: LibreOffice refuses a second instance on a profile).
 */
export function convertWithLibreOffice(format: string, files: string[], outdir: string, timeoutMs = 120_000): void {
  const profile = path.join(outdir, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), NOT_UPGRADED);
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outdir, ...files], { stdio: "ignore", timeout: timeoutMs });
}
