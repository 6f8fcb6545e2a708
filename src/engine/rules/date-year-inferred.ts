import { dayText, monthText } from "../words";
import type { Rule } from "./rule";
import { inferredYearDates } from "./rule";

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
      // A month-long read is shown as its month ("Jun 2012"), a day as its day ("14 Aug 2012").
      const read = cell.read.precision === "month" ? monthText(cell.read.date) : dayText(cell.read.date);
      return [{ row: cell.row, col: cell.col, item, value: cell.read.text || cell.raw, params: { read, from, source: text, sourceCell } }];
    });
  },
};
