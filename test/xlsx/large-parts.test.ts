import { unzipSync, strFromU8 } from "fflate";
import { Package, SLICE_CHARS } from "../../src/adapters/xlsx/package";
import { deflateWhole, JS_CODEC, type ZipCodec } from "../../src/adapters/xlsx/zip";
import { NATIVE_ZIP } from "../../src/cli/native-zip";
import { buildPackage } from "./build-package";

/** Rows of a sheet as many small pieces, over a megabyte in all: large enough to be kept compressed and written in slices. */
function rows(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Action £${i} – owner ${i % 97}</t></is></c></row>`);
}

const plan = () => buildPackage({ sheets: [{ name: "Plan", body: "<sheetData/>" }] });

describe.each<[string, ZipCodec]>([
  ["JavaScript deflate", JS_CODEC],
  ["Node's zlib", NATIVE_ZIP],
])("large parts with %s", (_, codec) => {
  it("keeps a part written in pieces whole: read back before the save and after it, in any zip reader", () => {
    const pkg = Package.open(plan(), codec);
    const pieces = rows(15_000);
    const writer = pkg.writer("xl/worksheets/sheet9.xml");
    for (const piece of pieces) writer.push(piece);
    writer.close();
    const whole = pieces.join("");
    expect(whole.length).toBeGreaterThan(1 << 20);
    expect(pkg.text("xl/worksheets/sheet9.xml")).toBe(whole);
    const saved = pkg.save();
    expect(strFromU8(unzipSync(saved)["xl/worksheets/sheet9.xml"])).toBe(whole);
    expect(Package.open(saved, codec).text("xl/worksheets/sheet9.xml")).toBe(whole);
  });

  it("keeps a character written as two (a surrogate pair) whole where a large part is cut into slices", () => {
    const pkg = Package.open(plan(), codec);
    for (const at of [SLICE_CHARS - 1, SLICE_CHARS, SLICE_CHARS + 1, (1 << 20) - 1, 1 << 20]) {
      const text = `${"a".repeat(at)}😀${"b".repeat(1000)}`;
      pkg.set("xl/emoji.xml", text);
      expect(pkg.text("xl/emoji.xml")).toBe(text);
    }
  });

  it("inflates nothing but a whole stream of the declared size: not deflate data, or longer, is a damaged part", () => {
    const content = new TextEncoder().encode("<row/>".repeat(1000));
    const { data } = deflateWhole(codec.newDeflater, content);
    expect(Buffer.from(codec.inflate(data, content.length)!).equals(Buffer.from(content))).toBe(true);
    expect(codec.inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]), 100)).toBeNull();
    const cut = codec.inflate(data, 10);
    expect(cut === null || cut.length === 10).toBe(true);
  });

  it("keeps a large part set whole, and a small part, as they were set", () => {
    const pkg = Package.open(plan(), codec);
    const large = rows(15_000).join("");
    pkg.set("xl/large.xml", large);
    pkg.set("xl/small.xml", "<small/>");
    pkg.writer("xl/empty.xml").close();
    expect(pkg.text("xl/large.xml")).toBe(large);
    expect(pkg.size("xl/large.xml")).toBe(Buffer.byteLength(large));
    const files = unzipSync(pkg.save());
    expect(strFromU8(files["xl/large.xml"])).toBe(large);
    expect(strFromU8(files["xl/small.xml"])).toBe("<small/>");
    expect(files["xl/empty.xml"]).toHaveLength(0);
  });
});
