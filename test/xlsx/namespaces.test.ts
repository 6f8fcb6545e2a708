import { fitFragment, NS, scopeAt, SPREADSHEET, VML } from "../../src/adapters/xlsx/write/namespaces";

const scope = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("fitting the checker's markup to where it goes", () => {
  it.each([
    ["Excel's own prefixes: unchanged", '<sheet name="S" r:id="rId2"/>', SPREADSHEET, { "": NS.main, r: NS.relationships }, '<sheet name="S" r:id="rId2"/>'],
    ["main namespace bound to x:", '<row r="5"><c r="D5" s="3"/></row>', SPREADSHEET, { x: NS.main }, '<x:row r="5"><x:c r="D5" s="3"/></x:row>'],
    ["r: not in scope: declared on the element", '<sheet name="S" r:id="rId2"/>', SPREADSHEET, { "": NS.main }, `<sheet xmlns:r="${NS.relationships}" name="S" r:id="rId2"/>`],
    ["relationships bound to another prefix", '<legacyDrawing r:id="rId1"/>', SPREADSHEET, { "": NS.main, rel: NS.relationships }, '<legacyDrawing rel:id="rId1"/>'],
    ["r: bound to something else: ours under another name", '<sheet r:id="rId2"/>', SPREADSHEET, { "": NS.main, r: "urn:other" }, `<sheet xmlns:r1="${NS.relationships}" r1:id="rId2"/>`],
    ["xml:space is never rewritten", '<r><t xml:space="preserve">a</t></r>', SPREADSHEET, { s: NS.main }, '<s:r><s:t xml:space="preserve">a</s:t></s:r>'],
    ["VML into a root that declares nothing: declared on each top element", '<v:shape o:spt="1"><div/></v:shape><v:shape/>', VML, {}, `<v:shape xmlns:v="${NS.vml}" xmlns:o="${NS.office}" o:spt="1"><div/></v:shape><v:shape xmlns:v="${NS.vml}" xmlns:o="${NS.office}"/>`],
    ["VML's x: where the part's x: is the main namespace", "<x:Row>1</x:Row>", VML, { x: NS.main }, `<x1:Row xmlns:x1="${NS.excel}">1</x1:Row>`],
    ["elements in no namespace under a default one", "<div/>", VML, { "": NS.main }, '<div xmlns=""/>'],
  ])("%s", (_, fragment, written, where, expected) => {
    expect(fitFragment(fragment, written, scope(where))).toBe(expected);
  });
});

describe("the bindings in scope at a place in a part", () => {
  const xml = `<workbook xmlns="${NS.main}"><sheets><sheet xmlns:r="${NS.relationships}" r:id="rId1"/></sheets><definedNames/></workbook>`;

  it("are those of the elements open there, not of a sibling before it", () => {
    expect(scopeAt(xml, "xl/workbook.xml", xml.indexOf("</sheets>"))).toEqual(scope({ "": NS.main }));
  });
});
