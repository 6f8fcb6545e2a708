import type { Rule } from "./rule";

/**
 * A number alone on a row ("-2,100" between two items) that no item could take: it is not
 * an action, but it is not nothing either, so the user is told once where it is.
 */
export const strayValue: Rule<"stray-value"> = {
  id: "stray-value",
  severity: "warning",
  description: "A number stands alone on a row of the table and belongs to no item, so it was not counted.",
  check({ plan }) {
    return plan.strayValues.map((v) => ({ row: v.row, col: v.col, item: null, value: v.raw, params: {} }));
  },
};
