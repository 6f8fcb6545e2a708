import type { Item } from "../plan";
import type { Rule, RuleHit } from "./rule";

/** Two items with one id make every reference to it (board list, minutes, escalations) ambiguous. */
export const duplicateItemId: Rule<"duplicate-item-id"> = {
  id: "duplicate-item-id",
  severity: "error",
  description: "Two items have the same id.",
  check({ plan }) {
    const first = new Map<string, Item>();
    const idCol = plan.columns.id;
    const hits: Array<RuleHit<"duplicate-item-id">> = [];
    if (idCol === undefined) return hits;
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.id === null) continue;
      const earlier = first.get(item.id);
      if (earlier) hits.push({ row: item.row, col: idCol, item, value: item.id, params: { firstRow: earlier.row } });
      else first.set(item.id, item);
    }
    return hits;
  },
};
