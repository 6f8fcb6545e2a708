import type { Rule } from "./rule";

/**
 * A header typed again at a page break (seeds 000, 001) is skipped, not read as data; saying
 * so lets the user check nothing was skipped that should not have been.
 */
export const headerRepeated: Rule<"header-repeated"> = {
  id: "header-repeated",
  severity: "info",
  description: "The header row appears again further down (a page break); it is skipped, not read as data.",
  check({ plan }) {
    return plan.repeatedHeaders.map(({ row, col }) => ({ row, col, item: null, value: null, params: { headerRow: plan.headerRow } }));
  },
};
