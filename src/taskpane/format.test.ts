import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { formatDate, formatDays, formatPounds } from "./format";
import { chooseTheme } from "./theme";

it.each([
  ["2016-06-29", "29 Jun 2016"],
  ["2016-09-01", "1 Sep 2016"],
  ["2017-03-31", "31 Mar 2017"],
  [null, "—"],
])("writes the date %s as %s", (iso, shown) => expect(formatDate(iso)).toBe(shown));

it.each([
  [2100000, "£2,100,000"],
  [219000, "£219,000"],
  [0, "£0"],
  [null, "—"],
])("writes the amount %s as %s", (pounds, shown) => expect(formatPounds(pounds)).toBe(shown));

it("counts days in words", () => {
  expect(formatDays(1)).toBe("1 day");
  expect(formatDays(31)).toBe("31 days");
});

describe("the theme follows Office's, else the browser's", () => {
  it.each([
    ["#FFFFFF", false, webLightTheme],
    ["#262626", false, webDarkTheme],
    ["#000000", false, webDarkTheme],
    [null, true, webDarkTheme],
    [null, false, webLightTheme],
  ])("Office background %s, browser prefers dark %s", (background, prefersDark, theme) => {
    expect(chooseTheme(background, prefersDark)).toBe(theme);
  });
});
