import { writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { ReportSchema, type PlanSheetReport } from "../../src/engine";
import { juneAndMay, oneTabAMonth } from "../compare/seed-004-may";
import { buildSeed000, toBuffer } from "../fixtures/seed-workbooks";
import { temporaryFolder } from "../fixtures/temp-folder";

import { captureIo } from "./capture-io";

const dir = temporaryFolder("action-plan-since-");
const paths = { june: path.join(dir, "june.xlsx"), may: path.join(dir, "may.xlsx"), book: path.join(dir, "lac 2016.xlsx"), other: path.join(dir, "placement-orders.xlsx") };

beforeAll(async () => {
  const { june, may } = juneAndMay();
  writeFileSync(paths.june, await toBuffer(june));
  writeFileSync(paths.may, await toBuffer(may));
  writeFileSync(paths.book, await toBuffer(oneTabAMonth()));
  writeFileSync(paths.other, await toBuffer(buildSeed000()));
});

async function report(args: string[]) {
  const io = captureIo();
  const status = await main(["check", ...args, "--json"], io);
  return { status, stderr: io.stderr, report: ReportSchema.parse(JSON.parse(io.stdout)) };
}

const kinds = (sheet: PlanSheetReport) => sheet.changes!.map((c) => `${c.id} ${c.kind}`);
const JUNE = ["2.1 rag", "2.1 escalated", "2.2 owner", "2.2 revised", "2.3 revised", "4.4 done", "4.8 added"];

describe("action-plan check --since", () => {
  it("compares with another file", async () => {
    const { report: r } = await report([paths.june, "--since", paths.may]);
    const sheet = r.sheets[0] as PlanSheetReport;
    expect(sheet.since).toMatchObject({ file: "may.xlsx", sheet: "LAC Progress May-16", asOf: "2016-05-31" });
    expect(kinds(sheet)).toEqual(JUNE);
  });

  it("compares with a named sheet of another file", async () => {
    const { report: r } = await report([paths.june, "--since", `${paths.may}#LAC Progress May-16`]);
    expect(r.sheets[0].kind === "plan" && r.sheets[0].since?.file).toBe("may.xlsx#LAC Progress May-16");
  });

  it("compares with another tab of the same workbook, and checks only the other tabs", async () => {
    const { report: r } = await report([paths.book, "--since", "#LAC Progress May-16"]);
    expect(r.sheets.map((s) => s.name)).toEqual(["LAC Progress Jun-16"]);
    expect(kinds(r.sheets[0] as PlanSheetReport)).toEqual(JUNE);
  });

  it("lists what is due within --due-within days, in every report", async () => {
    const { report: r } = await report([paths.june, "--due-within", "0"]);
    const sheet = r.sheets[0] as PlanSheetReport;
    expect(r.dueWithin).toBe(0);
    expect(sheet.since).toBeNull();
    expect(sheet.changes).toEqual([]);
    expect(sheet.dueSoon).toEqual([]);
  });

  it("prints the changes and what is due soon as text", async () => {
    const io = captureIo();
    await main(["check", paths.june, "--since", paths.may], io);
    expect(io.stdout).toContain("Changes since 'LAC Progress May-16' in may.xlsx (as of 2016-05-31): 7");
    expect(io.stdout).toContain("2.3 row 86     Revised date 31 May 2016 → 31 Jul 2016 (61 days later, 2nd extension)");
    expect(io.stdout).toContain("Due within 28 days (14):");
    expect(io.stdout).toMatch(/1\.1 row 25 +due 2016-06-30 \(in 1 day\) \| L\. Lofting, C\. Smith/);
  });
});

describe("action-plan check --since: what it cannot compare exits 2 with one sentence", () => {
  const cases: Array<[string, () => string[], string]> = [
    ["a file of another plan", () => [paths.june, "--since", paths.other], `'placement-orders.xlsx' is not an earlier version of this plan: none of its items has the id or the title of an item in 'LAC Progress Jun-16'. Give --since the earlier version of this plan.\n`],
    ["a sheet this workbook lacks", () => [paths.book, "--since", "#LAC Progress Apr-16"], `There is no sheet named 'LAC Progress Apr-16'. This workbook has: 'LAC Progress Jun-16', 'LAC Progress May-16'.\n`],
    ["'#' and no sheet", () => [paths.june, "--since", "#"], `--since names no sheet after '#': write the sheet's name, e.g. --since "#Plan May-16"\n`],
    ["a missing file", () => [paths.june, "--since", path.join(dir, "april.xlsx")], `Cannot find '${path.join(dir, "april.xlsx")}'. Check the path and try again.\n`],
    ["days that are not a number", () => [paths.june, "--due-within", "four weeks"], "--due-within must be a whole number of days, e.g. 28\n"],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const io = captureIo();
    expect(await main(["check", ...args()], io)).toBe(2);
    expect(io.stderr).toBe(message);
    expect(io.stdout).toBe("");
  });
});
