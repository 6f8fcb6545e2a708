/**
 * `check DIR --since LASTDIR`: each plan of a folder compared with last month's file of the
 * same name, and a plan new this month checked on its own.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ReportSchema, type PlanSheetReport, type Report } from "../../src/engine";
import { juneAndMay } from "../compare/seed-004-may";
import { toBuffer } from "../fixtures/seed-workbooks";
import { temporaryFolder } from "../fixtures/temp-folder";
import { captureIo as captureIoOn } from "./capture-io";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const root = temporaryFolder("action-plan-since-many-");
const june = path.join(root, "june");
const may = path.join(root, "may");
const rollup = path.join(root, "rollup.xlsx");
/** This month's plans: the LAC plan at the same path as last month's, the placements plan moved into a folder, and a new one. */
const now = { lac: path.join(june, "children", "lac.xlsx"), orders: path.join(june, "adults", "placement-orders.xlsx"), fresh: path.join(june, "adults", "eit-child-placements.xlsx") };

const captureIo = () => captureIoOn("2016-07-15");

const nameOf = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");
const planOf = (report: Report) => report.sheets.find((sheet): sheet is PlanSheetReport => sheet.kind === "plan")!;

let code: number;
let reports: Map<string, Report>;
let text: string;

// The slowest setup here, not a test: worker threads start and check the plans twice, as JSON and as text.
beforeAll(async () => {
  for (const folder of [path.join(june, "children"), path.join(june, "adults"), path.join(may, "children")]) mkdirSync(folder, { recursive: true });
  // Seed 004 in June, and the May version made from it: 2.1 was Green, a step since done, 4.8 new…
  const lac = juneAndMay();
  writeFileSync(now.lac, await toBuffer(lac.june));
  writeFileSync(path.join(may, "children", "lac.xlsx"), await toBuffer(lac.may));
  copyFileSync(path.join(EXAMPLES, "placement-orders.xlsx"), now.orders);
  copyFileSync(path.join(EXAMPLES, "placement-orders.xlsx"), path.join(may, "placement-orders.xlsx"));
  copyFileSync(path.join(EXAMPLES, "eit-child-placements.xlsx"), now.fresh);
  const io = captureIo();
  code = await main(["check", june, "--since", may, "--json", "--jobs", "2", "--out", rollup], io);
  const lines = io.stdout.trimEnd().split("\n").map((line) => ReportSchema.parse(JSON.parse(line)));
  reports = new Map(lines.map((report) => [report.file, report]));
  // The same as text, the plans named as a folder and a file: the file is matched by its name alone.
  // One thread is enough here (the run above is the one on two): each thread started costs a second or two of CPU.
  const textIo = captureIo();
  await main(["check", path.join(june, "adults"), now.lac, "--since", may, "--jobs", "1"], textIo);
  text = textIo.stdout;
}, 90_000);

describe("action-plan check DIR --since LASTDIR", () => {
  it("compares a plan with last month's file at the same path, with exactly what changed", () => {
    const sheet = planOf(reports.get(nameOf(now.lac))!);
    expect(sheet.since).toMatchObject({ file: "lac.xlsx", sheet: "LAC Progress May-16", asOf: "2016-05-31" });
    expect(sheet.changes!.map((c) => `${c.id} ${c.kind}`)).toEqual(["2.1 rag", "2.1 escalated", "2.2 owner", "2.2 revised", "2.3 revised", "4.4 done", "4.8 added"]);
    expect(sheet.changes!.find((c) => c.kind === "rag")).toMatchObject({ direction: "worse" });
  });

  it("finds last month's file by its name when it has moved to another folder, and reports no changes when none were made", () => {
    const sheet = planOf(reports.get(nameOf(now.orders))!);
    expect(sheet.since).toMatchObject({ file: "placement-orders.xlsx", sheet: "Action Plan" });
    expect(sheet.changes).toEqual([]);
  });

  it("checks a plan with no earlier file on its own, and the others go on", () => {
    expect([...reports.keys()].sort()).toEqual([now.fresh, now.lac, now.orders].map(nameOf).sort());
    const sheet = planOf(reports.get(nameOf(now.fresh))!);
    expect(sheet.since).toBeNull();
    expect(sheet.items.length).toBeGreaterThan(0);
    expect(code).toBeLessThan(2);
  });

  it("says on each plan's text line what changed, or that it had nothing to compare with", () => {
    const lineOf = (file: string) => text.split("\n").find((line) => line.startsWith(`${nameOf(file)} `));
    expect(lineOf(now.lac)).toMatch(/, 7 changes since the earlier version$/);
    expect(lineOf(now.orders)).toMatch(/, 0 changes since the earlier version$/);
    expect(lineOf(now.fresh)).toMatch(/, \d+ errors?; no earlier version in '.*' to compare with$/);
    expect(lineOf(now.fresh)).toContain(`'${may.split(path.sep).join("/")}'`);
  });

  it("counts each plan's changes on the roll-up's Plans sheet, blank for the plan not compared", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(rollup);
    const sheet = workbook.getWorksheet("Plans")!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v as ExcelJS.CellHyperlinkValue)?.text ?? v)));
    const header = rows.find((row) => row[0] === "File")!;
    const [changes, dueSoon] = ["Changes since", "Due soon"].map((h) => header.indexOf(h));
    const rowOf = (file: string) => rows.find((row) => row[0] === nameOf(file))!;
    expect([now.lac, now.orders, now.fresh].map((file) => rowOf(file)[changes] ?? null)).toEqual([7, 0, null]);
    expect(rowOf(now.lac)[dueSoon]).toBe(planOf(reports.get(nameOf(now.lac))!).dueSoon!.length);
  });

  it("refuses a file where many workbooks need a folder of earlier ones, in one sentence", async () => {
    const io = captureIo();
    const earlier = path.join(may, "placement-orders.xlsx");
    expect(await main(["check", june, "--since", earlier], io)).toBe(2);
    expect(io.stderr).toBe(`With many workbooks, --since needs the folder of their earlier versions (each plan is compared with the file of the same name there), and '${earlier}' is not a folder.\n`);
    expect(io.stdout).toBe("");
  });
});
