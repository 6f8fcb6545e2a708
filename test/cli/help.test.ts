import fs from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { COMMANDS, OPTIONS, optionsOf, packageVersion } from "../../src/cli/help";
import { captureIo } from "./capture-io";

async function run(...argv: string[]) {
  const io = captureIo();
  const status = await main(argv, io);
  return { status, stdout: io.stdout, stderr: io.stderr };
}

const ROOT = path.resolve(__dirname, "../..");
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
const lineOf = (text: string, flag: string) => text.split("\n").find((line) => new RegExp(`^\\s+(-\\w, )?${flag}\\b`).test(line));

describe("action-plan --help", () => {
  it("names the version, every command and every option, the exit statuses and examples, on stdout", async () => {
    const { status, stdout, stderr } = await run("--help");
    expect([status, stderr]).toEqual([0, ""]);
    expect(stdout).toContain(`action-plan ${version}`);
    for (const name of Object.keys(COMMANDS)) expect(stdout).toMatch(new RegExp(`^  ${name}  +\\S`, "m"));
    for (const option of OPTIONS) expect(lineOf(stdout, `--${option.name}`)).toBeDefined();
    expect(stdout).toMatch(/^Exit status:\n  0  no finding is an error\n  1  at least one finding is an error\n  2  it could not do the job/m);
    expect(stdout.match(/^ {2}action-plan (check|clear) \S+\.xlsx/gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it("gives each option's default on its line", async () => {
    const words = (await run("--help")).stdout.replace(/\s+/g, " ");
    expect(words).toContain("--sheet NAME Check only this sheet; give it again for more (default: every sheet)");
    expect(words).toContain("--as-of YYYY-MM-DD The date slippage and overdue steps are counted at (default: the sheet's reporting date, else today)");
    expect(words).toContain("--locale LOCALE How a date typed as text like 03/04/2016 is read (default: en-GB)");
    expect(words).toContain("--escalate RULE Which items go to the board (default: red-amber-with-saving)");
  });

  it("is the same for -h and for 'help'", async () => {
    const long = await run("--help");
    expect((await run("-h")).stdout).toBe(long.stdout);
    expect((await run("help")).stdout).toBe(long.stdout);
  });

  it("keeps every line within 80 columns", async () => {
    for (const argv of [["--help"], ["check", "--help"], ["clear", "--help"]]) {
      const { stdout } = await run(...argv);
      expect(stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);
    }
  });
});

describe("action-plan <command> --help", () => {
  it("check --help: its usage, its options only, its exit statuses and examples", async () => {
    const { status, stdout } = await run("check", "--help");
    expect(status).toBe(0);
    expect(stdout).toContain("action-plan check <workbook.xlsx> [options]");
    for (const option of optionsOf("check")) expect(lineOf(stdout, `--${option.name}`)).toBeDefined();
    expect(stdout).toMatch(/--out OUT\.xlsx/);
    expect(stdout).not.toMatch(/CLEAN\.xlsx/);
    expect(stdout).toMatch(/^ {2}1 {2}at least one finding is an error/m);
    expect(stdout).toMatch(/^Examples:\n {2}# /m);
  });

  it("check -h, check plan.xlsx --help and 'help check' say the same", async () => {
    const { stdout } = await run("check", "--help");
    expect((await run("check", "-h")).stdout).toBe(stdout);
    expect((await run("check", "plan.xlsx", "--json", "--help")).stdout).toBe(stdout);
    expect((await run("help", "check")).stdout).toBe(stdout);
  });

  it("clear --help: --out is required, and there is no status 1", async () => {
    const { status, stdout } = await run("clear", "--help");
    expect(status).toBe(0);
    expect(lineOf(stdout, "--out")).toMatch(/CLEAN\.xlsx .*required/);
    expect(lineOf(stdout, "--json")).toBeUndefined();
    expect(stdout).not.toMatch(/^ {2}1 {2}/m);
  });
});

describe("action-plan --version", () => {
  it("prints package.json's version and nothing else", async () => {
    expect(await run("--version")).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("finds package.json from the compiled tool's folder too", () => {
    expect(packageVersion(path.join(ROOT, "dist/node/cli"))).toBe(version);
  });
});

describe("a mistake in the command line: exit 2, one sentence on stderr", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["an unknown option", ["check", "plan.xlsx", "--colour"], /^Unknown option '--colour': run 'action-plan check --help' to see the options\.\n$/],
    ["an unknown option with no command", ["--colour"], /^Unknown option '--colour': run 'action-plan --help' to see the options\.\n$/],
    ["another command's option", ["clear", "checked.xlsx", "--json", "--out", "clean.xlsx"], /^'clear' has no option --json: run 'action-plan clear --help' to see its options\.\n$/],
    ["no command", [], /^Name a command, e\.g\. action-plan check plan\.xlsx, or run 'action-plan --help'\.\n$/],
  ];
  it.each(cases)("%s", async (_name, argv, message) => {
    const { status, stdout, stderr } = await run(...argv);
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(message);
  });
});
