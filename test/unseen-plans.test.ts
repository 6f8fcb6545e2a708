import ExcelJS from "exceljs";
import { readGrids } from "../src/adapters/xlsx/workbook";
import { checkWorkbook, toReport, type PlanSheetReport } from "../src/engine";

/**
 * Plans shaped unlike the seeds, as other public bodies keep them: the engine must read them
 * from their headers and values alone. Expectations are what a person reads in each sheet.
 */

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function check(workbook: ExcelJS.Workbook, options: { today: string; locale: string | null }) {
  const { grids } = readGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
  return toReport(checkWorkbook(grids, options), "plan.xlsx");
}

function planSheet(report: Awaited<ReturnType<typeof check>>): PlanSheetReport {
  const sheet = report.sheets[0];
  if (sheet.kind !== "plan") throw new Error(`not a plan: ${sheet.reason}`);
  return sheet;
}

describe("an NHS inspection action plan (date cells, RAG letters, 'Action Owner')", () => {
  let sheet: PlanSheetReport;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("CQC actions");
    ws.addRow(["CQC Inspection Action Plan – Ward 7"]);
    ws.addRow([]);
    ws.addRow(["Ref", "Finding", "Action required", "Action Owner", "Due Date", "Revised Date", "Progress Update", "RAG Status", "Evidence"]);
    ws.addRow(["M1", "Fridge temperatures not recorded", "Daily log introduced", "Ward Manager", utc(2024, 3, 31), null, "Log in place", "G", "Audit"]);
    ws.addRow(["M2", "Staffing", "Recruit 4 RNs", "Matron/ HR Business Partner", utc(2024, 6, 30), utc(2024, 9, 30), "2 recruited", "A", ""]);
    ws.addRow(["S1", "Safeguarding training below 90%", "Training sessions", "", "Q3 2024/25", null, "", "R", ""]);
    ws.addRow(["S2", "DNACPR forms incomplete", "Audit monthly", "TBC", "Ongoing", null, "", "Amber/Green", ""]);
    for (const cell of ["E4", "E5", "F5"]) ws.getCell(cell).numFmt = "dd/mm/yyyy";
    sheet = planSheet(await check(wb, { today: "2024-07-15", locale: "en-GB" }));
  });

  it("finds the columns by their headers", () => {
    expect(sheet.headerRow).toBe(3);
    expect(sheet.columns).toEqual({ id: "A", title: "B", action: "C", owner: "D", targetDate: "E", revisedDate: "F", update: "G", actionRag: "H" });
  });

  it("reads ids, owners, RAG letters and dates", () => {
    expect(sheet.items.map((i) => [i.id, i.owners, i.actionRag])).toEqual([
      ["M1", ["Ward Manager"], "green"],
      ["M2", ["Matron", "HR Business Partner"], "amber"],
      ["S1", [], "red"],
      ["S2", [], null],
    ]);
    expect(sheet.items.map((i) => [i.steps[0].targetDate, i.steps[0].revisedDate])).toEqual([
      ["2024-03-31", null],
      ["2024-06-30", "2024-09-30"],
      ["2024-12-31", null], // Q3 of 2024/25 is October to December 2024
      [null, null],
    ]);
  });

  it("finds what a careful reader finds", () => {
    const found = sheet.findings.map((f) => [f.rule, f.cell]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["overdue", "E4"],
        ["rag-inconsistent-with-dates", "H4"],
        ["slipped", "F5"],
        ["owner-missing", "D6"],
        ["owner-placeholder", "D7"],
        ["rag-not-understood", "H7"],
      ]),
    );
    expect(sheet.findings.find((f) => f.rule === "slipped")?.message).toMatch(/92 days later/);
    expect(sheet.findings.find((f) => f.rule === "rag-not-understood")?.message).toBe("'Amber/Green' in H7 is not an Action RAG: use Blue, Green, Amber or Red.");
    expect(found).not.toContainEqual(["target-date-missing", "E7"]); // "Ongoing" is a known marker
  });
});

describe("a workbook in the 1904 date system (Excel for Mac, older files)", () => {
  it("reads a date cell as the date Excel shows", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["No.", "Action", "Owner", "Target Date", "RAG"]);
    ws.addRow([1, "Publish the policy", "J. Smith", utc(2016, 3, 1), "Green"]);
    ws.getCell("D2").numFmt = "mmm-yy";
    const sheet = planSheet(await check(wb, { today: "2016-01-01", locale: "en-GB" }));
    expect(sheet.items[0].steps[0].targetDate).toBe("2016-03-31");
  });
});

describe("text dates and the workbook's locale", () => {
  async function planWithDate(text: string, locale: string | null) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["No.", "Action", "Owner", "Target Date", "RAG"]);
    ws.addRow([1, "Publish the policy", "J. Smith", text, "Green"]);
    return planSheet(await check(wb, { today: "2016-01-01", locale }));
  }

  it.each([
    ["03/04/2016", "en-GB", "2016-04-03"],
    ["03/04/2016", "en-US", "2016-03-04"],
    ["25/04/2016", null, "2016-04-25"],
  ])("'%s' in %s is %s", async (text, locale, iso) => {
    expect((await planWithDate(text, locale)).items[0].steps[0].targetDate).toBe(iso);
  });

  it("calls '03/04/2016' ambiguous when no locale is known", async () => {
    const sheet = await planWithDate("03/04/2016", null);
    expect(sheet.items[0].steps[0].targetDate).toBeNull();
    expect(sheet.findings.map((f) => [f.rule, f.cell])).toContainEqual(["date-ambiguous", "D2"]);
  });
});

describe("a plan numbered in levels: '1 Early help' heads 1.1 and 1.2", () => {
  let sheet: PlanSheetReport;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Improvement plan");
    ws.addRow(["Ref", "Action", "Lead", "Due date", "RAG", "Update"]);
    ws.addRow(["1", "Early help"]);
    ws.addRow(["1.1", "Set up a single front door", "A. Smith", "Mar 2017", "Green", ""]);
    ws.addRow(["1.2", "Train locality staff", "B. Jones", "Jun 2017", "Amber", "Dates agreed"]);
    ws.addRow(["2", "Placements"]);
    ws.addRow(["2.1", "Recruit 20 foster carers", "C. Brown", "Sep 2017", "Red", ""]);
    // An item with a title only on its first row is an item, not a heading: 3 is not followed by 3.x.
    ws.addRow(["3", "Commissioning"]);
    ws.addRow(["", "Re-tender the residential framework", "D. Green", "Dec 2017", "Green", ""]);
    sheet = planSheet(await check(wb, { today: "2017-05-01", locale: "en-GB" }));
  });

  it("reads the numbered headings as sections, not as items", () => {
    expect(sheet.items.map((i) => [i.id, i.section])).toEqual([
      ["1.1", "1 Early help"],
      ["1.2", "1 Early help"],
      ["2.1", "2 Placements"],
      ["3", "2 Placements"],
    ]);
  });

  it("raises no owner, date or RAG finding on a heading row", () => {
    const onHeadings = sheet.findings.filter((f) => /^[A-F](2|5)$/.test(f.cell ?? ""));
    expect(onHeadings).toEqual([]);
  });
});

describe("markers in date cells: 'TBC' and 'Ongoing' are told apart", () => {
  it("reports each date cell's words and what kind of marker it is", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["No.", "Action", "Owner", "Target Date", "Revised Date", "RAG"]);
    ws.addRow([1, "Agree the audit", "J. Smith", "TBC", null, "Amber"]);
    ws.addRow([2, "Monitor attendance", "J. Smith", "Ongoing", null, "Green"]);
    ws.addRow([3, "Publish the policy", "J. Smith", "Mar 2016", "Complete", "Green"]);
    const sheet = planSheet(await check(wb, { today: "2016-06-29", locale: "en-GB" }));
    expect(sheet.items.map((i) => [i.steps[0].targetText, i.steps[0].targetMarker, i.steps[0].revisedMarker])).toEqual([
      ["TBC", "to-be-confirmed", null],
      ["Ongoing", "no-firm-date", null],
      ["Mar 2016", null, "done"],
    ]);
    expect(sheet.findings.filter((f) => f.rule === "target-date-missing").map((f) => f.cell)).toEqual(["D2"]);
  });
});

describe("an Ofsted improvement plan worded its own way, its header printed again mid-sheet", () => {
  let sheet: PlanSheetReport;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Improvement plan");
    const header = ["Action No.", "Area for improvement", "Key actions", "Lead officer(s)", "Date for completion", "Progress RAG", "Progress to date", "Estimated savings"];
    ws.addRow(["Children's Services Improvement Plan (post-Ofsted)"]);
    ws.addRow(header);
    ws.addRow(["1.1", "Quality of supervision", "Monthly supervision audit", "Head of Safeguarding", utc(2017, 3, 31), "Green", "Audit tool agreed", null]);
    ws.addRow(["1.2", "Caseloads", "Recruit 6 social workers", "Principal Social Worker / HR", "30th June 2017", "Amber", "4 in post", "£50-100k"]);
    ws.addRow(["Page 1 of 2"]);
    ws.addRow(header);
    ws.addRow(["2.1", "Placement sufficiency", "Open a 4-bed home", "Head of Provider Services", "Sept 2017", "Red", "", "£400k"]);
    ws.getCell("E3").numFmt = "dd/mm/yyyy";
    sheet = planSheet(await check(wb, { today: "2017-05-01", locale: "en-GB" }));
  });

  it("maps every column from its own words", () => {
    expect(sheet.columns).toEqual({ id: "A", title: "B", action: "C", owner: "D", targetDate: "E", actionRag: "F", update: "G", saving: "H" });
  });

  it("reads the three actions and nothing from the footer or the repeated header", () => {
    expect(sheet.items.map((i) => [i.id, i.owners, i.actionRag, i.steps[0].targetDate, i.saving])).toEqual([
      ["1.1", ["Head of Safeguarding"], "green", "2017-03-31", null],
      ["1.2", ["Principal Social Worker", "HR"], "amber", "2017-06-30", null],
      ["2.1", ["Head of Provider Services"], "red", "2017-09-30", 400_000],
    ]);
    expect(sheet.findings.filter((f) => f.rule === "header-repeated").map((f) => f.cell)).toEqual(["A6"]);
  });

  it("asks for one figure where the saving is a range", () => {
    const finding = sheet.findings.find((f) => f.rule === "saving-not-understood");
    expect(finding?.cell).toBe("H4");
    expect(finding?.message).toBe("'£50-100k' in H4 is not one amount of money: write a single amount, e.g. '£48k', '250,000' or 'None'.");
  });
});

describe("a date cell that says the step is done and when", () => {
  it("reads 'Complete (Mar 16)' as done on that date, and 'Complete by Jun 17' as a deadline", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["No.", "Action", "Owner", "Target Date", "RAG"]);
    ws.addRow([1, "Publish the policy", "J. Smith", "Complete (Mar 16)", "Green"]);
    ws.addRow([2, "Train all staff", "J. Smith", "Completed March 2016", "Green"]);
    ws.addRow([3, "Audit the files", "J. Smith", "Complete by Jun 16", "Green"]);
    ws.addRow([4, "Report to members", "J. Smith", "Monthly", "Green"]);
    const sheet = planSheet(await check(wb, { today: "2016-08-01", locale: "en-GB" }));
    expect(sheet.items.map((i) => [i.steps[0].targetDate, i.steps[0].done, i.steps[0].overdueDays])).toEqual([
      ["2016-03-31", true, null],
      ["2016-03-31", true, null],
      ["2016-06-30", false, 32],
      [null, false, null],
    ]);
    expect(sheet.findings.filter((f) => f.rule !== "overdue" && f.rule !== "rag-inconsistent-with-dates")).toEqual([]);
  });
});

describe("the reporting date under the labels other plans use", () => {
  it.each([
    [["Last updated", "29/06/2016"]],
    [["Date updated: 29 June 2016"]],
    [["Progress as at: 29/06/2016"]],
    [["Date:", "29/06/2016"]],
    [["Date: see minutes"], ["Position as at 29 June 2016"]],
  ])("%j gives the as-of date 29 June 2016", async (...block: string[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["Fostering action plan"]);
    for (const line of block) ws.addRow(line);
    ws.addRow([]);
    ws.addRow(["No.", "Action", "Owner", "Target Date", "RAG"]);
    ws.addRow([1, "Publish the policy", "J. Smith", "Mar 2016", "Green"]);
    const report = await check(wb, { today: "2026-11-23", locale: "en-GB" });
    expect([report.asOf, report.asOfSource, planSheet(report).reportingDate]).toEqual(["2016-06-29", "sheet", "2016-06-29"]);
  });
});

describe("a trust's CQC plan: 'Must/Should do', an executive and an operational lead", () => {
  let sheet: PlanSheetReport;
  let asOf: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("CQC Action Plan");
    ws.addRow(["Trust Action Plan following CQC inspection"]);
    ws.addRow(["Updated: 14/09/2023"]);
    ws.addRow([]);
    ws.addRow(["Ref", "Must/Should do", "Action to be taken", "Executive Lead", "Operational lead", "Completion date", "Revised date", "Progress update", "RAG rating", "Evidence"]);
    ws.addRow(["MD1", "The trust must ensure staff complete mandatory training", "Launch training recovery plan", "Chief Nurse", "J Smith", utc(2023, 6, 30), utc(2023, 9, 30), "Compliance at 82%", "A", "Training report"]);
    ws.addRow(["MD2", "The trust must ensure medicines are stored safely", "Fridge temperature audits weekly", "Chief Pharmacist", "", utc(2023, 8, 31), null, "Audits in place", "G", ""]);
    ws.addRow(["SD1", "The trust should review staffing", "Establishment review", "", "TBC", "TBC", "", "Paper to board", "R", ""]);
    for (const cell of ["F5", "G5", "F6"]) ws.getCell(cell).numFmt = "dd/mm/yyyy";
    const report = await check(wb, { today: "2026-11-23", locale: "en-GB" });
    asOf = report.asOf;
    sheet = planSheet(report);
  });

  it("takes the regulator's requirement as the title and the first lead as the owner", () => {
    expect(sheet.columns).toMatchObject({ id: "A", title: "B", action: "C", owner: "D", targetDate: "F", revisedDate: "G", actionRag: "I" });
    expect(sheet.items.map((i) => [i.id, i.title, i.owners])).toEqual([
      ["MD1", "The trust must ensure staff complete mandatory training", ["Chief Nurse"]],
      ["MD2", "The trust must ensure medicines are stored safely", ["Chief Pharmacist"]],
      ["SD1", "The trust should review staffing", []],
    ]);
  });

  it("is checked as of its 'Updated:' date: MD2 is 14 days overdue, MD1 slipped 92 days, SD1 has no owner", () => {
    expect(asOf).toBe("2023-09-14");
    const found = sheet.findings.map((f) => [f.rule, f.cell]);
    expect(found).toEqual(expect.arrayContaining([["overdue", "F6"], ["slipped", "G5"], ["owner-missing", "D7"], ["target-date-missing", "F7"]]));
    expect(sheet.findings.find((f) => f.rule === "overdue")?.message).toMatch(/14 days overdue on 14 Sep 2023/);
  });
});
