import { STYLES } from "./palette";
import { rowHeights, wrappedLines } from "./row-heights";
import type { WriteCell } from "./write-types";

describe("wrappedLines", () => {
  it.each([
    ["", 10, 1],
    ["Develop", 10, 1],
    ["Develop a clear", 10, 2],
    // Seed 004's 2.2, in the board sheet's 44-wide Title column (about 48 characters a line).
    ["Focus of family services on preventing children entering the care system to enable us to offer appropriate services at the appropriate time", 48, 3],
    ["line one\nline two", 40, 2],
    ["https://intranet.example.gov.uk/a/very/long/path", 10, 5],
    // Words parted by runs of spaces, or by other whitespace, count as words parted by one space.
    ["  Develop   a clear  ", 10, 2],
    ["Develop\ta\u00a0clear", 10, 2],
  ])("%j in %d characters takes %d lines", (value, capacity, lines) => {
    expect(wrappedLines(value, capacity)).toBe(lines);
  });
});

describe("rowHeights", () => {
  const wrap = (value: string): WriteCell => ({ kind: "text", value, style: "wrap" });
  const plain = (value: string): WriteCell => ({ kind: "text", value });

  it("grows a row to its tallest wrapped cell and leaves one-line rows at the default", () => {
    const long = "Review 40 cases where children became LAC, to identify learning points with regards to domestic abuse for all relevant organisations.";
    const heights = rowHeights([[plain("1.3"), wrap(long)], [plain("1.4"), wrap("Short")], [plain(long)]], [10, 44], STYLES);
    expect(heights).toEqual([45, null, null]);
  });
});
