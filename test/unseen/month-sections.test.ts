import { checkRows, planSheet, problems, type Row } from "./kit";

/**
 * A board's action tracker: actions grouped under the month of the meeting that agreed
 * them, their deadlines written as "June", "14 Aug", "30 Sept" beside full ones ("17.7.12").
 */
const rows: Row[] = [
  ["Trust Board – action tracker"],
  [],
  ["No.", "Action", "Lead", "Due", "Progress", "RAG"],
  ["Mar 2015"],
  ["1", "Circulate the revised estates strategy", "Director of Estates", "17.4.15", "Circulated", "Blue"],
  ["2", "Bring the staff survey results to the board", "Director of Workforce", "June", "On the agenda", "Green"],
  ["April 2015"],
  ["3", "Review the cost of agency nursing", "Chief Nurse", "14 Aug", "", "Amber"],
  ["4", "Report on the winter plan", "Chief Operating Officer", "30 Sept", "", "Green"],
  ["Q1 2015/16"],
  ["5", "Agree the charity's reserves policy", "Director of Finance", "13 Nov", "", "Green"],
];

describe("a board tracker grouped by month, its dates written without a year", () => {
  it("takes the month rows as sections and reads each date in its section's year", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2015-09-01" }));
    expect(sheet.items.map((i) => [i.id, i.section, i.steps[0].targetDate])).toEqual([
      ["1", "Mar 2015", "2015-04-17"],
      ["2", "Mar 2015", "2015-06-30"],
      ["3", "April 2015", "2015-08-14"],
      ["4", "April 2015", "2015-09-30"],
      ["5", "Q1 2015/16", "2015-11-13"],
    ]);
  });

  it("says each inference once, as a note, and raises only what is late", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2015-09-01" }));
    const notes = sheet.findings.filter((f) => f.rule === "date-year-inferred");
    expect(notes.map((f) => f.cell)).toEqual(["D6", "D8", "D9", "D11"]);
    expect(notes[1].message).toBe("Read '14 Aug' in D8 as 14 Aug 2015, from the section 'April 2015'; write the year if that is wrong.");
    expect(problems(sheet)).toEqual([
      ["overdue", "D6"],
      ["rag-inconsistent-with-dates", "F6"],
      ["overdue", "D8"],
    ]);
  });

  it("reports a yearless date that nothing places, and does not guess", async () => {
    const bare: Row[] = [["No.", "Action", "Lead", "Due", "RAG"], ["1", "Publish the policy", "J. Smith", "14 Aug", "Green"]];
    const sheet = planSheet(await checkRows(bare, { today: "2015-09-01" }));
    expect(sheet.items[0].steps[0].targetDate).toBeNull();
    expect(problems(sheet)).toEqual([["date-year-unclear", "D2"]]);
  });
});
