import { ragMissing } from "./rag-missing";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(ragMissing, [
  {
    name: "4.2 and 4.3 have no Action RAG (rows 150, 158)",
    plan: plan({ items: [item({ id: "4.2", row: 150, saving: "-922" }), item({ id: "4.3", row: 158 }), item({ id: "4.4", row: 165, ragRow: 166, actionRag: "Green", savingsRag: "Green", saving: "-132" })] }),
    expected: [{ cell: "J150", itemId: "4.2", severity: "warning" }, { cell: "J158", itemId: "4.3" }],
  },
  { name: "a RAG given only as a fill", plan: plan({ items: [item({ id: "2.4", row: 88, actionRag: "fill:amber" })] }), expected: [] },
  { name: "an unreadable RAG is rag-not-understood, not this", plan: plan({ items: [item({ id: "2.4", row: 88, actionRag: "A/G" })] }), expected: [] },
  { name: "seed 000 has no RAG column: no-rag-column, not one per item", plan: plan({ items: [item({ id: "R1", row: 4 })], without: ["actionRag"] }), expected: [] },
]);
