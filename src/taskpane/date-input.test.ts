import { dateFieldText, parseUkDate, shiftDate } from "./date-input";

it.each([
  ["29/06/2016", "2016-06-29"],
  ["29/6/16", "2016-06-29"],
  [" 29.06.2016 ", "2016-06-29"],
  ["29-06-2016", "2016-06-29"],
  ["01/02/2016", "2016-02-01"],
  ["29 Jun 2016", "2016-06-29"],
  ["29 June 2016", "2016-06-29"],
  ["1 Sept 2016", "2016-09-01"],
  ["2016-06-29", "2016-06-29"],
  ["29/02/2016", "2016-02-29"],
  ["", ""],
])("reads %j as %j", (text, iso) => expect(parseUkDate(text)).toBe(iso));

it.each(["06/29/2016", "29/02/2017", "31/04/2016", "29 Junk 2016", "29 Ju 2016", "yesterday", "29/06"])("refuses %j", (text) => {
  expect(parseUkDate(text)).toBeNull();
});

it("shows a date day first", () => expect(dateFieldText("2016-06-29")).toBe("29/06/2016"));

it.each([
  ["2016-06-29", { days: 1 }, "2016-06-30"],
  ["2016-06-30", { days: 1 }, "2016-07-01"],
  ["2016-01-01", { days: -1 }, "2015-12-31"],
  ["2016-01-31", { months: 1 }, "2016-02-29"],
  ["2016-03-31", { months: -1 }, "2016-02-29"],
  ["2016-12-15", { months: 1 }, "2017-01-15"],
])("moves %s by %j to %s", (iso, by, moved) => expect(shiftDate(iso, by)).toBe(moved));
