import fc from "fast-check";
import type { Cell } from "../grid";
import { dateFormatShape, readDateCell, readDateText, serialToIso, type DateContext, type DatePrecision } from "./dates";

const enGB: DateContext = { locale: "en-GB", date1904: false };
const enUS: DateContext = { locale: "en-US", date1904: false };
const unknown: DateContext = { locale: null, date1904: false };

const period = (text: string, start: string, date: string, precision: DatePrecision) => ({
  kind: "date",
  start,
  date,
  precision,
  text,
});

describe("serialToIso", () => {
  it.each<[number, boolean, string]>([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [60, false, "1900-02-29"],
    [61, false, "1900-03-01"],
    [42430, false, "2016-03-01"],
    [42430.75, false, "2016-03-01"],
    [0, true, "1904-01-01"],
    [40968, true, "2016-03-01"],
  ])("serial %d (1904 system: %s) is %s", (serial, date1904, iso) => {
    expect(serialToIso(serial, date1904)).toBe(iso);
  });
});

describe("readDateText: what the seeds write", () => {
  it.each([
    ["31 st January 2017.", "2017-01-31", "2017-01-31", "day"],
    ["28 th February 2017.", "2017-02-28", "2017-02-28", "day"],
    ["29 June 2016", "2016-06-29", "2016-06-29", "day"],
    ["Mar 2010", "2010-03-01", "2010-03-31", "month"],
    ["Sept 2010", "2010-09-01", "2010-09-30", "month"],
    ["Mar-16", "2016-03-01", "2016-03-31", "month"],
    ["Jan-17", "2017-01-01", "2017-01-31", "month"],
    ["Feb-16", "2016-02-01", "2016-02-29", "month"],
    ["April 2001", "2001-04-01", "2001-04-30", "month"],
    ["June 2010", "2010-06-01", "2010-06-30", "month"],
    ["March 16", "2016-03-01", "2016-03-31", "month"],
    ["Mar 16", "2016-03-01", "2016-03-31", "month"],
    ["Q3 2018/19", "2018-10-01", "2018-12-31", "quarter"],
    ["Q4 2018/19", "2019-01-01", "2019-03-31", "quarter"],
    ["2016/17", "2016-04-01", "2017-03-31", "financial-year"],
    ["2001-02", "2001-04-01", "2002-03-31", "financial-year"],
    ["2003-2004", "2003-04-01", "2004-03-31", "financial-year"],
    ["2017", "2017-01-01", "2017-12-31", "year"],
    ["2016-04-01", "2016-04-01", "2016-04-01", "day"],
    ["Oct 2004 – then ongoing process", "2004-10-01", "2004-10-31", "month"],
    ["Completed - March 16", "2016-03-01", "2016-03-31", "month"],
    ["19.04.10", "2010-04-19", "2010-04-19", "day"],
    // other plans' quarters: the word, and a two-digit financial year
    ["Quarter 3 2017/18", "2017-10-01", "2017-12-31", "quarter"],
    ["Qtr 1 2017/18", "2017-04-01", "2017-06-30", "quarter"],
    ["Q4 17/18", "2018-01-01", "2018-03-31", "quarter"],
  ] as const)("%j runs %s to %s (%s)", (text, start, date, precision) => {
    expect(readDateText(text, enGB)).toEqual([period(text, start, date, precision)]);
  });

  it("gives two dates in one cell to the cell's two actions, in order", () => {
    expect(readDateText("May 2010 July 2010", enGB)).toEqual([
      period("May 2010", "2010-05-01", "2010-05-31", "month"),
      period("July 2010", "2010-07-01", "2010-07-31", "month"),
    ]);
  });

  it.each([
    ["Complete", "done"],
    ["Completed", "done"],
    ["complete", "done"],
    ["Achieved", "done"],
    ["Ongoing", "no-firm-date"],
    ["On going", "no-firm-date"],
    ["Termly Review", "no-firm-date"],
    ["Immediately", "no-firm-date"],
    ["TBC", "no-firm-date"],
    ["tbc", "no-firm-date"],
    ["TBA", "no-firm-date"],
    ["Ongoing process", "no-firm-date"],
    ["Done", "done"],
    ["Monthly", "no-firm-date"],
    ["Quarterly", "no-firm-date"],
    ["Annually", "no-firm-date"],
    ["Annual review", "no-firm-date"],
    ["Immediate", "no-firm-date"],
  ] as const)("reads %j as the marker %s", (text, marker) => {
    expect(readDateText(text, enGB)).toEqual([{ kind: "marker", marker, text }]);
  });

  it.each([
    ["next spring", "not-understood"],
    ["asap", "not-understood"],
    ["early May 2016", "not-understood"],
    ["Not complete", "not-understood"],
    ["31/02/2016", "not-understood"],
    ["Q3 2018", "ambiguous"],
    ["1850", "implausible"],
    ["Mar 2101", "implausible"],
    ["Mar-45", "implausible"],
  ] as const)("does not read %j as a date (%s)", (text, problem) => {
    expect(readDateText(text, enGB)).toEqual([{ kind: "unreadable", problem, text }]);
  });

  it.each([
    "Monthly from April 2019",
    "Ongoing since January 2021",
    "New officer failed to start in March 2022; the post is to be advertised again",
    "Consultation to begin May 2023 with a report to the Cabinet after it closes",
    "Refer to the update given to the Audit Committee in November",
  ])("reads progress written in a date column, %j, as no firm date rather than a bad date", (text) => {
    expect(readDateText(text, enGB)).toEqual([{ kind: "marker", marker: "no-firm-date", text }]);
  });

  it.each([
    "after the summer",
    "When the new case management system has been procured",
    "early May 2016",
    "Staff may attend",
  ])("still calls %j not a date: no recurring word, or no word of time in a sentence", (text) => {
    expect(readDateText(text, enGB)).toEqual([{ kind: "unreadable", problem: "not-understood", text }]);
  });

  it("reads a date written as when its action was done, among others, as done", () => {
    expect(readDateText("March 2005\nDone (June 2004)", enGB)).toEqual([
      period("March 2005", "2005-03-01", "2005-03-31", "month"),
      { kind: "marker", marker: "done", text: "June 2004" },
    ]);
    expect(readDateText("Completed: 14/05/2021\n30/09/2021", enGB)[1]).toEqual(period("30/09/2021", "2021-09-30", "2021-09-30", "day"));
  });

  it.each(["March 2005\nJune 2004", "Done by March 2005\nJune 2005"])("keeps both of %j as deadlines", (text) => {
    expect(readDateText(text, enGB).map((r) => r.kind)).toEqual(["date", "date"]);
  });

  it.each<[string, number, number | null]>([
    ["May", 5, null],
    ["Sept.", 9, null],
    ["7th June", 6, 7],
    ["14 Aug", 8, 14],
    ["30 Sept", 9, 30],
    ["13 Nov", 11, 13],
    ["29 Feb", 2, 29],
    ["End May", 5, null],
    ["by the end of June", 6, null],
    ["Mid July", 7, 15],
  ])("reads %j as a date still wanting its year (month %i, day %p)", (text, month, day) => {
    expect(readDateText(text, enGB)).toEqual([{ kind: "unreadable", problem: "no-year", text, month, day }]);
  });

  it.each<[string, string]>([
    ["End May 2002", "2002-05-31"],
    ["mid June 2002", "2002-06-15"],
  ])("reads %j as due %s", (text, iso) => {
    expect(readDateText(text, enGB)[0]).toMatchObject({ kind: "date", date: iso, text });
  });

  it.each(["31 Feb", "Staff may attend", "32 May", "early May"])("does not take %j for a yearless date", (text) => {
    expect(readDateText(text, enGB)[0]).not.toMatchObject({ problem: "no-year" });
  });

  it.each(["  ", "-", "–", "."])("reads %j as empty", (text) => {
    expect(readDateText(text, enGB)).toEqual([{ kind: "empty" }]);
  });
});

describe("readDateText: day and month order", () => {
  it.each<[string, DateContext, string]>([
    ["03/04/2016", enGB, "2016-04-03"],
    ["03/04/2016", enUS, "2016-03-04"],
    ["01/04/2016", enGB, "2016-04-01"],
    ["1/4/16", enGB, "2016-04-01"],
    ["1/4/16", enUS, "2016-01-04"],
    ["25/12/2016", unknown, "2016-12-25"],
    ["12/25/2016", unknown, "2016-12-25"],
    ["25/12/2016", enUS, "2016-12-25"],
    ["04/04/2016", unknown, "2016-04-04"],
  ])("%j in %j is %s", (text, ctx, iso) => {
    expect(readDateText(text, ctx)).toEqual([period(text, iso, iso, "day")]);
  });

  it("calls 03/04/2016 ambiguous when the locale is unknown", () => {
    expect(readDateText("03/04/2016", unknown)).toEqual([{ kind: "unreadable", problem: "ambiguous", text: "03/04/2016" }]);
  });
});

describe("readDateCell", () => {
  const dateCell = (value: number, text: string, numberFormat: string): Cell => ({ value, text, numberFormat });

  it.each([
    [dateCell(42430, "Mar-16", "mmm-yy"), "2016-03-01", "2016-03-31", "month"],
    [dateCell(42430, "Mar-16", "[$-809]mmm-yy"), "2016-03-01", "2016-03-31", "month"],
    [dateCell(42445, "March 2016", "mmmm yyyy"), "2016-03-01", "2016-03-31", "month"],
    [dateCell(42430, "Mar 2016", "mmm yyyy"), "2016-03-01", "2016-03-31", "month"],
    [dateCell(42430, "01/03/2016", "dd/mm/yyyy"), "2016-03-01", "2016-03-01", "day"],
    [dateCell(42430, "01-Mar-16", "dd-mmm-yy"), "2016-03-01", "2016-03-01", "day"],
    [dateCell(42430, "3/1/2016", "m/d/yyyy"), "2016-03-01", "2016-03-01", "day"],
    [dateCell(42430.5, "01/03/2016 12:00", "dd/mm/yyyy hh:mm"), "2016-03-01", "2016-03-01", "day"],
    [dateCell(2017, "2017", "General"), "2017-01-01", "2017-12-31", "year"],
  ] as const)("reads %j", (cell, start, date, precision) => {
    expect(readDateCell(cell, enGB)).toEqual([period(cell.text, start, date, precision)]);
  });

  it("honours the 1904 date system", () => {
    expect(readDateCell(dateCell(40968, "01/03/2016", "dd/mm/yyyy"), { locale: "en-GB", date1904: true })).toEqual([
      period("01/03/2016", "2016-03-01", "2016-03-01", "day"),
    ]);
  });

  it.each<[Cell, string]>([
    [dateCell(42430, "42430", "General"), "not-understood"],
    [dateCell(12.5, "12.5", "0.0"), "not-understood"],
    [dateCell(1850, "1850", "General"), "implausible"],
    [dateCell(100, "09/04/1900", "dd/mm/yyyy"), "implausible"],
    [dateCell(-5, "#####", "dd/mm/yyyy"), "implausible"],
    [dateCell(0.5, "12:00", "hh:mm"), "not-understood"],
    [{ value: true, text: "TRUE" }, "not-understood"],
  ])("does not read %j as a date (%s)", (cell, problem) => {
    expect(readDateCell(cell, enGB)).toEqual([{ kind: "unreadable", problem, text: cell.text }]);
  });

  it("reads text cells as text", () => {
    expect(readDateCell({ value: "Termly Review", text: "Termly Review" }, enGB)).toEqual([
      { kind: "marker", marker: "no-firm-date", text: "Termly Review" },
    ]);
    expect(readDateCell({ value: null, text: "" }, enGB)).toEqual([{ kind: "empty" }]);
  });

  it("never throws, and always reads something", () => {
    const cell = fc.record(
      {
        value: fc.oneof(fc.string(), fc.double(), fc.integer({ min: -10, max: 3_000_000 }), fc.boolean(), fc.constant(null)),
        text: fc.string(),
        numberFormat: fc.oneof(fc.string(), fc.constantFrom("General", "mmm-yy", "dd/mm/yyyy", "[h]:mm", "yyyy")),
      },
      { requiredKeys: ["value", "text"] },
    );
    const ctx = fc.record({ locale: fc.constantFrom("en-GB", "en-US", null), date1904: fc.boolean() });
    fc.assert(
      fc.property(cell, ctx, (c, x) => {
        expect(readDateCell(c, x).length).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("never throws on text built from date words", () => {
    const word = fc.constantFrom("Mar", "-", "16", "2016", "/", "17", "Q3", "31", "st", "Ongoing", "then", " ", "1", ".", "Complete");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        expect(readDateText(words.join(""), enGB).length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("dateFormatShape", () => {
  it.each([
    ["mmm-yy", "month"],
    ["[$-809]mmm-yy", "month"],
    ["mmmm yyyy", "month"],
    ["dd/mm/yyyy", "day"],
    ["d-mmm", "day"],
    ["yyyy", "year"],
    ["General", null],
    ["#,##0", null],
    ['_-"£"* #,##0_-;-"£"* #,##0_-', null],
    ["h:mm", null],
    ["[h]:mm:ss", null],
    ["mm:ss", null],
    ["0.00E+00", null],
  ])("%j shows %s", (format, shape) => {
    expect(dateFormatShape(format)).toBe(shape);
  });
});
