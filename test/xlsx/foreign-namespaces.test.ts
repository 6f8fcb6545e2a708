/**
 * What the checker writes into parts another program wrote takes that part's own prefixes:
 * LibreOffice refuses a package where a prefix is used undeclared, and reads an element with a
 * prefix bound elsewhere as something else. Each case is a small package written by hand the
 * way one generator writes it; each comes back from clear as it was.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { clearChecked, XlsxWorkbook } from "../../src/adapters/xlsx";
import { writeChecked } from "../../src/adapters/xlsx/write/write-checked";
import { STYLES } from "../../src/engine/summary/palette";
import type { Highlight, SummarySheet, WriteDescription } from "../../src/engine/summary/write-types";
import { xmlProblems } from "../../scripts/corpus-xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

interface Parts {
  workbook: string;
  sheet: string;
  styles: string;
  comments?: string;
  vml?: string;
}

/** A one-sheet plan ("Plan") whose parts are written as given; comments and VML hang off the sheet. */
function pack(parts: Parts): Uint8Array {
  const notes = parts.comments !== undefined;
  const vml = parts.vml !== undefined;
  const files: Record<string, string> = {
    "[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${vml ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' : ""}${notes ? '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' : ""}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    "xl/workbook.xml": HEAD + parts.workbook,
    "xl/worksheets/sheet1.xml": HEAD + parts.sheet,
    "xl/styles.xml": HEAD + parts.styles,
  };
  if (vml) {
    const comments = notes ? `<Relationship Id="rId2" Type="${R}/comments" Target="../comments1.xml"/>` : "";
    files["xl/worksheets/_rels/sheet1.xml.rels"] = `${HEAD}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>${comments}</Relationships>`;
    files["xl/drawings/vmlDrawing1.vml"] = parts.vml!;
  }
  if (notes) files["xl/comments1.xml"] = HEAD + parts.comments!;
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

const SHEET_DATA = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>42430</v></c></row></sheetData>';
const STYLES_BODY = '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>';

/** Excel's own layout: default namespace on each root, `r:` declared on the root. */
const EXCEL: Parts = {
  workbook: `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  sheet: `<worksheet xmlns="${MAIN}" xmlns:r="${R}">${SHEET_DATA}</worksheet>`,
  styles: `<styleSheet xmlns="${MAIN}">${STYLES_BODY}</styleSheet>`,
};

/** Every tag's prefix swapped for `x:` (the main namespace bound to a prefix, no default). */
function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z]+)\b/g, "<$1x:$2").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

const highlight = (cell: string): Highlight => ({ sheet: "Plan", cell, kind: "overdue", fill: "#FFC7CE", note: `Overdue at ${cell}.` });

/** A summary sheet with a print area, so that the workbook gets a defined name. */
const SUMMARY: SummarySheet = {
  key: "actions",
  name: "Summary",
  marker: { cell: "A1", text: "Summary" },
  rows: [[{ kind: "text", value: "Summary", style: "header" }]],
  widths: [20],
  rowHeights: [null],
  frozenRows: 0,
  print: { orientation: "portrait", fitToWidth: true, area: "A1:A1" },
  tables: [],
  dataBars: [],
};

const description = (cells: string[]): WriteDescription => ({ owner: "action-plan-checker", highlights: cells.map(highlight), sheets: [SUMMARY], styles: STYLES, legend: [] });

/**
 * Each element's namespace, resolved as a namespace-aware reader does: an unprefixed element in
 * a part with no default namespace is in none, which no SpreadsheetML reader takes for its own.
 */
function elementNamespaces(xml: string): string[] {
  const stack: Map<string, string>[] = [new Map([["", ""]])];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w.:-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, closing, qname, attrs, selfClosing] = m;
    if (closing) {
      stack.pop();
      continue;
    }
    const scope = new Map(stack[stack.length - 1]);
    for (const d of attrs.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) scope.set(d[1] ?? "", d[2]);
    const colon = qname.indexOf(":");
    out.push(scope.get(colon < 0 ? "" : qname.slice(0, colon)) ?? "(undeclared)");
    if (!selfClosing) stack.push(scope);
  }
  return out;
}

interface Run {
  input: Uint8Array;
  written: Record<string, string>;
  cleared: Record<string, string>;
}

function run(parts: Parts, cells: string[]): Run {
  const input = pack(parts);
  const workbook = XlsxWorkbook.open(input);
  writeChecked(workbook, description(cells));
  const bytes = workbook.save();
  const again = XlsxWorkbook.open(bytes);
  expect(again.sheetNames()).toEqual(["Plan", "Summary", "ActionPlanChecker"]);
  expect(clearChecked(again)).toBe(true);
  const text = (files: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  return { input, written: text(unzipSync(bytes)), cleared: text(unzipSync(again.save())) };
}

/** No written part uses a prefix it does not declare; the SpreadsheetML and package parts have every element in a namespace. */
function expectWellFormed(written: Record<string, string>): void {
  for (const [name, xml] of Object.entries(written)) {
    expect([name, xmlProblems(xml)]).toEqual([name, []]);
    if (!name.endsWith(".vml")) expect([name, elementNamespaces(xml).filter((ns) => ns === "" || ns === "(undeclared)")]).toEqual([name, []]);
  }
}

/** Clear gives back every part as it was, but styles.xml (which keeps the formats it gained). */
function expectClearedBack({ input, cleared }: Run, except: Set<string> = new Set(["xl/styles.xml"])): void {
  const before = unzipSync(input);
  expect(Object.keys(cleared).sort()).toEqual(Object.keys(before).sort());
  for (const name of Object.keys(before)) if (!except.has(name)) expect([name, cleared[name]]).toEqual([name, strFromU8(before[name])]);
}

describe("a package whose SpreadsheetML parts bind the main namespace to x:", () => {
  const parts: Parts = {
    workbook: prefixed(EXCEL.workbook),
    sheet: prefixed(EXCEL.sheet),
    styles: prefixed(EXCEL.styles),
    comments: prefixed(`<comments xmlns="${MAIN}"><authors><author>Jo</author></authors><commentList><comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>Jo:</t></r><r><t xml:space="preserve"> agreed</t></r></text></comment></commentList></comments>`),
    vml: `<xml ${VML_NS}><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  };
  let result: Run;
  beforeAll(() => {
    result = run(parts, ["B2", "C2", "D5"]);
  });

  it("gets its cells, rows, styles, names, sheets and notes in x:, never in no namespace", () => {
    expectWellFormed(result.written);
    const sheet = result.written["xl/worksheets/sheet1.xml"];
    expect(sheet).toMatch(/<x:c r="C2" s="\d+"\/><\/x:row>/);
    expect(sheet).toMatch(/<x:row r="5"><x:c r="D5" s="\d+"\/><\/x:row><\/x:sheetData>/);
    expect(result.written["xl/workbook.xml"]).toMatch(/<x:sheet name="Summary" sheetId="2" r:id="rId\d+"\/>.*<x:definedNames><x:definedName /);
    expect(result.written["xl/comments1.xml"]).toMatch(/<x:author>Action Plan Checker<\/x:author>.*<x:t>Jo:<\/x:t>.*<x:r><x:t xml:space="preserve">\n\nAction Plan Checker:/);
    expect(result.written["xl/styles.xml"]).toMatch(/<x:fill><x:patternFill patternType="solid">/);
  });

  it("comes back from clear as it was", () => expectClearedBack(result));
});

describe("a workbook.xml that declares r: on each <sheet> (openpyxl)", () => {
  const parts: Parts = {
    ...EXCEL,
    workbook: `<workbook xmlns="${MAIN}"><workbookPr/><sheets><sheet xmlns:r="${R}" name="Plan" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
  };
  let result: Run;
  beforeAll(() => {
    result = run(parts, ["B2"]);
  });

  it("gets new sheets that declare r: themselves, and its names in its one <definedNames>", () => {
    expectWellFormed(result.written);
    const workbook = result.written["xl/workbook.xml"];
    expect(workbook).toMatch(/<sheet xmlns:r="[^"]+" name="Summary" sheetId="2" r:id="rId\d+"\/>/);
    expect(workbook.match(/<definedNames\b/g)).toHaveLength(1);
    expect(workbook).toMatch(/<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">/);
  });

  it("comes back from clear as it was, its empty <definedNames/> too", () => expectClearedBack(result));
});

describe("a workbook.xml with names of the user's", () => {
  const parts: Parts = {
    ...EXCEL,
    workbook: `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Budget">Plan!$B$2</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
  };
  let result: Run;
  beforeAll(() => {
    result = run(parts, ["B2"]);
  });

  it("gets the checker's names beside the user's, in the one <definedNames>", () => {
    expectWellFormed(result.written);
    const workbook = result.written["xl/workbook.xml"];
    expect(workbook.match(/<definedNames\b/g)).toHaveLength(1);
    expect(workbook).toMatch(/<definedNames><definedName name="Budget">Plan!\$B\$2<\/definedName><definedName name="_xlnm.Print_Area" localSheetId="1">/);
  });

  it("comes back from clear as it was", () => expectClearedBack(result));
});

describe("notes beside a VML drawing written by another program", () => {
  const comments = `<comments xmlns="${MAIN}"><authors><author>Jo</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Mine.</t></text></comment></commentList></comments>`;
  // ElementTree (openpyxl): nothing declared on the root, each element declaring its own ns0:, ns1: …
  const elementTree = '<xml><ns0:shapelayout xmlns:ns0="urn:schemas-microsoft-com:office:office" xmlns:ns1="urn:schemas-microsoft-com:vml" ns1:ext="edit"><ns0:idmap ns1:ext="edit" data="1"/></ns0:shapelayout><ns2:shapetype xmlns:ns2="urn:schemas-microsoft-com:vml" xmlns:ns3="urn:schemas-microsoft-com:office:office" id="_x0000_t202" coordsize="21600,21600" ns3:spt="202" path="m,l,21600r21600,l21600,xe"/><ns0:shape xmlns:ns0="urn:schemas-microsoft-com:vml" xmlns:ns1="urn:schemas-microsoft-com:office:office" type="#_x0000_t202" ns1:insetmode="auto" id="_x0000_s1026"><ns2:ClientData xmlns:ns2="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><ns2:Row>0</ns2:Row><ns2:Column>0</ns2:Column></ns2:ClientData></ns0:shape></xml>';
  // Declared on the root, under other names than Excel's.
  const renamed = '<xml xmlns:vml="urn:schemas-microsoft-com:vml" xmlns:office="urn:schemas-microsoft-com:office:office" xmlns:excel="urn:schemas-microsoft-com:office:excel"><vml:shapetype id="_x0000_t202" coordsize="21600,21600" office:spt="202" path="m,l,21600r21600,l21600,xe"/><vml:shape id="_x0000_s1025" type="#_x0000_t202" office:insetmode="auto"><excel:ClientData ObjectType="Note"><excel:Row>0</excel:Row><excel:Column>0</excel:Column></excel:ClientData></vml:shape></xml>';

  it.each([
    ["nothing declared on its root (openpyxl)", elementTree, /<\/ns0:shape><v:shape xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="[^"]+" xmlns:x="[^"]+" id="_x0000_s\d+"/],
    ["its own prefixes on its root", renamed, /<vml:shape id="_x0000_s\d+" type="#_x0000_t202" alt="Action Plan Checker"[^>]* office:insetmode="auto"><vml:fill .*<excel:Row>1<\/excel:Row>/],
  ])("%s: gets note boxes in the prefixes it binds, and loses them again on clear", (_, vml, expected) => {
    const result = run({ ...EXCEL, comments, vml }, ["B2"]);
    expectWellFormed(result.written);
    expect(result.written["xl/drawings/vmlDrawing1.vml"]).toMatch(expected);
    expectClearedBack(result);
  });
});

describe("a sheet whose VML drawing holds form controls and no note", () => {
  const button = `<xml ${VML_NS}><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t201"><x:ClientData ObjectType="Button"><x:Anchor>1, 0, 1, 0, 2, 0, 2, 0</x:Anchor></x:ClientData></v:shape></xml>`;
  const parts: Parts = { ...EXCEL, sheet: `<worksheet xmlns="${MAIN}" xmlns:r="${R}">${SHEET_DATA}<legacyDrawing r:id="rId1"/></worksheet>`, vml: button };

  it("gets the note box type beside the buttons, and loses it again on clear", () => {
    const result = run(parts, ["B2"]);
    expectWellFormed(result.written);
    expect(result.written["xl/drawings/vmlDrawing1.vml"]).toMatch(/<v:shapetype alt="Action Plan Checker" id="_x0000_t202"/);
    expectClearedBack(result);
  });
});

describe("a worksheet that declares only the default namespace", () => {
  const parts: Parts = { ...EXCEL, sheet: `<worksheet xmlns="${MAIN}">${SHEET_DATA}</worksheet>` };
  let result: Run;
  beforeAll(() => {
    result = run(parts, ["B2"]);
  });

  it("gets its note drawing linked by an element that declares r: itself", () => {
    expectWellFormed(result.written);
    expect(result.written["xl/worksheets/sheet1.xml"]).toMatch(/<legacyDrawing xmlns:r="[^"]+" r:id="rId\d+"\/><\/worksheet>$/);
  });

  it("comes back from clear as it was", () => expectClearedBack(result));
});
