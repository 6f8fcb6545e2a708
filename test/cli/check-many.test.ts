/**
 * Many plans at once: `check DIR` on worker threads, its JSON Lines and roll-up workbook, and
 * `rollup` of the same reports split over three folders, as CI jobs would make them.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { writeRollup } from "../../src/cli/write-rollup";
import { FileErrorReportSchema, ReportSchema, type Report } from "../../src/engine";
import { captureIo as captureTheIo } from "./capture-io";
import { temporaryFolder } from "../fixtures/temp-folder";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const root = temporaryFolder("action-plan-estate-");
const estate = path.join(root, "estate");
const SHARES: Record<string, string[]> = {
  children: ["lac-progress-2016.xlsx", "lac-progress-2016-fills.xlsx", "best-value-lac.xlsx"],
  adults: ["eit-child-placements.xlsx", "placement-orders.xlsx", "eit-child-placements-merged.xlsx"],
  "finance/2016": ["service-pressures.xlsx", "lac-progress-2016-merged.xlsx"],
};
/** A workbook cut short, as a failed download or a full disk leaves it. */
const TRUNCATED = path.join(estate, "finance/2016/truncated.xlsx");

const captureIo = () => captureTheIo("2016-09-30");

/** How the reports name a file: its path from where the tool runs. */
const nameOf = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");

/** Every cell of every sheet as plain data: value, formula or hyperlink. */
async function cellsOf(file: string): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: Record<string, unknown> = {};
  for (const ws of workbook.worksheets) ws.eachRow((row) => row.eachCell((cell) => (cells[`${ws.name}!${cell.address}`] = cell.value)));
  return cells;
}

let code: number;
let io: ReturnType<typeof captureIo>;
let lines: unknown[];
const out = path.join(root, "board", "rollup.xlsx");

// The slowest setup here, not a test: two worker threads start and check eleven workbooks.
beforeAll(async () => {
  for (const [share, files] of Object.entries(SHARES)) {
    mkdirSync(path.join(estate, share), { recursive: true });
    for (const file of files) copyFileSync(path.join(EXAMPLES, file), path.join(estate, share, file));
  }
  writeFileSync(TRUNCATED, readFileSync(path.join(EXAMPLES, "lac-progress-2016.xlsx")).subarray(0, 3000));
  // Excel's lock file beside a workbook open in Excel, and last month's roll-up: neither is a plan.
  writeFileSync(path.join(estate, "children", "~$lac-progress-2016.xlsx"), "locked by J. Smith");
  await writeRollup([], path.join(estate, "finance", "last-rollup.xlsx"), "2016-08-31");
  writeFileSync(path.join(estate, "adults", "notes.txt"), "not a workbook");
  mkdirSync(path.dirname(out));
  io = captureIo();
  code = await main(["check", estate, "--json", "--jobs", "2", "--out", out], io);
  lines = io.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
}, 120_000);

describe("action-plan check DIR --json --out ROLLUP.xlsx", () => {
  it("prints one report per workbook, one per line, and the bad one with its reason", () => {
    const expected = [...Object.entries(SHARES).flatMap(([share, files]) => files.map((f) => path.join(estate, share, f))), TRUNCATED].map(nameOf);
    expect(lines.map((line) => (line as { file: string }).file).sort()).toEqual(expected.sort());
    const bad = lines.find((line) => (line as { file: string }).file === nameOf(TRUNCATED));
    expect(FileErrorReportSchema.strict().parse(bad).error).toMatch(/is cut short.*Copy or download it again/);
    const reports = lines.filter((line) => line !== bad).map((line) => ReportSchema.parse(line));
    expect(reports).toHaveLength(8);
  });

  it("exits with the worst status of them, skips the tool's own roll-up and says so on stderr", () => {
    expect(code).toBe(2);
    expect(io.stderr).toMatch(/Skipped '.*last-rollup\.xlsx', a roll-up written by Action Plan Checker/);
    expect(io.stderr).toMatch(/Wrote .*rollup\.xlsx: a roll-up of 7 plans from 9 workbooks; 1 could not be read/);
  });

  it("names every workbook on the Plans sheet, each linked to its file from where the roll-up is", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const links = new Map<string, string>();
    workbook.getWorksheet("Plans")!.getColumn(1).eachCell((cell) => {
      const value = cell.value as ExcelJS.CellHyperlinkValue;
      if (value?.hyperlink) links.set(value.text, value.hyperlink);
    });
    for (const line of lines) {
      const file = (line as { file: string }).file;
      expect(links.get(file)).toBe(encodeURI(path.relative(path.dirname(out), path.resolve(file)).split(path.sep).join("/")));
    }
  });

  it("names every escalation of every plan with its file and a link to its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: string[] = [];
    workbook.getWorksheet("Escalations")!.eachRow((row) => {
      const plan = row.getCell(1).value as ExcelJS.CellHyperlinkValue;
      const cell = row.getCell(10).value as ExcelJS.CellHyperlinkValue;
      if (plan?.hyperlink) rows.push(`${plan.text} ${row.getCell(2).value} ${row.getCell(3).value} ${cell.hyperlink}`);
    });
    const reports = lines.filter((line): line is Report => ReportSchema.safeParse(line).success);
    const expected = reports.flatMap((report) =>
      report.sheets.flatMap((sheet) =>
        sheet.kind !== "plan"
          ? []
          : sheet.escalations.map((id) => {
              const item = sheet.items.find((i) => i.id === id)!;
              const target = encodeURI(path.relative(path.dirname(out), path.resolve(report.file)).split(path.sep).join("/"));
              return `${report.file} ${sheet.name} ${id} ${target}#'${sheet.name}'!${sheet.columns.id}${item.row}`;
            }),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.sort()).toEqual(expected.sort());
  });
});

describe("action-plan rollup REPORT.json... --out ROLLUP.xlsx", () => {
  it("makes the same workbook from the reports split over three folders as the one run over all files", async () => {
    const shares = Object.keys(SHARES);
    const shareOf = (file: string) => shares.find((share) => file.includes(`/${share}/`))!;
    const dirs = shares.map((_, i) => mkdirSync(path.join(root, `reports-${i}`), { recursive: true })!);
    // As CI jobs would leave them: JSON Lines from `check DIR --json`, and single reports from `check FILE --json`.
    for (const [i, share] of shares.entries()) {
      const mine = lines.filter((line) => shareOf((line as { file: string }).file) === share);
      if (i === 1) mine.forEach((report, n) => writeFileSync(path.join(dirs[i], `report-${n}.json`), `${JSON.stringify(report, null, 2)}\n`));
      else writeFileSync(path.join(dirs[i], "reports.jsonl"), mine.map((line) => `${JSON.stringify(line)}\n`).join(""));
    }
    const again = path.join(path.dirname(out), "rollup-from-reports.xlsx");
    const rollupIo = captureIo();
    expect(await main(["rollup", ...dirs, "--out", again], rollupIo)).toBe(code);
    expect(rollupIo.stdout).toBe("");
    expect(await cellsOf(again)).toEqual(await cellsOf(out));
  });

  it("rolls up reports written before steps carried their due cell, to the same workbook", async () => {
    const withoutDueCell = (line: unknown) =>
      JSON.stringify(line, (key, value: unknown) => (key === "dueCell" ? undefined : value));
    const older = path.join(root, "older-reports.jsonl");
    writeFileSync(older, lines.map((line) => `${withoutDueCell(line)}\n`).join(""));
    expect(readFileSync(older, "utf8")).not.toContain("dueCell");
    const again = path.join(path.dirname(out), "rollup-from-older-reports.xlsx");
    const rollupIo = captureIo();
    expect(await main(["rollup", older, "--out", again], rollupIo)).toBe(code);
    expect(await cellsOf(again)).toEqual(await cellsOf(out));
  });

  it("refuses a file that is not a report of check --json, in one sentence naming it and its line", async () => {
    const bad = path.join(root, "not-a-report.jsonl");
    writeFileSync(bad, `${JSON.stringify(lines[0])}\n{"file":"plan.xlsx","sheets":"none"}\n`);
    const rollupIo = captureIo();
    expect(await main(["rollup", bad, "--out", path.join(root, "never.xlsx")], rollupIo)).toBe(2);
    expect(rollupIo.stderr).toMatch(/^'.*not-a-report\.jsonl' line 2 is not a report of 'action-plan check --json' \(.+\)\. Make the reports with the same version of action-plan\.\n$/);
  });

  it.each([
    [["rollup", "reports/"], "--out rollup needs --out ROLLUP.xlsx: the workbook to write"],
    [["rollup", "reports/", "--out", "r.xlsx", "--as-of", "2016-06-30"], "'rollup' has no option --as-of: run 'action-plan rollup --help' to see its options."],
    [["rollup", "--out", "r.xlsx"], "Name the reports to roll up, e.g. action-plan rollup reports/ --out rollup.xlsx"],
    [["check", "plans/", "--jobs", "0"], "--jobs must be at least 1"],
    [["check", "plans/", "--jobs", "two"], "--jobs must be a whole number of jobs, e.g. --jobs 2"],
  ])("refuses %j in one sentence", async (argv, sentence) => {
    const usageIo = captureIo();
    expect(await main(argv, usageIo)).toBe(2);
    expect(usageIo.stderr).toBe(`${sentence}\n`);
  });
});
