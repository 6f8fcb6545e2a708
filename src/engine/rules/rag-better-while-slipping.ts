import type { Item } from "../plan";
import type { Rule } from "./rule";

/**
 * An Action RAG that improved while the item's deadlines moved later does not add up: either
 * the RAG was lifted to please the board, or the update forgot to say what put it right.
 */
export const ragBetterWhileSlipping: Rule<"rag-better-while-slipping"> = {
  id: "rag-better-while-slipping",
  severity: "warning",
  description: "An Action RAG improved since the earlier version while the item's steps moved later.",
  check({ comparison }) {
    if (!comparison) return [];
    // How far each item's deadlines moved later, step by step.
    const laterBy = new Map<Item, number[]>();
    for (const c of comparison.changes) {
      if ((c.kind !== "target" && c.kind !== "revised") || c.extensions === null || c.days === null || !c.item) continue;
      laterBy.set(c.item, [...(laterBy.get(c.item) ?? []), c.days]);
    }
    return comparison.changes.flatMap((change) => {
      if (change.kind !== "rag" || change.direction !== "better" || !change.from || !change.to || !change.item?.actionRag) return [];
      const later = laterBy.get(change.item) ?? [];
      if (later.length === 0) return [];
      const cell = change.item.actionRag;
      const params = { column: "actionRag" as const, from: change.from, to: change.to, steps: later.length, mostDays: Math.max(...later), since: comparison.asOf };
      return [{ row: cell.row, col: cell.col, item: change.item, value: cell.raw, params }];
    });
  },
};
