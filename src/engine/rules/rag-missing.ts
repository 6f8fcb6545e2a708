import type { Rule, RuleHit } from "./rule";

/** An item nobody has rated cannot be escalated or counted; the sheet has the column for it. */
export const ragMissing: Rule<"rag-missing"> = {
  id: "rag-missing",
  severity: "warning",
  description: "An item has no Action RAG although the sheet has an Action RAG column.",
  check({ plan }) {
    const hits: Array<RuleHit<"rag-missing">> = [];
    for (const item of plan.items) {
      const rag = item.actionRag;
      if (!rag || rag.read.kind !== "empty") continue;
      hits.push({ row: rag.row, col: rag.col, item, value: null, params: {} });
    }
    return hits;
  },
};
