import ExcelJS from "exceljs";
import { readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook, toReport, type PlanSheetReport } from "../../src/engine";

/**
 * An NHS ward's inspection plan, unlike the seeds: ids M1/S1, RAG letters, real date cells.
 * In July the columns were rearranged: "Lead" became "Action Owner", "Deadline" "Due Date",
 * a Revised Date column was added and "RAG" moved and became "RAG Status".
 */
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function workbook(header: string[], rows: unknown[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("CQC actions");
  ws.addRow(["CQC Inspection Action Plan – Ward 7"]);
  ws.addRow([]);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return wb;
}

const june = workbook(
  ["Ref", "Finding", "Action required", "Lead", "Deadline", "Progress Update", "RAG"],
  [
    ["M1", "Fridge temperatures not recorded", "Daily log introduced", "Ward Manager", utc(2024, 6, 30), "Log drafted", "G"],
    ["M2", "Staffing below establishment", "Recruit 4 RNs", "Matron", utc(2024, 6, 30), "Adverts out", "G"],
    ["S1", "Safeguarding training below 90%", "Training sessions", "", utc(2024, 9, 30), "", "A"],
  ],
);
const july = workbook(
  ["Ref", "Finding", "Action required", "Action Owner", "Due Date", "Revised Date", "RAG Status", "Progress Update"],
  [
    ["M1", "Fridge temperatures not recorded", "Daily log introduced", "Ward Manager", utc(2024, 6, 30), null, "B", "Complete"],
    ["M2", "Staffing below establishment", "Recruit 4 RNs", "Matron", utc(2024, 6, 30), utc(2024, 9, 30), "A", "2 recruited"],
    ["S1", "Safeguarding training below 90%", "Training sessions", "Practice Educator", utc(2024, 9, 30), null, "A", ""],
  ],
);

const grids = async (wb: ExcelJS.Workbook) => readGrids(Buffer.from(await wb.xlsx.writeBuffer())).grids;

describe("a plan of another layout whose columns moved between versions", () => {
  let sheet: PlanSheetReport;
  beforeAll(async () => {
    const result = checkWorkbook(await grids(july), { today: "2024-07-15", locale: "en-GB", since: { file: "june.xlsx", grids: await grids(june) } });
    const report = toReport(result, "july.xlsx").sheets[0];
    if (report.kind !== "plan") throw new Error(report.reason);
    sheet = report;
  });

  it("matches the columns by what they hold, and says where they differ", () => {
    expect(sheet.since?.columns).toEqual([
      { role: "owner", column: "D", header: "Action Owner", sinceColumn: "D", sinceHeader: "Lead" },
      { role: "targetDate", column: "E", header: "Due Date", sinceColumn: "E", sinceHeader: "Deadline" },
      { role: "revisedDate", column: "F", header: "Revised Date", sinceColumn: null, sinceHeader: null },
      { role: "actionRag", column: "G", header: "RAG Status", sinceColumn: "G", sinceHeader: "RAG" },
      { role: "update", column: "H", header: "Progress Update", sinceColumn: "F", sinceHeader: "Progress Update" },
    ]);
  });

  it("finds M1 done, M2 worse, S1 given an owner; a revised date the earlier version had no column for is no change", () => {
    expect(sheet.changes!.map((c) => [c.id, c.kind, c.from, c.to])).toEqual([
      ["M1", "rag", "green", "blue"],
      ["M1", "done", false, true],
      ["M2", "rag", "green", "amber"],
      ["S1", "owner", [], ["Practice Educator"]],
    ]);
    expect(sheet.findings.filter((f) => f.rule === "rag-worse").map((f) => f.cell)).toEqual(["G5"]);
  });
});
