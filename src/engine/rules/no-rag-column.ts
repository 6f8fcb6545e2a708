import type { Rule } from "./rule";

/**
 * A plan with no Action RAG column (seed 000) cannot say what is on track or be escalated by
 * RAG. One finding for the sheet: a finding per row would bury everything else.
 */
export const noRagColumn: Rule<"no-rag-column"> = {
  id: "no-rag-column",
  severity: "info",
  description: "The sheet has no Action RAG column, so no item's status can be read or escalated.",
  check({ plan }) {
    return plan.columns.actionRag === undefined ? [{ row: null, col: null, item: null, value: null, params: {} }] : [];
  },
};
