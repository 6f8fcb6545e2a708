import { type Rule, unreadableDates } from "./rule";

/** A year typed wrong (1916, 2106) would make a step look decades late or never due. */
export const dateImplausible: Rule<"date-implausible"> = {
  id: "date-implausible",
  severity: "error",
  description: "A date is before 1990 or after 2100, which no plan means.",
  check: ({ plan }) => unreadableDates(plan, "implausible"),
};
