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
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      for (let c = 0; c < COLUMNS.length; c++) {
        const column = COLUMNS[c];
        const rag = item[column];
        if (rag?.read.kind === "unreadable") hits.push({ row: rag.row, col: rag.col, item, value: rag.raw, params: { column } });
      }
    }
    return hits;
  },
};
