import { type Rule, unreadableDates } from "./rule";

/** Guessing the order would move a deadline by months, so the user is asked instead. */
export const dateAmbiguous: Rule<"date-ambiguous"> = {
  id: "date-ambiguous",
  severity: "warning",
  description: "A date such as 03/04/2016 could be day-first or month-first, and the workbook's locale is not known.",
  check: ({ plan }) => unreadableDates(plan, "ambiguous"),
};
