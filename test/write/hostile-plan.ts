import ExcelJS from "exceljs";

/** Text a plan may hold that a spreadsheet would take for a formula if written carelessly. */
export const HOSTILE = {
  section: "@SUM(A1) OUTCOME 9: HOSTILE TEXT",
  title: '=HYPERLINK("http://x")',
  action: "-219 note",
  owner: "+44 1234",
} as const;

/** A small seed-004-like plan whose cells start with "=", "+", "-" and "@". */
export function buildHostilePlan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.getCell("A1").value = "LAC ACTION PLAN PROGRESS REPORT";
  ws.getCell("A3").value = "Reporting Date";
  ws.getCell("B3").value = "29 June 2016";
  const header = ["NO", "WORKSTREAM/ ACTIVITY", "WORKSTREAM DETAILS AND ACTIONS REQUIRED (DELIVERABLES)", "UPDATE", "LEAD", "TARGET END DATE", "REVISED END DATE", "TARGET SAVING (£K)", "Priority Rating", "Action RAG", "Savings RAG"];
  ws.getRow(5).values = header;
  ws.getCell("A6").value = HOSTILE.section;
  ws.getRow(7).values = ["9.1", HOSTILE.title, HOSTILE.action, "", HOSTILE.owner, "Apr-16", "May-16", -219, "High", "Amber", "Red"];
  ws.getRow(8).values = ["", "", "2. Second step", "", "", "Jun-16", "", "", "", "", ""];
  ws.getRow(9).values = ["9.2", "Plain item", "1. Only step", "", "", "Mar-17", "", "", "", "Green", ""];
  ws.getColumn(2).width = 40;
  return wb;
}
