import { logEntries, type Rule, type RuleHit } from "./rule";

/** Every action needs someone who answers for it, and so does an issue raised for escalation or a risk. */
export const ownerMissing: Rule<"owner-missing"> = {
  id: "owner-missing",
  severity: "error",
  description: "An item, or a filled-in Issues or Risks row, has no owner named.",
  check({ plan }) {
    const hits: Array<RuleHit<"owner-missing">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const owner = item.owner;
      if (owner && owner.read.owners.length === 0 && !owner.read.placeholder) hits.push({ row: owner.row, col: owner.col, item, value: null, params: {} });
    }
    for (const { entry, name } of logEntries(plan)) {
      if (entry.ownerCell !== null && entry.ownerCell.raw === "") hits.push({ row: entry.row, col: entry.ownerCell.col, item: null, value: null, params: { entry: name } });
    }
    return hits;
  },
};
