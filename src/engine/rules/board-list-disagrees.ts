import type { Rule, RuleHit } from "./rule";

/**
 * Seed 004 keeps its own list of actions for the board, said to be "actions rated RED and
 * AMBER with a Savings attached"; a hand-made list drifts from its own rule (it names 2.4 and
 * 5.1, which have no saving). Each difference, both ways, is one finding.
 */
export const boardListDisagrees: Rule<"board-list-disagrees"> = {
  id: "board-list-disagrees",
  severity: "warning",
  description: "The sheet's board list (the items the plan itself names for the board) includes items the escalation rule does not pick, or leaves out items it picks.",
  check({ plan, escalations }) {
    if (!plan.boardList) return [];
    const idCol = plan.columns.id ?? 1;
    const listed = new Set(plan.boardList.map((entry) => entry.id));
    const picked = new Set(escalations);
    const extra = plan.boardList
      .filter((entry) => !picked.has(entry.id))
      .map((entry): RuleHit<"board-list-disagrees"> => ({
        row: entry.row,
        col: idCol,
        item: plan.items.find((item) => item.id === entry.id) ?? null,
        value: entry.id,
        params: { direction: "listed-not-picked" },
      }));
    const missing = plan.items
      .filter((item) => item.id !== null && picked.has(item.id) && !listed.has(item.id))
      .map((item): RuleHit<"board-list-disagrees"> => ({
        row: item.row,
        col: idCol,
        item,
        value: item.id,
        params: { direction: "picked-not-listed" },
      }));
    return [...extra, ...missing];
  },
};
