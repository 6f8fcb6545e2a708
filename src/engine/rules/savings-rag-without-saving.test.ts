import { savingsRagWithoutSaving } from "./savings-rag-without-saving";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(savingsRagWithoutSaving, [
  { name: "2.2: Savings RAG Red, no target saving (row 82)", plan: plan({ items: [item({ id: "2.2", row: 82, actionRag: "Amber", savingsRag: "Red" })] }), expected: [{ cell: "K82", itemId: "2.2", value: "Red", params: { rag: "red" }, severity: "warning" }] },
  { name: "3.5: Savings RAG Red, no target saving (row 120)", plan: plan({ items: [item({ id: "3.5", row: 120, actionRag: "Green", savingsRag: "Red" })] }), expected: [{ cell: "K120" }] },
  { name: "4.7: -500 and Red", plan: plan({ items: [item({ id: "4.7", row: 174, savingsRag: "Red", saving: "-500" })] }), expected: [] },
  { name: "'None' is a stated saving of nothing, not a missing one", plan: plan({ items: [item({ id: "4", row: 30, savingsRag: "Green", saving: "None" })] }), expected: [] },
  { name: "no saving column at all", plan: plan({ items: [item({ id: "2.2", row: 82, savingsRag: "Red" })], without: ["saving"] }), expected: [] },
]);
