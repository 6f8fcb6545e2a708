import { ragNotUnderstood } from "./rag-not-understood";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(ragNotUnderstood, [
  { name: "'A/G'", plan: plan({ items: [item({ id: "2.4", row: 88, actionRag: "A/G" })] }), expected: [{ cell: "J88", value: "A/G", params: { column: "actionRag" }, severity: "error" }] },
  { name: "'Yellow' as Savings RAG", plan: plan({ items: [item({ id: "4.7", row: 174, actionRag: "Amber", savingsRag: "Yellow" })] }), expected: [{ cell: "K174", value: "Yellow", params: { column: "savingsRag" } }] },
  { name: "'Amber' and 'Red'", plan: plan({ items: [item({ id: "4.7", row: 174, actionRag: "Amber", savingsRag: "Red" })] }), expected: [] },
  { name: "an empty RAG is rag-missing, not this", plan: plan({ items: [item({ id: "4.2", row: 150 })] }), expected: [] },
]);
