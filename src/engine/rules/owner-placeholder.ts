import type { Rule } from "./rule";
import { logEntries } from "./rule";

/** "TBC" or "." in the owner cell: the user knows nobody is named yet, so it is less than an error. */
export const ownerPlaceholder: Rule<"owner-placeholder"> = {
  id: "owner-placeholder",
  severity: "warning",
  description: "An item's owner, or an Issues or Risks row's, is a placeholder ('.', '-', 'TBC') rather than a name.",
  check({ plan }) {
    const items = plan.items.flatMap((item) => {
      const owner = item.owner;
      if (!owner?.read.placeholder) return [];
      return [{ row: owner.row, col: owner.col, item, value: owner.raw, params: {} }];
    });
    const logs = logEntries(plan)
      .filter(({ entry }) => entry.ownerCell?.placeholder)
      .map(({ entry, name }) => ({ row: entry.row, col: entry.ownerCell!.col, item: null, value: entry.ownerCell!.raw, params: { entry: name } }));
    return [...items, ...logs];
  },
};
