import { noRagColumn } from "./no-rag-column";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(noRagColumn, [
  {
    name: "seed 000: recommendations R1–R6 with no RAG column, one finding for the sheet",
    plan: plan({ items: [item({ id: "R1", row: 4 }), item({ id: "R2", row: 5 }), item({ id: "R3", row: 6 })], without: ["actionRag", "savingsRag"] }),
    expected: [{ cell: null, itemId: null, severity: "info" }],
  },
  { name: "seed 004 has an Action RAG column", plan: plan({ items: [item({ id: "4.2", row: 150 })] }), expected: [] },
]);
