import { strToU8, zipSync } from "fflate";
import { WorkbookFileError } from "../../src/adapters/xlsx/errors";
import { readGrids, XlsxWorkbook } from "../../src/adapters/xlsx/workbook";
import { buildPackage, MINIMAL_STYLES } from "./build-package";

const problemOf = (bytes: Uint8Array) => {
  try {
    readGrids(bytes);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error.problem.kind;
    throw error;
  }
  return "read";
};

describe("reading a sheet as other programs write it", () => {
  it("reads inline strings, rows and cells without r=, booleans, errors and formulas' cached values", () => {
    const { grids } = readGrids(buildPackage({
      strings: ["Owner"],
      sheets: [{
        name: "Plan",
        body: `<sheetData><row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>Jo Bloggs</t></is></c></row>` +
          `<row><c t="b"><v>1</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f t="shared" ref="D2:D3" si="0">A1</f><v>12.5</v></c></row>` +
          `<row r="5"><c r="B5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row></sheetData>`,
      }],
    }));
    const rows = grids[0].rows;
    expect(rows[0].map((c) => c?.value)).toEqual(["Owner", "Jo Bloggs"]);
    expect(rows[1].map((c) => c?.value)).toEqual([true, "#DIV/0!", undefined, 12.5]);
    expect(rows[4][1]).toEqual({ value: "ab", text: "ab", numberFormat: undefined, fill: undefined });
    expect(rows.length).toBe(5);
  });

  it("reads rich text as its runs joined, leaving out phonetic readings and Excel's escapes", () => {
    const { grids } = readGrids(buildPackage({
      richStrings: ['<si><r><rPr><b/></rPr><t>Red</t></r><r><t xml:space="preserve"> – late_x000D_</t></r><rPh sb="0" eb="1"><t>レッド</t></rPh></si>'],
      sheets: [{ name: "Plan", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
    }));
    expect(grids[0].rows[0][0]?.value).toBe("Red – late\r");
  });

  it("reads dates by their number format, fills by colour, and the 1904 date system", () => {
    const styles = MINIMAL_STYLES.replace('<fills count="2">', '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd mmm yyyy"/></numFmts><fills count="3">')
      .replace("</fills>", '<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill></fills>')
      .replace('<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="2" borderId="0" xfId="0"/>');
    const { grids } = readGrids(buildPackage({
      date1904: true,
      styles,
      sheets: [{ name: "Plan", body: '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"/></row></sheetData>' }],
    }));
    expect(grids[0].date1904).toBe(true);
    expect(grids[0].rows[0][0]).toMatchObject({ value: 0, text: "01 Jan 1904", numberFormat: "dd mmm yyyy" });
    expect(grids[0].rows[0][1]).toMatchObject({ value: null, fill: "#FF0000" });
  });

  it("reads merges, keeping a value only in the area's top-left cell", () => {
    const { grids } = readGrids(buildPackage({
      sheets: [{ name: "Plan", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>' }],
    }));
    expect(grids[0].merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(grids[0].rows[0][1]).toBeUndefined();
  });

  it("follows absolute relationship targets and leaves out a Fallback's copy of content", () => {
    const { grids } = readGrids(buildPackage({
      absoluteTargets: true,
      sheets: [{ name: "Plan", body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kept</t></is></c></row></sheetData><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><x14:x/></mc:Choice><mc:Fallback><mergeCells><mergeCell ref="A1:A2"/></mergeCells></mc:Fallback></mc:AlternateContent>' }],
    }));
    expect(grids[0].rows[0][0]?.value).toBe("kept");
    expect(grids[0].merges).toEqual([]);
  });

  it("parses only the sheets asked for", () => {
    const workbook = XlsxWorkbook.open(buildPackage({
      sheets: [{ name: "Plan", body: "<sheetData/>" }, { name: "Broken", body: "<sheetData><row><c" }],
    }));
    expect(workbook.sheetNames()).toEqual(["Plan", "Broken"]);
    expect(workbook.grid("Plan").rows).toEqual([]);
  });
});

describe("files that are not a workbook we can read, each named", () => {
  const plan = () => buildPackage({ sheets: [{ name: "Plan", body: "<sheetData/>" }] });
  const ole = (extra: string) => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set([...extra].flatMap((ch) => [ch.charCodeAt(0), 0]), 1024);
    return bytes;
  };

  it.each([
    ["empty", new Uint8Array(0)],
    ["encrypted", ole("EncryptionInfo")],
    ["xls", ole("Workbook")],
    ["not-zip", strToU8("Owner,Date\nJo,2016-03-01\n")],
    ["truncated", plan().subarray(0, 300)],
    ["xlsb", zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array(8) })],
    ["ods", zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") })],
    ["not-workbook", zipSync({ "word/document.xml": strToU8("<w/>") })],
  ])("%s", (kind, bytes) => {
    expect(problemOf(bytes as Uint8Array)).toBe(kind);
  });

  it("refuses a document type declaration, which could expand entities", () => {
    const bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const bytes = buildPackage({ sheets: [{ name: "Plan", body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], extraParts: { "xl/sharedStrings.xml": bomb } });
    expect(problemOf(bytes)).toBe("doctype");
  });

  it("refuses a part that unpacks to far more than any workbook, before unpacking it", () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(32);
    const bytes = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": huge }, { level: 9 });
    expect(problemOf(bytes)).toBe("bomb");
  });
});
