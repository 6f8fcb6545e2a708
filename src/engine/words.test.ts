import { dayText, monthText, ordinal, plural, pounds, ragWord } from "./words";

describe("the words of our outputs", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [111, "111th"],
  ])("says the %i extension as %p", (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  it("writes counts, days, months, money and RAGs as the sheets and messages do", () => {
    expect([plural(1, "day"), plural(0, "step"), plural(61, "day")]).toEqual(["1 day", "0 steps", "61 days"]);
    expect([plural(1, "entry", "entries"), plural(3, "entry", "entries")]).toEqual(["1 entry", "3 entries"]);
    expect([dayText("2016-06-29"), dayText("2012-08-01"), monthText("2012-06-30")]).toEqual(["29 Jun 2016", "1 Aug 2012", "Jun 2012"]);
    expect([pounds(219000), pounds(2100.5)]).toEqual(["£219,000", "£2,101"]);
    expect([pounds(-40), pounds(-57.5, 2), pounds(57.25, 2)]).toEqual(["-£40", "-£57.5", "£57.25"]);
    expect(ragWord("amber")).toBe("Amber");
  });
});
