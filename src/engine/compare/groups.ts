import type { ChangeReport } from "../report";

/**
 * The groups the changes are shown in, in the order a board reads them: what got worse
 * first, then what slipped, what was done, what is new, what the savings did. One list for
 * the Changes sheet and the pane's Changes tab.
 */
export const CHANGE_GROUPS = [
  { key: "worse", title: "Worse", none: "No RAG got worse." },
  { key: "slipped", title: "Slipped", none: "No deadline moved later." },
  { key: "done", title: "Done", none: "No step was completed." },
  { key: "new", title: "New", none: "No item is new." },
  { key: "savings", title: "Savings", none: "No saving changed." },
  { key: "escalations", title: "Escalations: in and out", none: "No item came onto or left the escalation list." },
  { key: "other", title: "Other changes", none: "Nothing else changed." },
] as const;

export type ChangeGroup = (typeof CHANGE_GROUPS)[number]["key"];

export function changeGroup(change: Pick<ChangeReport, "kind" | "direction" | "days" | "to">): ChangeGroup {
  switch (change.kind) {
    case "rag":
      return change.direction === "worse" ? "worse" : "other";
    case "savings-rag":
      return change.direction === "worse" ? "worse" : "savings";
    case "target":
    case "revised":
      return change.days !== null && change.days > 0 ? "slipped" : "other";
    case "done":
      return change.to === true ? "done" : "other";
    case "added":
      return "new";
    case "saving":
      return "savings";
    case "escalated":
    case "no-longer-escalated":
      return "escalations";
    case "owner":
    case "removed":
    case "renumbered":
      return "other";
  }
}
