import { boardSummaryGrid } from "../../test/fixtures/board-summary";
import type { Grid } from "../engine";
import { columnsUnder, headerRowChoices } from "./layout-choices";

/** A sheet with a long preamble: 40 lines of notes before the table's header. */
function longPreamble(): Grid {
  const notes = Array.from({ length: 40 }, (_, i) => [{ value: `Note ${i + 1}`, text: `Note ${i + 1}` }]);
  const header = ["Ref", "Action", "Lead", "Due"].map((text) => ({ value: text, text }));
  return { name: "Plan", rows: [...notes, header], merges: [], date1904: false };
}

describe("the rows offered as the header", () => {
  it("are the sheet's filled rows, each with its cells' texts", () => {
    expect(headerRowChoices(boardSummaryGrid(), 0).slice(0, 3)).toEqual([
      { row: 1, text: "Quality and Safety Committee: board action summary" },
      { row: 2, text: "Reporting date | 30/09/2024" },
      { row: 4, text: "Relevant Item | Response | Accountable Director | Timeline | Assurance" },
    ]);
  });

  it("stop after the first thirty, but always include the row in use", () => {
    const rows = headerRowChoices(longPreamble(), 41);
    expect(rows).toHaveLength(31);
    expect(rows.at(-1)).toEqual({ row: 41, text: "Ref | Action | Lead | Due" });
  });
});

describe("the columns offered for each role", () => {
  it("are every column that holds something, named by the header row's text", () => {
    expect(columnsUnder(boardSummaryGrid(), 4).map((o) => `${o.letter} ${o.header}`)).toEqual(["A Relevant Item", "B Response", "C Accountable Director", "D Timeline", "E Assurance"]);
    expect(columnsUnder(boardSummaryGrid(), 0).map((o) => o.header)).toEqual(["", "", "", "", ""]);
  });
});
