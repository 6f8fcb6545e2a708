import { ragWorse } from "./rag-worse";
import { describeRule, item, plan, type ItemSpec } from "../../../test/engine/test-plan";

const one = (spec: Partial<ItemSpec>) => plan({ items: [item({ id: "2.1", row: 72, saving: "-2,100", ...spec })] });
const may = (spec: Partial<ItemSpec>) => plan({ name: "LAC Progress May-16", reportingDate: "May-16", items: one(spec).items });

describeRule(ragWorse, [
  {
    name: "2.1: Green in May, Amber in June",
    plan: one({ actionRag: "Amber", savingsRag: "Red" }),
    since: may({ actionRag: "Green", savingsRag: "Red" }),
    expected: [{ cell: "J72", value: "Amber", severity: "info", params: { column: "actionRag", from: "green", to: "amber", since: "2016-05-31" }, message: "Item 2.1's Action RAG went from Green to Amber in J72 since 31 May 2016: the update should say why." }],
  },
  { name: "a Savings RAG from Amber to Red", plan: one({ actionRag: "Amber", savingsRag: "Red" }), since: may({ actionRag: "Amber", savingsRag: "Amber" }), expected: [{ cell: "K72", params: { column: "savingsRag", from: "amber", to: "red" } }] },
  { name: "a Blue item rated Green again: reopened", plan: one({ actionRag: "Green" }), since: may({ actionRag: "Blue" }), expected: [{ cell: "J72", params: { from: "blue", to: "green" } }] },
  { name: "Amber to Green is better", plan: one({ actionRag: "Green" }), since: may({ actionRag: "Amber" }), expected: [] },
  { name: "no RAG last month: nothing to be worse than", plan: one({ actionRag: "Red" }), since: may({}), expected: [] },
  { name: "no earlier version", plan: one({ actionRag: "Red" }), expected: [] },
]);
