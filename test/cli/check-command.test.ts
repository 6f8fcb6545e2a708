import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { main } from "../../src/cli/main";
import { ReportSchema } from "../../src/engine";
import { buildSeedWorkbooks } from "../fixtures/seed-workbooks";
import { captureIo } from "./capture-io";

const dir = mkdtempSync(path.join(tmpdir(), "action-plan-cli-"));
const file = (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

let lac: string;
let prose: string;
let eit: string;
beforeAll(async () => {
  const built = await buildSeedWorkbooks();
  eit = file("eit.xlsx", built.find((b) => b.name === "001-pasted")!.buffer);
  lac = file("lac.xlsx", built.find((b) => b.name === "004-text")!.buffer);
  prose = file("prose.xlsx", built.find((b) => b.name === "003-prose")!.buffer);
});

describe("action-plan check: input it cannot work on exits 2 with one plain sentence", () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ["a missing file", () => ["check", path.join(dir, "nope.xlsx")], /^Cannot find '.*nope\.xlsx'\. Check the path and try again\.\n$/],
    ["an empty file", () => ["check", file("empty.xlsx", "")], /is empty/],
    ["a CSV named .xlsx", () => ["check", file("plan.xlsx", "No.,Action\n1,Do it\n")], /is not an Excel workbook \(\.xlsx\)/],
    ["a damaged zip", () => ["check", file("broken.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))], /is cut short \(the end of the file is missing\)/],
    ["a folder with no workbook in it", () => ["check", mkdtempSync(path.join(dir, "empty-"))], /^There are no workbooks \(\.xlsx, \.xlsm\) in '.*empty-\w+'\.\n$/],
    ["no file named", () => ["check"], /Name the workbook to check/],
    ["an unknown command", () => ["chek", lac], /Unknown command 'chek'/],
    ["a bad --as-of", () => ["check", lac, "--as-of", "29/06/2016"], /--as-of must be a date written YYYY-MM-DD/],
    ["an impossible --as-of", () => ["check", lac, "--as-of", "2016-02-30"], /--as-of is not a real calendar date/],
    ["an unknown --escalate", () => ["check", lac, "--escalate", "everything"], /--escalate/],
    ["an unknown option", () => ["check", lac, "--colour"], /Unknown option '--colour'/],
    ["an unknown sheet", () => ["check", lac, "--sheet", "Plan"], /There is no sheet named 'Plan'\. The workbook has: 'LAC Progress Jun-16'\./],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const io = captureIo();
    expect(await main(args(), io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stderr).not.toMatch(/\n\s+at /);
    expect(io.stderr.trim().split("\n").length).toBeLessThanOrEqual(4);
    expect(io.stdout).toBe("");
  });
});

describe("action-plan check --json", () => {
  it("prints the contract report, as of the sheet's reporting date", async () => {
    const io = captureIo();
    const code = await main(["check", lac, "--json"], io);
    const report = ReportSchema.parse(JSON.parse(io.stdout));
    expect(report.asOf).toBe("2016-06-29");
    expect(report.asOfSource).toBe("sheet");
    const sheet = report.sheets[0];
    expect(sheet.kind).toBe("plan");
    if (sheet.kind !== "plan") return;
    expect(sheet.items).toHaveLength(33);
    expect(sheet.escalations).toEqual(["2.1", "2.2", "4.7"]);
    expect(code).toBe(sheet.findings.some((f) => f.severity === "error") ? 1 : 0);
  });

  it("takes --as-of over the sheet's date and says so", async () => {
    const io = captureIo();
    await main(["check", lac, "--json", "--as-of", "2016-07-01"], io);
    const report = ReportSchema.parse(JSON.parse(io.stdout));
    expect([report.asOf, report.asOfSource]).toEqual(["2016-07-01", "option"]);
  });

  it("reports a prose sheet as not a plan, with its reason, and exits 0", async () => {
    const io = captureIo();
    expect(await main(["check", prose, "--json"], io)).toBe(0);
    const report = ReportSchema.parse(JSON.parse(io.stdout));
    expect(report.asOfSource).toBe("today");
    expect(report.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Service Pressures", "not-a-plan"],
      ["Notes", "not-a-plan"],
    ]);
    const [pressures, notes] = report.sheets;
    expect(pressures.kind === "not-a-plan" && pressures.reason).toMatch(/No action table was found/);
    expect(notes.kind === "not-a-plan" && notes.reason).toBe("The sheet is empty.");
  });
});

describe("npx action-plan (the installed command)", () => {
  it("runs the built CLI and exits 2 on a missing file without a stack trace", async () => {
    const bin = path.resolve(__dirname, "../../bin/action-plan.js");
    const run = promisify(execFile);
    const result = await run("node", [bin, "check", path.join(dir, "missing.xlsx")]).catch((e: { code: number; stderr: string }) => e);
    expect("code" in result && result.code).toBe(2);
    expect(result.stderr).toMatch(/^Cannot find/);
  });

  it("prints the JSON report of a seed workbook on stdout only", async () => {
    const bin = path.resolve(__dirname, "../../bin/action-plan.js");
    const { stdout } = await promisify(execFile)("node", [bin, "check", lac, "--json", "--as-of", "2016-06-29"]).catch((e: { stdout: string }) => e);
    expect(ReportSchema.parse(JSON.parse(stdout)).sheets[0].name).toBe("LAC Progress Jun-16");
  });
});

describe("action-plan check, the readable summary", () => {
  it("says how much of seed 001's total is a ceiling ('Up to £400k') or a yearly amount", async () => {
    const io = captureIo();
    expect(await main(["check", eit], io)).toBe(0);
    // £48k one-off + up to £400k a year + £109k a year: the total is not one kind of money.
    expect(io.stdout).toContain('Savings: £557,000 (£400,000 of it written as "up to"; £509,000 of it a year (per annum))');
  });

  it("adds nothing to a total made only of plain amounts", async () => {
    const io = captureIo();
    await main(["check", lac], io);
    expect(io.stdout).toMatch(/^ {2}Savings: £4,380,000$/m);
  });
});
