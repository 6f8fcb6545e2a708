import { BLANK } from "../grid";
import { filledCells } from "./row-text";
import { isLoneNumber, isNoteText, notItemRows } from "./not-items";
import { gridOf, type TestCell } from "./test-grid";

/** The rows of a table read as key, legend or note. */
function skipped(rows: TestCell[][]): number[] {
  const grid = gridOf(rows);
  return [...notItemRows(grid, 1, (row) => filledCells(grid, row))].sort((a, b) => a - b);
}

const GREEN = { value: null, text: "", fill: "#00B050" };
const RED = { value: null, text: "", fill: "#FF0000" };

describe("notItemRows: keys and legends under a table", () => {
  it.each<[string, TestCell[][], number[]]>([
    ["a numbered achievement legend", [["1", "Fully Achieved"], ["2", "Partially Achieved"], ["3", "Not Achieved"]], [1, 2, 3]],
    ["a legend typed in one cell per entry", [["1 Fully Achieved"], ["2 Partially Achieved"]], [1, 2]],
    ["RAG words and their meanings", [["Red", "Significant risk of delay"], ["Amber", "Some slippage"], ["Green", "On track"]], [1, 2, 3]],
    ["painted swatches beside their meanings", [[RED, "Off track"], [GREEN, "On track"]], [1, 2]],
    ["a block under 'Key'", [["Key"], ["B", "Action completed"], ["G", "Action will be delivered to the deadline"], [], ["7", "A real item", "J. Smith"]], [1, 2, 3]],
    ["a block under 'RAG key:'", [["RAG key:"], ["Blue - done"], ["Red - off track"]], [1, 2, 3]],
    ["notes", [["Note: figures are provisional"], ["NB", "Dates to be confirmed at the board"], ["* Excludes VAT"]], [1, 2, 3]],
  ])("skips %s", (_name, rows, expected) => {
    expect(skipped(rows)).toEqual(expected);
  });

  it.each<[string, TestCell[][]]>([
    ["one short step that opens with 'Complete'", [["", "", "2. Complete the audit"]]],
    ["items with ids and owners", [["1", "Fully staff the panel", "J. Smith", "Mar 2019"], ["2", "Not started on the new site", "A. Lee", "Jun 2019"]]],
    ["numbered steps that are real work", [["1. Map the process for tracking children"], ["2. Agree the framework with partners"]]],
    ["a single legend-like line", [["1", "Fully Achieved"], ["2", "Recruit foster carers"]]],
  ])("keeps %s", (_name, rows) => {
    expect(skipped(rows)).toEqual([]);
  });
});

describe("isNoteText and isLoneNumber", () => {
  it.each(["Note 1: Edge of care is defined in the strategy", "Notes", "Source: board minutes"])("%p is a note", (text) => {
    expect(isNoteText(text)).toBe(true);
  });
  it.each(["Notify the parents", "Noted by the board", "1.2"])("%p is not a note", (text) => {
    expect(isNoteText(text)).toBe(false);
  });
  it.each([
    [{ value: "-2,100", text: "-2,100" }, true],
    [{ value: -2100, text: "-2,100", numberFormat: "#,##0" }, true],
    [{ value: "£48k", text: "£48k" }, true],
    [{ value: 42430, text: "Mar-16", numberFormat: "mmm-yy" }, false],
    [{ value: "R02", text: "R02" }, false],
    [BLANK, false],
  ])("%j alone is a number: %p", (cell, expected) => {
    expect(isLoneNumber(cell)).toBe(expected);
  });
});
