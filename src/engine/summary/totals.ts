import type { Item, PlanSheet } from "../plan";
import type { StepStatus } from "../status";
import type { Step } from "../plan";

export interface PlanTotals {
  saving: number;
  savingByRag: Record<string, number>;
  savingBySection: Record<string, number>;
  savingByOwner: Record<string, number>;
  savingByFinanceManager: Record<string, number>;
  itemsByActionRag: Record<string, number>;
  slippedSteps: number;
  overdueSteps: number;
}

/** The pounds an item saves; "None" and unreadable amounts count as nothing. */
export function savingOf(item: Item): number {
  return item.saving?.read.kind === "money" ? item.saving.read.pounds : 0;
}

/** Each item's key, made once: the totals, the Actions table (a row per step) and the savings sheet all ask for it. */
const ownerKeys = new WeakMap<Item, string>();

/**
 * The key an item's saving is totalled under for its owners: all of them together, so that
 * the owner totals add up to the plan's total (a shared saving is not counted twice).
 */
export function ownerKey(item: Item): string {
  let key = ownerKeys.get(item);
  if (key === undefined) {
    const owners = item.owner?.read.owners ?? [];
    key = owners.length ? owners.map(spacedInitials).join(" / ") : "(no owner)";
    ownerKeys.set(item, key);
  }
  return key;
}

/** Names respelled so far: a plan names the same few people on item after item. */
const respelled = new Map<string, string>();
/** Kept small: a plan of all-different names gains nothing from remembering them. */
const RESPELLED_KEPT = 10_000;

/** "T.Collins" and "T. Collins" are one person: total them under one spelling. */
function spacedInitials(name: string): string {
  if (!name.includes(".")) return name;
  let spaced = respelled.get(name);
  if (spaced === undefined) {
    spaced = name.replace(/\b(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu, "$1. ");
    if (respelled.size >= RESPELLED_KEPT) respelled.clear();
    respelled.set(name, spaced);
  }
  return spaced;
}

function ragKey(item: Item, which: "actionRag" | "savingsRag"): string {
  const cell = item[which];
  return cell?.read.kind === "rag" ? cell.read.rag : "none";
}

function add(into: Record<string, number>, key: string, amount: number): void {
  into[key] = (into[key] ?? 0) + amount;
}

export function planTotals(plan: PlanSheet, status: (step: Step) => StepStatus): PlanTotals {
  const totals: PlanTotals = {
    saving: 0,
    savingByRag: { blue: 0, green: 0, amber: 0, red: 0, none: 0 },
    savingBySection: {},
    savingByOwner: {},
    savingByFinanceManager: {},
    itemsByActionRag: { blue: 0, green: 0, amber: 0, red: 0, none: 0 },
    slippedSteps: 0,
    overdueSteps: 0,
  };
  // Indexed, as forEachStep's walk is (see each-step.ts): for…of would make an object per item and step.
  for (let i = 0; i < plan.items.length; i++) {
    const item = plan.items[i];
    const pounds = savingOf(item);
    add(totals.itemsByActionRag, ragKey(item, "actionRag"), 1);
    if (pounds > 0) {
      totals.saving += pounds;
      add(totals.savingByRag, ragKey(item, "savingsRag"), pounds);
      add(totals.savingBySection, item.section ?? "(no section)", pounds);
      add(totals.savingByOwner, ownerKey(item), pounds);
      add(totals.savingByFinanceManager, item.financeManager ?? "(no finance manager)", pounds);
    }
    for (let j = 0; j < item.steps.length; j++) {
      const step = item.steps[j];
      const s = status(step);
      if (s.slippageDays !== null) totals.slippedSteps++;
      if (s.overdueDays !== null) totals.overdueSteps++;
    }
  }
  return totals;
}
