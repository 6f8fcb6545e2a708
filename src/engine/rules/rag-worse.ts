import type { Rule } from "./rule";

/** A RAG gone towards Red is what the board asks about first; the finding marks the cell. */
export const ragWorse: Rule<"rag-worse"> = {
  id: "rag-worse",
  severity: "info",
  description: "An Action RAG or Savings RAG got worse since the earlier version (e.g. Green to Amber).",
  check({ comparison }) {
    if (!comparison) return [];
    return comparison.changes.flatMap((change) => {
      if ((change.kind !== "rag" && change.kind !== "savings-rag") || change.direction !== "worse" || !change.from || !change.to || !change.item) return [];
      const column = change.kind === "rag" ? "actionRag" : "savingsRag";
      const cell = change.item[column];
      if (!cell) return [];
      return [{ row: cell.row, col: cell.col, item: change.item, value: cell.raw, params: { column, from: change.from, to: change.to, since: comparison.asOf } }];
    });
  },
};
