import type { Item } from "../plan";
import { ragOf, type Rag } from "../values/rag";
import { pounds } from "../words";
import { RAG_WORDS } from "./palette";

/**
 * Which items go to the board. The default is seed 004's own words: "actions rated RED and
 * AMBER with a Savings attached will be included in this summary for Board discussion".
 */
export interface EscalationRule {
  id: EscalationRuleId;
  /** The rule in words, printed on every summary so a reader knows why an item is there. */
  words: string;
  picks(item: Item): boolean;
}

export const ESCALATION_RULE_IDS = ["red-amber-with-saving", "all-red-amber", "savings-red"] as const;
export type EscalationRuleId = (typeof ESCALATION_RULE_IDS)[number];

/** A saving is attached when an amount is given (not "None") or the item has a Savings RAG. */
export function hasSavingAttached(item: Item): boolean {
  return item.saving?.read.kind === "money" || ragOf(item.savingsRag) !== null;
}

const isRedOrAmber = (item: Item) => ragOf(item.actionRag) === "red" || ragOf(item.actionRag) === "amber";

export const ESCALATION_RULES: Record<EscalationRuleId, EscalationRule> = {
  "red-amber-with-saving": {
    id: "red-amber-with-saving",
    words: "Items rated Red or Amber for action that have a saving attached (a target saving or a Savings RAG)",
    picks: (item) => isRedOrAmber(item) && hasSavingAttached(item),
  },
  "all-red-amber": {
    id: "all-red-amber",
    words: "Every item rated Red or Amber for action",
    picks: isRedOrAmber,
  },
  "savings-red": {
    id: "savings-red",
    words: "Every item whose Savings RAG is Red",
    picks: (item) => ragOf(item.savingsRag) === "red",
  },
};

export function escalatedIds(items: Item[], rule: EscalationRule): string[] {
  return items.filter((item) => rule.picks(item)).map((item) => item.id ?? `row ${item.row}`);
}

/** The rule a report names by its words; undefined for words no rule of ours has. */
export function escalationRuleByWords(words: string): EscalationRule | undefined {
  return Object.values(ESCALATION_RULES).find((rule) => rule.words === words);
}

/** What an item is put to the board on: its RAGs and the pounds of saving attached (0 for none). */
export interface EscalationFacts {
  actionRag: Rag | null;
  savingsRag: Rag | null;
  saving: number;
}

/** Why an item is on the board list, in the rule's own terms. */
export function whyEscalated(item: EscalationFacts, rule: EscalationRuleId): string {
  const actionWords = item.actionRag ? `${RAG_WORDS[item.actionRag]} for action` : "No action RAG";
  switch (rule) {
    case "red-amber-with-saving":
      return item.saving > 0
        ? `${actionWords}, with a saving of ${pounds(item.saving)} attached`
        : `${actionWords}, with a Savings RAG of ${item.savingsRag ? RAG_WORDS[item.savingsRag] : "none"}`;
    case "all-red-amber":
      return actionWords;
    case "savings-red":
      return "Savings RAG Red";
  }
}
