import { ragOf } from "../values/rag";
import type { Rule, RuleHit } from "./rule";

/**
 * A Savings RAG rates a saving that the sheet does not state (seed 004's 2.2: Savings RAG Red,
 * no target saving), so the board cannot see how much is at stake. "None" is a stated saving
 * of nothing, not a missing one.
 */
export const savingsRagWithoutSaving: Rule<"savings-rag-without-saving"> = {
  id: "savings-rag-without-saving",
  severity: "warning",
  description: "An item has a Savings RAG but no target saving in the saving column.",
  check({ plan }) {
    if (plan.columns.saving === undefined) return [];
    const hits: Array<RuleHit<"savings-rag-without-saving">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const rag = ragOf(item.savingsRag);
      if (!rag || !item.savingsRag || item.saving?.read.kind !== "empty") continue;
      hits.push({ row: item.savingsRag.row, col: item.savingsRag.col, item, value: item.savingsRag.raw, params: { rag } });
    }
    return hits;
  },
};
