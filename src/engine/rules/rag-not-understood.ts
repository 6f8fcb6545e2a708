import type { RagColumn } from "../findings";
import type { Rule, RuleHit } from "./rule";

const COLUMNS: RagColumn[] = ["actionRag", "savingsRag"];

/** "A/G" or "Yellow" is not a RAG; guessing one would misreport the item to the board. */
export const ragNotUnderstood: Rule<"rag-not-understood"> = {
  id: "rag-not-understood",
  severity: "error",
  description: "A RAG cell holds something other than Red, Amber, Green, Blue (or R, A, G, B, Complete).",
  check({ plan }) {
    const hits: Array<RuleHit<"rag-not-understood">> = [];
    for (const item of plan.items) {
      for (let c = 0; c < COLUMNS.length; c++) {
        const column = COLUMNS[c];
        const rag = item[column];
        if (rag?.read.kind === "unreadable") hits.push({ row: rag.row, col: rag.col, item, value: rag.raw, params: { column } });
      }
    }
    return hits;
  },
};
