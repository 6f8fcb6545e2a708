import { Package } from "../../src/adapters/xlsx/package";
import { JS_CODEC, type ZipCodec } from "../../src/adapters/xlsx/zip";
import { XlsxWorkbook } from "../../src/adapters/xlsx/workbook";
import { buildPackage } from "./build-package";

const SHEET = "xl/worksheets/sheet1.xml";
const body = `<sheetData>${Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Action ${i}</t></is></c></row>`).join("")}</sheetData>`;

/** JavaScript's codec, counting the parts it inflates. */
function countingCodec(): { codec: ZipCodec; inflated: () => number } {
  let count = 0;
  const codec: ZipCodec = {
    newDeflater: JS_CODEC.newDeflater,
    inflate: (data, size) => {
      count++;
      return JS_CODEC.inflate(data, size);
    },
  };
  return { codec, inflated: () => count };
}

describe("a sheet read to be written into is inflated once", () => {
  it("keeps the part for its next reading only, whatever is read in between", () => {
    const { codec, inflated } = countingCodec();
    const pkg = Package.open(buildPackage({ sheets: [{ name: "Plan", body }] }), codec);
    const first = pkg.text(SHEET);
    const before = inflated();
    pkg.bytes(SHEET, true);
    expect(inflated()).toBe(before + 1);
    pkg.text("xl/styles.xml");
    expect(inflated()).toBe(before + 2);
    expect(pkg.text(SHEET)).toBe(first);
    expect(inflated()).toBe(before + 2);
    expect(pkg.text(SHEET)).toBe(first);
    expect(inflated()).toBe(before + 3);
  });

  it("gives a part changed or removed after it was kept as it is now, never as it was kept", () => {
    const pkg = Package.open(buildPackage({ sheets: [{ name: "Plan", body }] }));
    pkg.bytes(SHEET, true);
    pkg.set(SHEET, "<worksheet/>");
    expect(pkg.text(SHEET)).toBe("<worksheet/>");
    pkg.remove(SHEET);
    expect(pkg.has(SHEET)).toBe(false);
    expect(() => pkg.bytes(SHEET)).toThrow(/no part/);
  });

  it("reads the grid of a sheet to write into as any other, and patches it from the same XML", () => {
    const { codec, inflated } = countingCodec();
    const workbook = XlsxWorkbook.open(buildPackage({ sheets: [{ name: "Plan", body }] }), codec);
    const grid = workbook.grid("Plan", true);
    expect(grid.rows[49]?.[0]?.value).toBe("Action 49");
    const after = inflated();
    expect(workbook.pkg.text(SHEET)).toContain("<t>Action 49</t>");
    expect(inflated()).toBe(after);
  });
});
