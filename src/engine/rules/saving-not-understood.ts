import type { Rule, RuleHit } from "./rule";

/** An amount nobody can read is left out of every total, so the totals would be wrong silently. */
export const savingNotUnderstood: Rule<"saving-not-understood"> = {
  id: "saving-not-understood",
  severity: "error",
  description: "A saving cell holds text with no amount of money in it ('None' is understood as no saving).",
  check({ plan }) {
    const hits: Array<RuleHit<"saving-not-understood">> = [];
    for (const item of plan.items) {
      const saving = item.saving;
      if (saving?.read.kind !== "unreadable") continue;
      hits.push({ row: saving.row, col: saving.col, item, value: saving.raw, params: {} });
    }
    return hits;
  },
};
