import type ExcelJS from "exceljs";
import { readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook, toReport, type ChangeReport, type Grid, type PlanSheetReport } from "../../src/engine";
import { buildSeed000, toBuffer } from "../fixtures/seed-workbooks";
import { juneAndMay, oneTabAMonth } from "./seed-004-may";

const grids = async (wb: ExcelJS.Workbook): Promise<Grid[]> => readGrids(await toBuffer(wb)).grids;

function compare(june: Grid[], may: Grid[]): PlanSheetReport {
  const result = checkWorkbook(june, { today: "2026-11-23", locale: "en-GB", since: { file: "may.xlsx", grids: may } });
  const sheet = toReport(result, "june.xlsx").sheets[0];
  if (sheet.kind !== "plan") throw new Error(sheet.reason);
  return sheet;
}

/** A change in a line: what a reader would check it against. */
const line = (c: ChangeReport) => [c.id, c.kind, c.step ?? c.row, c.from, c.to, c.days, c.extensions].map((v) => (v === null ? "-" : Array.isArray(v) ? v.join("+") : String(v))).join(" ");

/** What moved in June, and only that. */
const JUNE_CHANGES = [
  "2.1 rag 72 green amber - -", // Green in May, Amber now
  "2.1 escalated 72 - - - -", // ...which brings it under the default escalation rule (Amber with a saving)
  "2.2 owner 82 T. Collins T. Collins+J. Gregg - -",
  "2.2 revised 84 - 2016-05-31 61 1", // a revised date given in June: its first extension
  "2.3 revised 86 2016-05-31 2016-07-31 61 2", // pushed back a second time
  "4.4 done 167 false true - -",
  "4.8 added 176 - - - -",
];

describe("seed 004, June against May in another file", () => {
  let sheet: PlanSheetReport;
  beforeAll(async () => {
    const { june, may } = juneAndMay();
    sheet = compare(await grids(june), await grids(may));
  });

  it("gives exactly the changes made in June", () => {
    expect(sheet.changes!.map(line)).toEqual(JUNE_CHANGES);
  });

  it("takes May's as-of from its own reporting date, and finds the columns alike", () => {
    expect(sheet.since).toEqual({ file: "may.xlsx", sheet: "LAC Progress May-16", asOf: "2016-05-31", columns: [] });
  });

  it("finds a RAG that got worse and a deadline moved a second time", () => {
    const found = (rule: string) => sheet.findings.filter((f) => f.rule === rule).map((f) => `${f.itemId}@${f.cell}`);
    expect(found("rag-worse")).toEqual(["2.1@J75"]);
    expect(found("step-extended-again")).toEqual(["2.3@G86"]);
    expect(found("rag-better-while-slipping")).toEqual([]);
  });

  it("lists the steps due in the four weeks after 29 June; all but the new 4.8's have no update since May", () => {
    const due = sheet.dueSoon!.map((s) => `${s.id}@${s.row}`);
    expect(due).toEqual(["1.1@25", "1.2@26", "1.4@35", "1.7@48", "1.7@55", "1.8@56", "1.8@57", "2.1@78", "4.2@151", "4.2@152", "4.2@153", "4.3@162", "4.7@175", "4.8@176"]);
    expect(sheet.dueSoon![0]).toMatchObject({ targetDate: "2016-06-30", daysLeft: 1, cell: "F25", owners: ["L. Lofting", "C. Smith"] });
    const stale = sheet.findings.filter((f) => f.rule === "due-soon-not-updated");
    expect(stale.map((f) => f.cell)).toEqual(sheet.dueSoon!.filter((s) => s.id !== "4.8").map((s) => `D${s.row}`));
    expect(stale[0].message).toBe("Item 1.1: the step due Jun-16 is due in 1 day, with no update since 31 May 2016 in D25: ask its owner where it stands.");
  });
});

describe("seed 004 with May and June as two tabs of one workbook", () => {
  it("gives the same changes, comparing June with the May tab", async () => {
    const [june, may] = await grids(oneTabAMonth());
    const sheet = compare([june], [may]);
    expect(sheet.name).toBe("LAC Progress Jun-16");
    expect(sheet.since?.sheet).toBe("LAC Progress May-16");
    expect(sheet.changes!.map(line)).toEqual(JUNE_CHANGES);
  });
});

describe("seed 004 with outcome 4 renumbered since May", () => {
  it("follows 4.5–4.7 from their May numbers by their titles, and still finds 4.8 new", async () => {
    const { june, may } = juneAndMay({ renumbered: true });
    const sheet = compare(await grids(june), await grids(may));
    const renumbered = ["4.5 renumbered 168 4.6 4.5 - -", "4.6 renumbered 170 4.7 4.6 - -", "4.7 renumbered 174 4.8 4.7 - -"];
    expect(sheet.changes!.map(line)).toEqual([...JUNE_CHANGES.slice(0, 6), ...renumbered, JUNE_CHANGES[6]]);
  });
});

describe("a plan compared with one that is not its earlier version", () => {
  it("matches nothing, and says which file it was", async () => {
    const { june } = juneAndMay();
    const result = checkWorkbook(await grids(june), { today: "2026-11-23", locale: "en-GB", since: { file: "placement-orders.xlsx", grids: await grids(buildSeed000()) } });
    expect(result.sheets[0].result?.comparison).toBeNull();
    expect(result.since).toEqual({ file: "placement-orders.xlsx", plans: ["Action Plan"] });
  });
});
