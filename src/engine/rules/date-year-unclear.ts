import type { Rule } from "./rule";
import { unreadableDates } from "./rule";

/** A date with no year that nothing around it places: reported, because a guessed year would make a deadline up. */
export const dateYearUnclear: Rule<"date-year-unclear"> = {
  id: "date-year-unclear",
  severity: "warning",
  description: "A date is written without a year, and neither its section, the dates near it nor a reporting date settle one.",
  check({ plan }) {
    return unreadableDates(plan, "no-year");
  },
};
