import type { Item, Located } from "../plan";
import { type DateRead, readDateText } from "../values/dates";
import { resolveYears } from "./yearless-dates";
import { EN_GB } from "./test-grid";

/** An item of one step whose target cell (column 5) is typed `text`, under `section`. */
function itemAt(row: number, text: string, section: string | null): Item {
  const target: Located<DateRead> = { row, col: 5, raw: text, read: readDateText(text, EN_GB)[0] };
  return {
    id: String(row), row, lastRow: row, section, title: "An action", owner: null, saving: null, priority: null, actionRag: null, savingsRag: null, status: null, financeManager: null,
    steps: [{ row, text: "", update: "", target, revised: null, done: false }],
  };
}

const reporting = (text: string): Located<DateRead> => ({ row: 2, col: 2, raw: text, read: readDateText(text, EN_GB)[0] });

/** The target each item ends with: its ISO date and what gave the year, or the problem left. */
function resolved(items: Item[], report: Located<DateRead> | null = null, asOf?: string) {
  return resolveYears(items, report, EN_GB, asOf).map((i) => {
    const read = i.steps[0].target!.read;
    return read.kind === "date" ? [read.date, read.yearFrom?.from ?? "typed"] : [read.kind === "unreadable" ? read.problem : read.kind];
  });
}

describe("resolveYears: a yearless date takes its year from what a reader looks at", () => {
  it.each<[string, string, string]>([
    ["14 Aug", "May 2012", "2012-08-14"],
    ["June", "May 2012", "2012-06-30"],
    ["13 Nov", "May 2012", "2012-11-13"],
    ["30 Sept", "April 2012", "2012-09-30"],
    ["March", "May 2012", "2013-03-31"],
    ["April", "May 2012", "2013-04-30"],
    ["May", "May 2012", "2012-05-31"],
    ["10 Feb", "Q3 2013/14", "2014-02-10"],
    ["Jan", "2013/14", "2014-01-31"],
    ["Jun", "2013/14", "2013-06-30"],
  ])("%p under the section %p is %p", (text, section, iso) => {
    expect(resolved([itemAt(10, text, section)])).toEqual([[iso, "section"]]);
  });

  it("takes the year of a full date near it in the same column", () => {
    expect(resolved([itemAt(9, "17.7.12", null), itemAt(10, "14 Aug", null), itemAt(11, "Oct", null), itemAt(12, "Jan", null)])).toEqual([
      ["2012-07-17", "typed"],
      ["2012-08-14", "nearby"],
      ["2012-10-31", "nearby"],
      ["no-year"], // six months either side of July 2012: as near to one year as the other
    ]);
  });

  it("falls back on the reporting date", () => {
    expect(resolved([itemAt(10, "30 Sept", null)], reporting("29 June 2016"))).toEqual([["2016-09-30", "reporting-date"]]);
  });

  it("falls back last on the as-of date the user chose", () => {
    expect(resolved([itemAt(10, "End May", null)], null, "2002-06-26")).toEqual([["2002-05-31", "as-of"]]);
  });

  it.each<[string, string | null, Located<DateRead> | null]>([
    ["nothing to go by", null, null],
    ["a reporting date exactly six months off either way", null, reporting("15 June 2016")],
    ["a section that is no period", "OUTCOME 1: FEWER PLACEMENTS", null],
  ])("leaves the year unsettled when there is %s", (_name, section, report) => {
    expect(resolved([itemAt(10, section === null && report ? "December" : "14 Aug", section)], report)).toEqual([["no-year"]]);
  });
});
