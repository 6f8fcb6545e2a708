import type { Rule, RuleHit } from "./rule";

/** An item nobody has rated cannot be escalated or counted; the sheet has the column for it. */
export const ragMissing: Rule<"rag-missing"> = {
  id: "rag-missing",
  severity: "warning",
  description: "An item has no Action RAG although the sheet has an Action RAG column.",
  check({ plan }) {
    const hits: Array<RuleHit<"rag-missing">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const rag = item.actionRag;
      if (!rag || rag.read.kind !== "empty") continue;
      hits.push({ row: rag.row, col: rag.col, item, value: null, params: {} });
    }
    return hits;
  },
};
