import { logEntries, type Rule, type RuleHit } from "./rule";

/** "TBC" or "." in the owner cell: the user knows nobody is named yet, so it is less than an error. */
export const ownerPlaceholder: Rule<"owner-placeholder"> = {
  id: "owner-placeholder",
  severity: "warning",
  description: "An item's owner, or an Issues or Risks row's, is a placeholder ('.', '-', 'TBC') rather than a name.",
  check({ plan }) {
    const hits: Array<RuleHit<"owner-placeholder">> = [];
    // Indexed, not for…of: the walk runs once, before V8 optimises it, and for…of would make an object for each item.
    const { items } = plan;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const owner = item.owner;
      if (owner?.read.placeholder) hits.push({ row: owner.row, col: owner.col, item, value: owner.raw, params: {} });
    }
    for (const { entry, name } of logEntries(plan)) {
      if (entry.ownerCell?.placeholder) hits.push({ row: entry.row, col: entry.ownerCell.col, item: null, value: entry.ownerCell.raw, params: { entry: name } });
    }
    return hits;
  },
};
