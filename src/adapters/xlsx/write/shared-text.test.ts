import { buildPackage } from "../../../../test/xlsx/build-package";
import { Package } from "../package";
import { plainSharedStrings } from "./shared-text";

/** The plain shared strings of a package whose sharedStrings.xml holds exactly these <si> elements. */
function plainOf(...si: string[]): Map<string, number> {
  const pkg = Package.open(buildPackage({ sheets: [{ name: "Plan", body: "<sheetData/>" }], richStrings: si }));
  return plainSharedStrings(pkg, "xl/sharedStrings.xml");
}

describe("plainSharedStrings", () => {
  it.each<[string, string[], [string, number][]]>([
    ["plain texts by index, escapes decoded", ["<si><t>Red</t></si>", "<si><t>Owner &amp; lead</t></si>", '<si><t xml:space="preserve">Line_x000D_</t></si>'], [["Red", 0], ["Owner & lead", 1], ["Line\r", 2]]],
    ["the first of two equal texts", ["<si><t>Amber</t></si>", "<si><t>Amber</t></si>"], [["Amber", 0]]],
    ["an empty entry as the empty text", ["<si><t/></si>"], [["", 0]]],
    ["loose whitespace only where it is kept", ["<si><t> lead</t></si>", '<si><t xml:space="preserve"> lead </t></si>', "<si><t>a\nb</t></si>"], [[" lead ", 1]]],
    ["never rich text, whose runs carry formatting", ["<si><r><rPr><b/></rPr><t>Red</t></r></si>", "<si><r><t>Green</t></r></si>"], []],
    ["never a text with a phonetic reading", ['<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>'], []],
    ["entries after those skipped keep their own index", ["<si><r><t>x</t></r></si>", "<si><t>Blue</t></si>"], [["Blue", 1]]],
  ])("%s", (_, si, expected) => {
    expect([...plainOf(...si)]).toEqual(expected);
  });

  it("is empty for a workbook without shared strings", () => {
    const pkg = Package.open(buildPackage({ sheets: [{ name: "Plan", body: "<sheetData/>" }] }));
    expect(plainSharedStrings(pkg, undefined).size).toBe(0);
  });
});
