import type { Rule } from "./rule";

/** Every action needs someone who answers for it. */
export const ownerMissing: Rule = {
  id: "owner-missing",
  severity: "error",
  description: "An item has no owner named.",
  check({ plan }) {
    return plan.items
      .filter((item) => item.owner && item.owner.read.owners.length === 0 && !item.owner.read.placeholder)
      .map((item) => ({ row: item.owner!.row, col: item.owner!.col, item, value: null }));
  },
};
