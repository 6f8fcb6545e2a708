import type { Item } from "../plan";
import type { Rule } from "./rule";

/** Two items with one id make every reference to it (board list, minutes, escalations) ambiguous. */
export const duplicateItemId: Rule<"duplicate-item-id"> = {
  id: "duplicate-item-id",
  severity: "error",
  description: "Two items have the same id.",
  check({ plan }) {
    const first = new Map<string, Item>();
    const idCol = plan.columns.id;
    return plan.items.flatMap((item) => {
      if (item.id === null || idCol === undefined) return [];
      const earlier = first.get(item.id);
      if (!earlier) {
        first.set(item.id, item);
        return [];
      }
      return [{ row: item.row, col: idCol, item, value: item.id, params: { firstRow: earlier.row } }];
    });
  },
};
