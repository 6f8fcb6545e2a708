import { columnLetter } from "../grid";
import { findHeaderRow } from "./header";
import { chooseColumns } from "./column-roles";
import { EN_GB, gridOf, type TestCell } from "./test-grid";

/** The roles chosen for a table, as column letters, with the runner-ups that were kept. */
function choose(rows: TestCell[][]) {
  const grid = gridOf(rows);
  const header = findHeaderRow(grid);
  if (!header) throw new Error("no header row");
  const { columns, choices } = chooseColumns(grid, header, EN_GB);
  const letters = Object.fromEntries(Object.entries(columns).map(([role, col]) => [role, columnLetter(col!)]));
  const runnerUps = Object.fromEntries(
    Object.entries(choices).flatMap(([role, c]) => (c && c.runnerUp !== null ? [[role, columnLetter(c.runnerUp)]] : [])),
  );
  return { columns: letters, runnerUps };
}

describe("chooseColumns: two date columns, the later one is the deadline", () => {
  it("takes 'Due' dates that follow the 'Date' raised on each row", () => {
    const { columns, runnerUps } = choose([
      ["Ref", "Date", "Recommendation", "Owner", "Due", "RAG"],
      ["1", "03/02/2019", "Publish the fees", "K. Obi", "30/06/2019", "Green"],
      ["2", "03/02/2019", "Train the panel", "K. Obi", "31/08/2019", "Amber"],
      ["3", "11/03/2019", "Audit the files", "M. Fry", "30/09/2019", "Red"],
    ]);
    expect(columns).toMatchObject({ targetDate: "E" });
    expect(runnerUps).toMatchObject({ targetDate: "B" });
  });

  it("keeps 'Date' when the other date column is when it was done", () => {
    const { columns } = choose([
      ["Ref", "Action", "Owner", "Date", "Date completed", "RAG"],
      ["1", "Publish the fees", "K. Obi", "30/06/2019", "14/07/2019", "Blue"],
      ["2", "Train the panel", "K. Obi", "31/08/2019", "02/09/2019", "Blue"],
      ["3", "Audit the files", "M. Fry", "30/09/2019", "", "Red"],
    ]);
    expect(columns.targetDate).toBe("D");
  });

  it("keeps the target when the second column's dates are not mostly later", () => {
    const { columns } = choose([
      ["No", "Action", "Lead", "Target date", "Review date", "RAG"],
      ["1", "Publish the fees", "K. Obi", "30/06/2019", "01/05/2019", "Green"],
      ["2", "Train the panel", "K. Obi", "31/08/2019", "01/05/2019", "Amber"],
      ["3", "Audit the files", "M. Fry", "30/09/2019", "01/10/2019", "Red"],
    ]);
    expect(columns.targetDate).toBe("D");
  });
});

describe("chooseColumns: the owner told by its header's words and its names", () => {
  it("takes 'Lead Officer/EM' holding initials", () => {
    const { columns } = choose([
      ["Ref", "Recommendation", "Lead Officer/EM", "Date", "RAG"],
      ["1", "Publish the fees", "DM/PL", "30/06/2019", "Green"],
      ["2", "Train the panel", "KL", "31/08/2019", "Amber"],
    ]);
    expect(columns.owner).toBe("C");
  });

  it("takes an unnamed column of names, and keeps a second column of names as runner-up", () => {
    const { columns, runnerUps } = choose([
      ["Ref", "Action", "Who", "Sponsor", "Deadline", "RAG"],
      ["1", "Publish the fees", "A. Patel", "Director of Finance", "30/06/2019", "Green"],
      ["2", "Train the panel", "R. Lowe", "Director of Finance", "31/08/2019", "Amber"],
    ]);
    expect(columns.owner).toBe("C");
    expect(runnerUps).toEqual({});
    const second = choose([
      ["Ref", "Action", "Executive lead", "Operational lead", "Deadline", "RAG"],
      ["1", "Publish the fees", "Chief Nurse", "A. Patel", "30/06/2019", "Green"],
      ["2", "Train the panel", "Medical Director", "R. Lowe", "31/08/2019", "Amber"],
    ]);
    expect(second.columns.owner).toBe("C");
    expect(second.runnerUps).toMatchObject({ owner: "D" });
  });

  it("does not take a column of short actions as the owner", () => {
    const { columns } = choose([
      ["Ref", "Recommendation", "Steps", "Deadline", "RAG"],
      ["1", "Fees", "Review staffing", "30/06/2019", "Green"],
      ["2", "Panel", "Train the panel", "31/08/2019", "Amber"],
    ]);
    expect(columns.owner).toBeUndefined();
  });
});

describe("chooseColumns: a status column is not a RAG", () => {
  it("reads 'Status' of Complete/Ongoing/Paused as status", () => {
    const { columns } = choose([
      ["Ref", "Recommendation", "Lead", "Date", "Status"],
      ["1", "Publish the fees", "DM", "30/06/2019", "Complete"],
      ["2", "Train the panel", "PL", "31/08/2019", "Ongoing"],
      ["3", "Audit the files", "KL", "30/09/2019", "e.g. Paused"],
    ]);
    expect(columns).toMatchObject({ status: "E" });
    expect(columns.actionRag).toBeUndefined();
  });

  it("keeps 'Status' of RAG words as the RAG", () => {
    const { columns } = choose([
      ["Ref", "Recommendation", "Lead", "Date", "Status"],
      ["1", "Publish the fees", "DM", "30/06/2019", "Green"],
      ["2", "Train the panel", "PL", "31/08/2019", "Amber"],
    ]);
    expect(columns).toMatchObject({ actionRag: "E" });
    expect(columns.status).toBeUndefined();
  });

  it("keeps both when a plan has a status and a RAG, whichever comes first", () => {
    const rows = (a: string, b: string, x: string[], y: string[]): TestCell[][] => [
      ["Ref", "Action", "Owner", "Due date", a, b],
      ["1", "Publish the fees", "DM", "30/06/2019", x[0], y[0]],
      ["2", "Train the panel", "PL", "31/08/2019", x[1], y[1]],
    ];
    expect(choose(rows("Status", "RAG", ["Complete", "Not started"], ["Blue", "Red"])).columns).toMatchObject({ status: "E", actionRag: "F" });
    expect(choose(rows("RAG", "Status", ["Blue", "Red"], ["Complete", "Not started"])).columns).toMatchObject({ actionRag: "E", status: "F" });
  });
});

describe("chooseColumns: a date and its owner typed in one cell", () => {
  it("reads a 'Timescale' column of 'October 2001 C-QuAS Service Manager' as both, when no column names the owner", () => {
    const { columns } = choose([
      ["Ref", "Action", "Timescale", "Progress"],
      ["1", "Set up a quality panel", "October 2001 Quality Assurance Manager", "Panel met twice"],
      ["2", "Publish the charter", "Immediately Service Manager", ""],
      ["3", "Review the charges", "April 2002", ""],
    ]);
    expect(columns).toMatchObject({ dateAndOwner: "C" });
    expect(columns.targetDate).toBeUndefined();
  });

  it("keeps a plain date column when an owner column exists", () => {
    const { columns } = choose([
      ["Ref", "Action", "Owner", "Timescale"],
      ["1", "Set up a quality panel", "J. Smith", "October 2001 then quarterly"],
      ["2", "Publish the charter", "A. Lee", "April 2002"],
    ]);
    expect(columns).toMatchObject({ owner: "C", targetDate: "D" });
  });
});

describe("chooseColumns: a 'Status' column written as prose", () => {
  it("is read as the update, not as a RAG each row gets wrong", () => {
    const { columns } = choose([
      ["Ref", "Action", "Lead", "Due date", "Status"],
      ["1", "Report the survey to the board", "DoW", "08.11.2023", "Item not due yet"],
      ["2", "Publish the metrics", "DoF", "13.09.2023", "Proposed new metrics agreed and now reported."],
      ["3", "Brief the volunteers' forum", "DoI", "13.09.2023", "Verbal update to be provided"],
    ]);
    expect(columns.actionRag).toBeUndefined();
    expect(columns.update).toBe("E");
  });
});

describe("chooseColumns: a column named for a date but holding amounts", () => {
  it("is no date column ('Delivered to date (£)', 'Forecast Variance £k')", () => {
    const { columns } = choose([
      ["Ref", "Scheme", "Lead", "Target (£)", "Delivered to date (£)", "Forecast Variance £k", "RAG"],
      ["1", "Restructure the senior team", "Chief Executive", 90000, 90000, 0, "Blue"],
      ["2", "Move payments online for all services", "Head of Customer Services", 120000, 0, -20, "Amber"],
      ["3", "Let the second floor of the offices", "Head of Property", 80000, 0, 0, "Green"],
    ]);
    expect(columns.targetDate).toBeUndefined();
    expect(columns.revisedDate).toBeUndefined();
    expect(columns).toMatchObject({ title: "B", owner: "C" });
  });
});

describe("chooseColumns: statuses written as initials under a header that lists them", () => {
  it("takes an 'Open/ Close' column of O and C as the status", () => {
    const { columns } = choose([
      ["Ref", "Action", "Lead", "Due Date", "Update", "Proposed to Open/ Close"],
      ["12.1", "Report the staff survey results", "DoP", "10.05.2023", "Reported in May", "C"],
      ["14.3", "Review the estates strategy", "DoF", "08.11.2023", "Item not due yet", "O"],
      ["15.2", "Publish the learning review", "DoN", "08.11.2023", "Draft with the panel", "O"],
    ]);
    expect(columns).toMatchObject({ status: "F" });
  });

  it.each<[string, string[]]>([
    ["initials the header does not list", ["X", "Y", "X"]],
    ["words rather than letters", ["Board agreed", "Reported", "To follow"]],
  ])("leaves the column alone when it holds %s", (_why, cells) => {
    const { columns } = choose([
      ["Ref", "Action", "Lead", "Due Date", "Update", "Proposed to Open/ Close"],
      ["12.1", "Report the staff survey results", "DoP", "10.05.2023", "Reported in May", cells[0]],
      ["14.3", "Review the estates strategy", "DoF", "08.11.2023", "Item not due yet", cells[1]],
      ["15.2", "Publish the learning review", "DoN", "08.11.2023", "Draft with the panel", cells[2]],
    ]);
    expect(columns.status).toBeUndefined();
  });
});
