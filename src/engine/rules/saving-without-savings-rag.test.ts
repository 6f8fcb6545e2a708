import { savingWithoutSavingsRag } from "./saving-without-savings-rag";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(savingWithoutSavingsRag, [
  {
    name: "2.5 (-219) and 4.2 (-922) have no Savings RAG",
    plan: plan({ items: [item({ id: "2.5", row: 90, actionRag: "Blue", saving: "-219" }), item({ id: "4.2", row: 150, saving: "-922" })] }),
    expected: [{ cell: "K90", itemId: "2.5", value: "-219", params: { pounds: 219000 }, severity: "warning" }, { cell: "K150", params: { pounds: 922000 } }],
  },
  { name: "4.4: -132 with Savings RAG Green on row 166", plan: plan({ items: [item({ id: "4.4", row: 165, ragRow: 166, savingsRag: "Green", saving: "-132" })] }), expected: [] },
  { name: "'None' is no saving attached", plan: plan({ items: [item({ id: "4", row: 30, saving: "None" })] }), expected: [] },
  { name: "an unreadable saving is saving-not-understood, not this", plan: plan({ items: [item({ id: "4", row: 30, saving: "some" })] }), expected: [] },
]);
