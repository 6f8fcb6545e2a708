import type { Rule } from "./rule";

/** "TBC" or "." in the owner cell: the user knows nobody is named yet, so it is less than an error. */
export const ownerPlaceholder: Rule<"owner-placeholder"> = {
  id: "owner-placeholder",
  severity: "warning",
  description: "An item's owner is a placeholder ('.', '-', 'TBC') rather than a name.",
  check({ plan }) {
    return plan.items.flatMap((item) => {
      const owner = item.owner;
      if (!owner?.read.placeholder) return [];
      return [{ row: owner.row, col: owner.col, item, value: owner.raw, params: {} }];
    });
  },
};
