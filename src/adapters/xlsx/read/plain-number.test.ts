import { plainIndex, plainNumber } from "./plain-number";

const bytes = (text: string) => new TextEncoder().encode(text);
const numberOf = (text: string) => plainNumber(bytes(text), 0, text.length);

describe("a number written plainly, read in place", () => {
  it.each(["42522", "-219", "0", "0.25", "1.5E-3", "1e3", "3.14159265358979", "0.1", "-1.45", "00012", "9007199254740991", "123456.789012", "2.5e-21"])(
    "reads %s as Number() does",
    (text) => expect(Object.is(numberOf(text), Number(text))).toBe(true),
  );

  it("keeps -0 as written", () => expect(Object.is(numberOf("-0"), -0)).toBe(true));

  it.each(["", " 5", "+5", ".5", "5.", "0x10", "1e400", "&#49;", "9007199254740993", "1e-30", "2.5e-22", "abc", "1_000"])(
    "leaves %j to be read from its text",
    (text) => expect(numberOf(text)).toBeNaN(),
  );

  it("reads an index of digits alone", () => {
    expect(plainIndex(bytes("16078"), 0, 5)).toBe(16078);
    expect(plainIndex(bytes("1.0"), 0, 3)).toBeNaN();
    expect(plainIndex(bytes(""), 0, 0)).toBeNaN();
  });
});
