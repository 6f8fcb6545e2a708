import type { RagColumn } from "../findings";
import type { Rule } from "./rule";

const COLUMNS: RagColumn[] = ["actionRag", "savingsRag"];

/** "A/G" or "Yellow" is not a RAG; guessing one would misreport the item to the board. */
export const ragNotUnderstood: Rule<"rag-not-understood"> = {
  id: "rag-not-understood",
  severity: "error",
  description: "A RAG cell holds something other than Red, Amber, Green, Blue (or R, A, G, B, Complete).",
  check({ plan }) {
    return plan.items.flatMap((item) =>
      COLUMNS.flatMap((column) => {
        const rag = item[column];
        if (rag?.read.kind !== "unreadable") return [];
        return [{ row: rag.row, col: rag.col, item, value: rag.raw, params: { column } }];
      }),
    );
  },
};
