import { displayText } from "./display-text";

/** What the formats' numbers showed as when Intl drew them, and must still show as. */
const intl = (value: number, decimals: number, grouped: boolean) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped }).format(value);

describe("a number shown in its number format", () => {
  it.each<[number, string, number, boolean]>([
    [1234567.5, "#,##0", 0, true],
    [1.005, "0.00", 2, false],
    [0.125, "0.00", 2, false],
    [999.995, "#,##0.00", 2, true],
    [0.5, "0", 0, false],
    [0.1, "0.000000", 6, false],
    [123456789.125, "#,##0.00", 2, true],
    [9.99999999e20, "#,##0", 0, true],
    [1.5e21, "#,##0", 0, true],
    [5e-7, "0.000000", 6, false],
  ])("shows %d under %s as Intl does", (value, format, decimals, grouped) => {
    expect(displayText(value, format, false)).toBe(intl(value, decimals, grouped));
  });

  it("rounds from the shortest decimal, as Intl does: 1.005 to two places is 1.01, not 1.00", () => {
    expect(displayText(1.005, "0.00", false)).toBe("1.01");
  });

  it("shows a negative amount in the format's own negative section", () => {
    expect(displayText(-1234.5, "#,##0;(#,##0)", false)).toBe("(1,235)");
    expect(displayText(-1234.5, "£#,##0", false)).toBe("-£1,235");
  });
});
