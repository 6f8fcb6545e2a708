import type { Rule, RuleHit } from "./rule";

/** A saving nobody rates cannot be reported as on track or at risk (seed 004's 2.5 and 4.2). */
export const savingWithoutSavingsRag: Rule<"saving-without-savings-rag"> = {
  id: "saving-without-savings-rag",
  severity: "warning",
  description: "An item has a target saving but no Savings RAG although the sheet has a Savings RAG column.",
  check({ plan }) {
    const hits: Array<RuleHit<"saving-without-savings-rag">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const { saving, savingsRag } = item;
      if (saving?.read.kind !== "money" || savingsRag?.read.kind !== "empty") continue;
      hits.push({ row: savingsRag.row, col: savingsRag.col, item, value: saving.raw, params: { pounds: saving.read.pounds } });
    }
    return hits;
  },
};
