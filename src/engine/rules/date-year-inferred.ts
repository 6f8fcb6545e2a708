import type { Rule } from "./rule";
import { inferredYearDates } from "./rule";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2012-08-14" as "14 Aug 2012"; a month-long read as "Jun 2012". */
function shown(iso: string, wholeMonth: boolean): string {
  const [y, m, d] = iso.split("-").map(Number);
  return wholeMonth ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A date written without a year was given one from its context: said, so the user can see
 * the reading behind every overdue and slipped step it leads to, and correct it.
 */
export const dateYearInferred: Rule<"date-year-inferred"> = {
  id: "date-year-inferred",
  severity: "info",
  description: "A date written without a year was read in the year its section, a nearby date or the reporting date gives.",
  check({ plan }) {
    return inferredYearDates(plan).flatMap(({ item, cell }) => {
      if (cell.read.kind !== "date" || !cell.read.yearFrom) return [];
      const { from, text, cell: sourceCell } = cell.read.yearFrom;
      const read = shown(cell.read.date, cell.read.precision === "month");
      return [{ row: cell.row, col: cell.col, item, value: cell.read.text || cell.raw, params: { read, from, source: text, sourceCell } }];
    });
  },
};
