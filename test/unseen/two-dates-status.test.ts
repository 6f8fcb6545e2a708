import { checkRows, planSheet, problems, type Row } from "./kit";

/**
 * A scrutiny committee's recommendations tracker: the date each recommendation was made
 * ("Date"), when the executive is due to answer ("Exec Date"), lead officers as initials,
 * and a status column of words rather than a RAG.
 */
const rows: Row[] = [
  ["Overview and Scrutiny: recommendations tracker"],
  [],
  ["Ref", "Date", "Recommendation", "Lead Officer/EM", "Exec Date", "Status", "Update"],
  ["OS/01", "04.03.19", "Publish the review of leisure fees", "DM/PL/KL", "30.06.19", "Complete", "Published in June"],
  ["OS/02", "04.03.19", "Report on the bus subsidy", "PL", "31.10.19", "Ongoing", ""],
  ["OS/03", "15.04.19", "Review the grants panel", "KL & RW", "31.01.20", "e.g. Paused", "Held until the budget"],
  ["OS/04", "15.04.19", "Consult on the parking zones", "RW", "31.05.19", "Not started", ""],
];

describe("a tracker with a date raised and a date due, initials and a status column", () => {
  it("takes the later 'Exec Date' as the deadline and keeps 'Date' as the runner-up", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2019-11-30" }));
    expect(sheet.columns).toMatchObject({ id: "A", title: "C", owner: "D", targetDate: "E", status: "F", update: "G" });
    expect(sheet.columns.actionRag).toBeUndefined();
    expect(sheet.columnChoices).toMatchObject({ targetDate: { taken: "E", runnerUp: "B" }, owner: { taken: "D" }, status: { taken: "F" } });
  });

  it("reads the owners as people and the status as done or not", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2019-11-30" }));
    expect(sheet.items.map((i) => [i.id, i.owners, i.status, i.steps[0].targetDate, i.steps[0].done])).toEqual([
      ["OS/01", ["DM", "PL", "KL"], "complete", "2019-06-30", true],
      ["OS/02", ["PL"], "in-progress", "2019-10-31", false],
      ["OS/03", ["KL", "RW"], "paused", "2020-01-31", false],
      ["OS/04", ["RW"], "not-started", "2019-05-31", false],
    ]);
  });

  it("raises what a careful reader raises: the two late ones, no RAG or owner errors", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2019-11-30" }));
    expect(problems(sheet)).toEqual([
      ["overdue", "E5"],
      ["overdue", "E7"],
    ]);
  });

  it("a column the user sets by hand is taken, and the reader's own choice becomes the runner-up", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2019-11-30", columns: { targetDate: 2 } }));
    expect(sheet.columns.targetDate).toBe("B");
    expect(sheet.columnChoices?.targetDate).toEqual({ taken: "B", runnerUp: "E" });
    expect(sheet.items[0].steps[0].targetDate).toBe("2019-03-04");
  });
});
