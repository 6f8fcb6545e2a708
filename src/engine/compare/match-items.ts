import type { Item, Step } from "../plan";

/** An item found in both versions, with its steps paired up. */
export interface ItemPair {
  item: Item;
  since: Item;
  /** Found by its title under another id. */
  renumbered: boolean;
  steps: StepPair[];
}

export interface StepPair {
  step: Step;
  since: Step;
}

export interface ItemMatch {
  pairs: ItemPair[];
  /** Items of this version not in the earlier one. */
  added: Item[];
  /** Items of the earlier version not in this one. */
  removed: Item[];
}

/** Case, spacing and punctuation are not what makes two titles, ids, headers or names different. */
export function textKey(text: string | null): string {
  return (text ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** A step's number as its text starts ("2. Align…", "3) Draft…"): how steps are kept apart when reworded. */
const NUMBERED = /^\s*(\d{1,2})\s*[.)]/;

function stepNumber(step: Step): string | null {
  return NUMBERED.exec(step.text)?.[1] ?? null;
}

/** A step's words without its number, which changes when a step is inserted above it. */
function stepWords(step: Step): string {
  return textKey(step.text.replace(NUMBERED, ""));
}

/**
 * Pairs each step of an item with the step it was in the earlier version: the same text
 * first, then the same number ("2."), then the rest in order. Steps left over were added or
 * dropped; no change is reported on them.
 */
export function pairSteps(steps: Step[], since: Step[]): StepPair[] {
  const unused = new Set(since);
  const pairs = new Map<Step, Step>();
  const take = (test: (step: Step, old: Step) => boolean) => {
    for (const step of steps) {
      if (pairs.has(step)) continue;
      const old = [...unused].find((o) => test(step, o));
      if (!old) continue;
      pairs.set(step, old);
      unused.delete(old);
    }
  };
  take((step, old) => stepWords(step) !== "" && stepWords(step) === stepWords(old));
  take((step, old) => stepNumber(step) !== null && stepNumber(step) === stepNumber(old));
  const rest = steps.filter((step) => !pairs.has(step));
  const restSince = since.filter((old) => unused.has(old));
  rest.forEach((step, i) => {
    if (restSince[i]) pairs.set(step, restSince[i]);
  });
  return steps.filter((step) => pairs.has(step)).map((step) => ({ step, since: pairs.get(step)! }));
}

/**
 * Pairs the items of two versions of a plan. The same id and title first; then the same title
 * under another id (renumbered, as when an item is inserted above); then the same id with its
 * title reworded. The order matters: after an insertion, "2.1" in both versions names two
 * different items, and the title is what follows the item to its new number.
 */
export function matchItems(items: Item[], since: Item[]): ItemMatch {
  const unused = new Set(since);
  const found = new Map<Item, Item>();
  // Looked up by key, not searched: two versions of a 50,000-row plan must not take minutes.
  const take = (keyOf: (item: Item) => string | null) => {
    const byKey = new Map<string, Item[]>();
    for (const old of since) {
      const k = unused.has(old) ? keyOf(old) : null;
      if (k === null) continue;
      const bucket = byKey.get(k);
      if (bucket) bucket.push(old);
      else byKey.set(k, [old]);
    }
    for (const item of items) {
      const k = found.has(item) ? null : keyOf(item);
      const old = k === null ? undefined : byKey.get(k)?.shift();
      if (!old) continue;
      found.set(item, old);
      unused.delete(old);
    }
  };
  const keys = new Map<Item, { id: string | null; title: string | null }>();
  const keysOf = (item: Item) => {
    let k = keys.get(item);
    if (!k) keys.set(item, (k = { id: item.id === null ? null : textKey(item.id), title: textKey(item.title) || null }));
    return k;
  };
  const idKey = (item: Item) => keysOf(item).id;
  const titleKey = (item: Item) => keysOf(item).title;
  // An item without an id is keyed by its title alone, and only meets another without one.
  take((item) => (titleKey(item) === null ? null : `${idKey(item) ?? ""}\u0000${titleKey(item)}`));
  take(titleKey);
  take(idKey);
  const pairs = items.flatMap((item): ItemPair[] => {
    const old = found.get(item);
    if (!old) return [];
    return [{ item, since: old, renumbered: idKey(item) !== idKey(old), steps: pairSteps(item.steps, old.steps) }];
  });
  return { pairs, added: items.filter((item) => !found.has(item)), removed: since.filter((old) => unused.has(old)) };
}
