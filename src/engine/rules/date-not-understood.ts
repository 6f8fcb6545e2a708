import { type Rule, unreadableDates } from "./rule";

/** A date nobody can read is a deadline nobody can check. */
export const dateNotUnderstood: Rule<"date-not-understood"> = {
  id: "date-not-understood",
  severity: "error",
  description: "A date cell holds text that is not a date or a known marker (Complete, Ongoing, TBC).",
  check: ({ plan }) => unreadableDates(plan, "not-understood"),
};
