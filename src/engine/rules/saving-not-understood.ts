import type { Rule, RuleHit } from "./rule";

/** An amount nobody can read is left out of every total, so the totals would be wrong silently. */
export const savingNotUnderstood: Rule<"saving-not-understood"> = {
  id: "saving-not-understood",
  severity: "error",
  description: "A saving cell holds text with no amount of money in it ('None' is understood as no saving).",
  check({ plan }) {
    const hits: Array<RuleHit<"saving-not-understood">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const saving = item.saving;
      if (saving?.read.kind !== "unreadable") continue;
      hits.push({ row: saving.row, col: saving.col, item, value: saving.raw, params: {} });
    }
    return hits;
  },
};
