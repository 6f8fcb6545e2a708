import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { clearChecked, createWorkbook, WorkbookFileError, XlsxWorkbook } from "../../src/adapters/xlsx";
import { writeChecked } from "../../src/adapters/xlsx/write/write-checked";
import { STYLES } from "../../src/engine/summary/palette";
import type { Highlight, SummarySheet, WriteDescription } from "../../src/engine/summary/write-types";
import { buildPackage } from "./build-package";

const highlight = (cell: string, note: string): Highlight => ({ sheet: "Plan", cell, kind: "overdue", fill: "#FFC7CE", note });
const describe1 = (highlights: Highlight[]): WriteDescription => ({ owner: "action-plan-checker", highlights, sheets: [], styles: STYLES, legend: [] });

const USER_COMMENTS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Jo</author></authors><commentList><comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>Jo:</t></r><r><t xml:space="preserve"> agreed with finance</t></r></text></comment></commentList></comments>';

/** A plan whose sheet has the user's own note, a chart part and macros, as Excel saves an .xlsm. */
function userWorkbook(): Uint8Array {
  const base = unzipSync(buildPackage({
    strings: ["Item", "Due"],
    sheets: [{ name: "Plan", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>42430</v></c></row><row r="4"><c r="A4"><v>2</v></c></row></sheetData><legacyDrawing r:id="rId1"/>' }],
  }));
  const types = strFromU8(base["[Content_Types].xml"]).replace("sheet.main+xml", "sheet.macroEnabled.main+xml").replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>');
  return zipSync({
    ...base,
    "[Content_Types].xml": strToU8(types),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>'),
    "xl/comments1.xml": strToU8(USER_COMMENTS),
    "xl/drawings/vmlDrawing1.vml": strToU8('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>'),
    "xl/charts/chart1.xml": strToU8("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>"),
    "xl/vbaProject.bin": new Uint8Array([1, 2, 3, 4]),
  });
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe("writing into the user's package", () => {
  let input: Uint8Array;
  let written: Uint8Array;
  beforeAll(() => {
    input = userWorkbook();
    const workbook = XlsxWorkbook.open(input);
    writeChecked(workbook, describe1([highlight("B2", "Overdue: due Mar-16."), highlight("C4", "Missing owner.")]));
    written = workbook.save();
  });

  it("changes only the highlighted cells' styles, adding an empty cell where the sheet had none", () => {
    const sheet = strFromU8(unzipSync(written)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<row r="2"><c r="A2"><v>1<\/v><\/c><c r="B2" s="\d+"><v>42430<\/v><\/c><\/row>/);
    expect(sheet).toMatch(/<row r="4"><c r="A4"><v>2<\/v><\/c><c r="C4" s="\d+"\/><\/row>/);
  });

  it("keeps macros, the chart and the workbook's own content type (.xlsm stays .xlsm)", () => {
    const parts = unzipSync(written);
    expect(parts["xl/vbaProject.bin"]).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(parts["xl/charts/chart1.xml"]).toBeDefined();
    expect(strFromU8(parts["[Content_Types].xml"])).toContain("sheet.macroEnabled.main+xml");
  });

  it("puts its note after the user's own, keeping theirs, and a note of its own where there was none", async () => {
    const plan = (await excel(written)).getWorksheet("Plan")!;
    const texts = (note: unknown) => (typeof note === "string" ? note : (note as ExcelJS.Comment).texts!.map((t) => t.text).join(""));
    expect(texts(plan.getCell("B2").note)).toBe("Jo: agreed with finance\n\nAction Plan Checker:\nOverdue: due Mar-16.");
    expect(plan.getCell("C4").note).toBe("Action Plan Checker:\nMissing owner.");
  });

  it("after clear, every part but the sheet and styles is the same bytes, and the sheet's cells are as they were", () => {
    const workbook = XlsxWorkbook.open(written);
    expect(clearChecked(workbook)).toBe(true);
    const before = unzipSync(input);
    const after = unzipSync(workbook.save());
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === "xl/styles.xml") continue;
      expect([name, strFromU8(after[name])]).toEqual([name, strFromU8(before[name])]);
    }
  });
});

describe("a damaged store", () => {
  it("is said to be damaged, never taken for nothing to restore", () => {
    const workbook = XlsxWorkbook.open(userWorkbook());
    writeChecked(workbook, describe1([highlight("B2", "Overdue.")]));
    const parts = unzipSync(workbook.save());
    const store = Object.keys(parts).find((n) => strFromU8(parts[n]).includes("Action Plan Checker store v1"))!;
    parts[store] = strToU8(strFromU8(parts[store]).replace("&quot;cells&quot;:[", "&quot;cells&quot;:[{oops"));
    const damaged = XlsxWorkbook.open(zipSync(parts));
    let problem = "";
    try {
      clearChecked(damaged);
    } catch (error) {
      if (!(error instanceof WorkbookFileError)) throw error;
      problem = error.problem.kind;
    }
    expect(problem).toBe("store-unreadable");
  });
});

describe("a new workbook from summary sheets alone", () => {
  it("is read by ExcelJS with its sheets, text as text, numbers, dates and its table", async () => {
    const sheet: SummarySheet = {
      key: "actions",
      name: "Roll-up",
      marker: { cell: "A1", text: "Roll-up" },
      rows: [
        [{ kind: "text", value: "Plan", style: "header" }, { kind: "text", value: "Saving", style: "header" }, { kind: "text", value: "Due", style: "header" }],
        [{ kind: "text", value: "=1+1", style: "text" }, { kind: "number", value: 120, style: "money" }, { kind: "date", value: "2016-03-31", style: "date" }],
      ],
      widths: [20, 12, 14],
      rowHeights: [null, null],
      frozenRows: 1,
      print: { orientation: "landscape", fitToWidth: true, area: "A1:C2" },
      tables: [{ name: "RollUp", ref: "A1:C2", columns: ["Plan", "Saving", "Due"] }],
      dataBars: [{ range: "B2:B2", color: "#638EC6" }],
    };
    const workbook = await excel(createWorkbook([sheet], STYLES));
    const ws = workbook.getWorksheet("Roll-up")!;
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("B2").value).toBe(120);
    expect(ws.getCell("C2").value).toEqual(new Date("2016-03-31T00:00:00Z"));
    expect((ws.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name)).toEqual(["RollUp"]);
  });
});
