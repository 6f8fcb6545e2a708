import { checkRows, planSheet, type Row } from "./kit";

/** A schedule whose actions are ticked off in the column of the meeting that heard them done. */
function schedule(tickHeader: string, ticks: Array<string | null>): Row[] {
  return [
    ["Improvement schedule"],
    ["Ref", "Item", "Led by", "Finish by", tickHeader, "Notes"],
    ["1.1", "Publish the service standards", "Ana", "31/05/2021", ticks[0], ""],
    ["1.2", "Survey the tenants", "Ben", "15/06/2021", ticks[1], ""],
    ["1.3", "Report the survey to the panel", "Ana", "15/06/2021", ticks[2], ""],
  ];
}

describe("ticks in a meeting's column", () => {
  it.each<[string, Array<string | null>, boolean[]]>([
    ["12/6 Mtg", ["✓", null, "✔"], [true, false, true]],
    ["Board meeting", ["√", "☑", null], [true, true, false]],
    ["Done", ["✓", null, null], [true, false, false]],
    // A tick for which team takes part says nothing of progress; a word is not a tick.
    ["Housing", ["✓", "✓", "✓"], [false, false, false]],
    ["12/6 Mtg", ["yes", "seen", null], [false, false, false]],
  ])("under %j, ticks %j mark done %j", async (header, ticks, done) => {
    const sheet = planSheet(await checkRows(schedule(header, ticks), { today: "2021-06-30" }));
    expect(sheet.items.map((i) => i.steps[0].done)).toEqual(done);
  });
});
