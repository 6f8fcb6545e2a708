import { strFromU8, unzipSync } from "fflate";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { writeChecked } from "../../src/adapters/xlsx/write/write-checked";
import { STYLES } from "../../src/engine/summary/palette";
import type { Highlight, WriteDescription } from "../../src/engine/summary/write-types";
import { buildPackage } from "./build-package";

const highlight = (cell: string): Highlight => ({ sheet: "Plan", cell, kind: "overdue", fill: "#FFC7CE", note: "Overdue." });
const description = (cells: string[]): WriteDescription => ({ owner: "action-plan-checker", highlights: cells.map(highlight), sheets: [], styles: STYLES, legend: [] });

/** An update of a few lines, as a plan's progress cell holds: long text before what follows it in the row. */
const UPDATE = "Work with partners has started; the first review is booked for the spring. ".repeat(4);

/** The patched plan sheet of a copy written with highlights on `cells`. */
function patched(rows: string, cells: string[]): string {
  const workbook = XlsxWorkbook.open(buildPackage({ sheets: [{ name: "Plan", body: `<sheetData>${rows}</sheetData>` }] }));
  writeChecked(workbook, description(cells));
  return strFromU8(unzipSync(workbook.save())["xl/worksheets/sheet1.xml"]);
}

describe("rows another program wrote with a comment or an instruction inside", () => {
  const text = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>${UPDATE}</t></is></c>`;

  it("copies a row with nothing to restyle as it was, comment and all, and restyles the row after it", () => {
    const row2 = `<row r="2">${text("A2")}<!-- checked by finance --><c r="B2"><v>1</v></c></row>`;
    const sheet = patched(`<row r="1"><c r="A1"><v>0</v></c></row>${row2}<row r="3"><c r="A3"><v>2</v></c><c r="B3"><v>42430</v></c></row>`, ["B3"]);
    expect(sheet).toContain(row2);
    expect(sheet).toMatch(/<row r="3"><c r="A3"><v>2<\/v><\/c><c r="B3" s="\d+"><v>42430<\/v><\/c><\/row>/);
  });

  it("copies what follows the last restyled cell of a row as it was", () => {
    const rest = `${text("C2")}<?editor keep?><c r="D2"><v>3</v></c></row>`;
    const sheet = patched(`<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>42430</v></c>${rest}`, ["B2"]);
    expect(sheet).toMatch(/<row r="2"><c r="A2"><v>1<\/v><\/c><c r="B2" s="\d+"><v>42430<\/v><\/c>/);
    expect(sheet).toContain(rest);
  });
});
