import type { Rule } from "./rule";
import { logEntries } from "./rule";

/** Every action needs someone who answers for it, and so does an issue raised for escalation or a risk. */
export const ownerMissing: Rule<"owner-missing"> = {
  id: "owner-missing",
  severity: "error",
  description: "An item, or a filled-in Issues or Risks row, has no owner named.",
  check({ plan }) {
    const items = plan.items.flatMap((item) => {
      const owner = item.owner;
      if (!owner || owner.read.owners.length > 0 || owner.read.placeholder) return [];
      return [{ row: owner.row, col: owner.col, item, value: null, params: {} }];
    });
    const logs = logEntries(plan)
      .filter(({ entry }) => entry.ownerCell !== null && entry.ownerCell.raw === "")
      .map(({ entry, name }) => ({ row: entry.row, col: entry.ownerCell!.col, item: null, value: null, params: { entry: name } }));
    return [...items, ...logs];
  },
};
