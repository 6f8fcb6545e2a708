import type { Rule } from "./rule";

/** Every action needs someone who answers for it. */
export const ownerMissing: Rule<"owner-missing"> = {
  id: "owner-missing",
  severity: "error",
  description: "An item has no owner named.",
  check({ plan }) {
    return plan.items.flatMap((item) => {
      const owner = item.owner;
      if (!owner || owner.read.owners.length > 0 || owner.read.placeholder) return [];
      return [{ row: owner.row, col: owner.col, item, value: null, params: {} }];
    });
  },
};
