/**
 * Plans of any length shaped like seed 004 (LAC Action Plan Progress Report): a header block
 * with the reporting date and a board list, the main header row, OUTCOME sections, workstreams
 * ("2.1 (page 14)") with numbered steps on the rows below, real date cells shown as mmm-yy,
 * negative savings in £k, RAG words with some RAG cells given only a fill, and the Issues and
 * Risks sub-tables with their placeholder rows after each outcome. Deterministic: the same
 * row count always gives the same workbook.
 */
import ExcelJS from "exceljs";

const HEADER_ROW = 12;
const HEADERS = [
  "NO", "WORKSTREAM/ ACTIVITY", "WORKSTREAM DETAILS AND ACTIONS REQUIRED (DELIVERABLES)", "UPDATE", "LEAD",
  "TARGET END DATE", "REVISED END DATE", "TARGET SAVING (£K)", "Priority Rating", "Action RAG", "Savings RAG",
];
const WORKSTREAMS = [
  "Develop a clear framework of Specialist and Edge of Care services",
  "Reduce the number of external placements/ increase in-house fostering placements",
  "Support for parents/carers with mental health difficulties",
  "Improve pathway for Substance Misuse Support (by parents/carers)",
  "Develop in county provision for disabled young people",
];
const STEPS = [
  "Review 40 cases where children became LAC, to identify learning points for all relevant organisations.",
  "Agree and implement a joint audit between social care group managers and locality managers looking at full chronology of LAC cases.",
  "Develop emergency foster carer provision (in-house) and report to the Commissioning Board.",
  "Ensure access to support for those at high risk of harm is timely with cases presented at MARAC within 3 working days.",
];
const UPDATES = [
  "Draft of scope for review has been completed and is with Service Directors to agree the scope of the work going forward.",
  "This work has been done but needs moving forward.",
  "",
  "Meeting arranged to develop monitoring tool using AtC model as a guide. There has been some delay due to capacity.",
];
const LEADS = ["T. Collins", "R. Holland/ J. Davies", "T. Jefford / V. Crompton", "C.Smith/ T. Collins/ J. Davies/", ""];
const WORD_DATES = ["Complete", "Ongoing", "TBC", "Termly Review"];
const RAGS = ["Green", "Amber", "Red", "Blue"];
const RAG_FILLS: Record<string, string> = { Red: "FFFF0000", Amber: "FFFFC000", Green: "FF00B050", Blue: "FF00B0F0" };
const SAVINGS = [-219, -500, -922, -2100, -57.5];

/** Seed 004's month dates: the 1st of the month, as Excel holds "Mar-16" once typed. */
function month(i: number): Date {
  return new Date(Date.UTC(2016, i % 24, 1));
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, numFmt?: string): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

function headerBlock(ws: ExcelJS.Worksheet): void {
  put(ws, 1, 1, "LAC ACTION PLAN PROGRESS REPORT");
  put(ws, 1, 5, new Date(Date.UTC(2016, 5, 1)), "mmm-yy");
  put(ws, 2, 1, "Project Sponsor");
  put(ws, 2, 2, "Meredith Teasdale");
  put(ws, 3, 1, "Project Manager");
  put(ws, 3, 2, "Mary-Ann Stevenson");
  put(ws, 4, 1, "Reporting Date");
  put(ws, 4, 2, new Date(Date.UTC(2016, 5, 29)), "d mmmm yyyy");
  put(ws, 6, 1, "Actions to discuss at LAC Commissioning Board (actions rated RED and AMBER with a Savings attached will be included in this summary for Board discussion)");
  ["No.", "Action/ Risk", "Status", "Owner", "Action to be taken and when"].forEach((h, i) => put(ws, 7, i + 1, h));
  [["1.1", "Amber"], ["1.2", "Red"]].forEach(([id, rag], i) => {
    put(ws, 8 + i, 1, id);
    put(ws, 8 + i, 2, WORKSTREAMS[i]);
    put(ws, 8 + i, 3, rag);
    put(ws, 8 + i, 4, LEADS[i]);
  });
  put(ws, 10, 1, "Please complete the update below. Remember to amend the timescales for each update if this has changed as well as the RAG Status.");
  HEADERS.forEach((h, i) => put(ws, HEADER_ROW, i + 1, h));
}

/** The Issues and Risks sub-tables closing an outcome; returns the next free row. */
function subTables(ws: ExcelJS.Worksheet, row: number, outcome: number): number {
  const lines = [
    [`OUTCOME ${outcome}: Issues for escalation`],
    ["No.", "Issue", "Owner", "Action to be taken and by when"],
    ["I01", "Capacity in the fostering team to complete assessments", "T. Collins", "Raise at the next Board"],
    ["I02"],
    ["Risk to be added to the Risk Log"],
    ["No.", "Risk", "Owner", "Mitigating Action"],
    ["R01"], ["R02"], ["R03"],
  ];
  lines.forEach((fields, i) => fields.forEach((f, c) => put(ws, row + i, c + 1, f)));
  return row + lines.length;
}

/** Writes one workstream of 1–5 steps from `row`; returns the next free row. */
function workstream(ws: ExcelJS.Worksheet, row: number, outcome: number, n: number, k: number): number {
  const steps = 1 + (k % 5);
  put(ws, row, 1, n % 3 === 0 ? `${outcome}.${n} (page ${10 + (k % 20)})` : `${outcome}.${n}`);
  put(ws, row, 2, WORKSTREAMS[k % WORKSTREAMS.length]);
  put(ws, row, 5, LEADS[k % LEADS.length] || null);
  if (k % 2 === 0) put(ws, row, 8, SAVINGS[k % SAVINGS.length], "#,##0");
  put(ws, row, 9, ["High", "Medium", "Low"][k % 3]);
  const rag = RAGS[k % RAGS.length];
  // Some RAG cells hold only a fill, as hand-coloured sheets do.
  const cell = ws.getCell(row, 10);
  if (k % 4 === 1) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: RAG_FILLS[rag] } };
  else cell.value = rag;
  if (k % 2 === 0) put(ws, row, 11, RAGS[(k + 1) % RAGS.length]);
  for (let s = 0; s < steps; s++) {
    const r = row + s;
    const i = k + s;
    put(ws, r, 3, `${s + 1}. ${STEPS[i % STEPS.length]}`);
    put(ws, r, 4, UPDATES[i % UPDATES.length] || null);
    if (i % 7 === 3) put(ws, r, 6, WORD_DATES[i % WORD_DATES.length]);
    else put(ws, r, 6, month(i), "mmm-yy");
    if (i % 5 === 2) put(ws, r, 7, month(i + 2), "mmm-yy");
    else if (i % 9 === 4) put(ws, r, 7, "Complete");
  }
  return row + steps;
}

/** A plan of about `rows` rows (never fewer), one worksheet. */
export function generatePlan(rows: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2016, 5, 29));
  const ws = workbook.addWorksheet("LAC Progress Jun-16");
  headerBlock(ws);
  let row = HEADER_ROW + 1;
  let k = 0;
  for (let outcome = 1; row <= rows; outcome++) {
    put(ws, row++, 1, `OUTCOME ${outcome}: FAMILIES ARE SUPPORTED TO STAY TOGETHER`);
    // Thirty workstreams an outcome (the seed has up to ten): a long plan keeps its outcome
    // numbers to three digits, as ids are read.
    for (let n = 1; n <= 30 && row <= rows; n++) row = workstream(ws, row, outcome, n, k++);
    row = subTables(ws, row, outcome);
  }
  return workbook;
}

/** Writes the plan to `file`. */
export async function writePlan(rows: number, file: string): Promise<void> {
  await generatePlan(rows).xlsx.writeFile(file);
}
