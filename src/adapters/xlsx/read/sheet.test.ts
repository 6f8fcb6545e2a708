import type { Grid } from "../../../engine";
import type { SheetContext } from "./cell-values";
import { readSheet } from "./sheet";

const ctx: SheetContext = { strings: ["Owner", "Red"], formats: [{}, { numberFormat: "#,##0", fill: "#FF0000" }, { numberFormat: "mmm-yy" }], date1904: false };
const gridOf = (sheetData: string): Grid => readSheet(new TextEncoder().encode(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`), "xl/worksheets/sheet1.xml", "Plan", ctx).grid;

describe("a sheet's cells, however their tags are written", () => {
  // The first is how Excel writes them, read in place; the others go through the tokenizer.
  const plain = '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>1234.5</v></c><c r="C2" s="2"><v>42430</v></c></row>';
  it.each([
    ["with a namespace prefix", '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" s="1"><x:v>1234.5</x:v></x:c><x:c r="C2" s="2"><x:v>42430</x:v></x:c></x:row>'],
    ["with single quotes, tabs and spaces around =", "<row r='2'><c\tr = 'A2' t='s'><v>0</v></c><c r=\"B2\"\ts=\"1\"><v>1234.5</v></c><c s = \"2\" r=\"C2\"><v>42430</v></c></row>"],
    ["with references in values", '<row r="&#50;"><c r="&#65;2" t="&#115;"><v>&#48;</v></c><c r="B2" s="&#49;"><v>1234&#46;5</v></c><c r="C2" s="2"><v>42430</v></c></row>'],
    ["with formulas, comments and spaces between tags", '<row r="2"><c r="A2" t="s"><f>X</f><v>0</v></c> <c r="B2" s="1"><!-- n --><v>1234.5</v> </c><c r="C2" s="2"><v>42430</v></c ></row >'],
    ["without references", '<row><c t="s"><v>0</v></c><c s="1"><v>1234.5</v></c><c s="2"><v>42430</v></c></row>'],
  ])("reads them %s as it reads them written plainly", (_, written) => {
    // A first row, so that the row without r= follows it as row 2.
    const first = '<row r="1"><c r="A1"><v>1</v></c></row>';
    expect(gridOf(first + written)).toEqual(gridOf(first + plain));
  });

  it("shows each cell's value in its format", () => {
    expect(gridOf(plain).rows[1]).toEqual([
      { value: "Owner", text: "Owner", numberFormat: undefined, fill: undefined },
      { value: 1234.5, text: "1,235", numberFormat: "#,##0", fill: "#FF0000" },
      { value: 42430, text: "Mar-16", numberFormat: "mmm-yy", fill: undefined },
    ]);
  });

  it("keeps a row of fills alone out of the grid, and leaves gaps where a row has no cell", () => {
    const grid = gridOf('<row r="1"><c r="B1" s="1"/></row><row r="3"><c r="C3" t="s"><v>1</v></c></row>');
    expect(grid.rows).toEqual([[], [], [undefined, undefined, { value: "Red", text: "Red", numberFormat: undefined, fill: undefined }]]);
    expect(0 in grid.rows[2]).toBe(false);
  });
});
