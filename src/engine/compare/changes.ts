import type { Item, Role } from "../plan";
import { daysBetween, stepDates } from "../status";
import type { EscalationRule } from "../summary/escalations";
import { ragOf, type Rag } from "../values/rag";
import { textKey, type ItemMatch, type ItemPair, type StepPair } from "./match-items";

/** Whether a RAG moved towards Red (worse) or towards Blue (better). */
export type RagDirection = "worse" | "better";

/** What one change is about: the item in this version and in the earlier one. */
interface ChangeOf {
  /** null when the item is no longer in the plan. */
  item: Item | null;
  /** null when the item is new. */
  since: Item | null;
}

/**
 * One thing that moved between two versions of a plan, as data: the kinds of the report's
 * `changes` (docs/cli-and-report.md), plus the escalation list's comings and goings.
 */
export type Change = ChangeOf &
  (
    | { kind: "rag" | "savings-rag"; from: Rag | null; to: Rag | null; direction: RagDirection | null }
    /**
     * `days`: how far the step's deadline moved (a target's own move for "target"; the due
     * date's for "revised", the revised date being what sets it). `extensions`: when the
     * deadline moved later, the times it has now moved later across the two versions.
     */
    | { kind: "target" | "revised"; step: StepPair; from: string | null; to: string | null; days: number | null; extensions: number | null }
    | { kind: "done"; step: StepPair; from: boolean; to: boolean }
    | { kind: "owner"; from: string[]; to: string[] }
    | { kind: "saving"; from: number | null; to: number | null }
    | { kind: "added" | "removed" | "escalated" | "no-longer-escalated" }
    | { kind: "renumbered"; from: string | null; to: string | null }
  );

export type ChangeKind = Change["kind"];

/** Blue (complete) is best, Red worst: a Blue item rated Green again has been reopened. */
const RAG_ORDER: Record<Rag, number> = { blue: 0, green: 1, amber: 2, red: 3 };

function direction(from: Rag | null, to: Rag | null): RagDirection | null {
  if (!from || !to) return null;
  return RAG_ORDER[to] > RAG_ORDER[from] ? "worse" : "better";
}

/** The saving in pounds; "None" is 0; undefined when the cell cannot be read, so no change is claimed. */
function poundsOf(item: Item): number | null | undefined {
  const read = item.saving?.read;
  if (!read || read.kind === "empty") return null;
  if (read.kind === "money") return read.pounds;
  return read.kind === "none" ? 0 : undefined;
}

/** "T.Collins" and "T. Collins" are one person; the order owners are listed in is not a change. */
const sameOwners = (a: string[], b: string[]) => a.map(textKey).sort().join("|") === b.map(textKey).sort().join("|");

function stepChanges(pair: ItemPair, steps: StepPair, roles: ReadonlySet<Role>): Change[] {
  const at = { item: pair.item, since: pair.since };
  const now = stepDates(steps.step);
  const before = stepDates(steps.since);
  const moved = now.dueDate && before.dueDate ? daysBetween(before.dueDate, now.dueDate) : null;
  // The earlier version's own revised date later than its target was the first extension seen.
  const extensions = moved !== null && moved > 0 ? (before.slippageDays !== null ? 2 : 1) : null;
  const revisedMoved = roles.has("revisedDate") && now.revisedDate !== before.revisedDate;
  const changes: Change[] = [];
  if (roles.has("targetDate") && now.targetDate !== before.targetDate) {
    const days = now.targetDate && before.targetDate ? daysBetween(before.targetDate, now.targetDate) : null;
    changes.push({ ...at, kind: "target", step: steps, from: before.targetDate, to: now.targetDate, days, extensions: revisedMoved ? null : extensions });
  }
  if (revisedMoved) changes.push({ ...at, kind: "revised", step: steps, from: before.revisedDate, to: now.revisedDate, days: moved, extensions });
  if (steps.step.done !== steps.since.done) changes.push({ ...at, kind: "done", step: steps, from: steps.since.done, to: steps.step.done });
  return changes;
}

function itemChanges(pair: ItemPair, roles: ReadonlySet<Role>, escalation: EscalationRule): Change[] {
  const { item, since } = pair;
  const at = { item, since };
  const changes: Change[] = [];
  if (pair.renumbered) changes.push({ ...at, kind: "renumbered", from: since.id, to: item.id });
  for (const [kind, role] of [["rag", "actionRag"], ["savings-rag", "savingsRag"]] as const) {
    const from = ragOf(since[role]);
    const to = ragOf(item[role]);
    if (roles.has(role) && from !== to) changes.push({ ...at, kind, from, to, direction: direction(from, to) });
  }
  const wasEscalated = escalation.picks(since);
  if (escalation.picks(item) !== wasEscalated) changes.push({ ...at, kind: wasEscalated ? "no-longer-escalated" : "escalated" });
  const owners = item.owner?.read.owners ?? [];
  const ownersBefore = since.owner?.read.owners ?? [];
  if (roles.has("owner") && !sameOwners(owners, ownersBefore)) changes.push({ ...at, kind: "owner", from: ownersBefore, to: owners });
  const pounds = poundsOf(item);
  const poundsBefore = poundsOf(since);
  if (roles.has("saving") && pounds !== undefined && poundsBefore !== undefined && pounds !== poundsBefore) {
    changes.push({ ...at, kind: "saving", from: poundsBefore, to: pounds });
  }
  return [...changes, ...pair.steps.flatMap((steps) => stepChanges(pair, steps, roles))];
}

/**
 * Every change between two versions, in the order of this version's rows, the items no longer
 * in the plan last. Only roles both versions have a column for are compared (`roles`): a
 * column added this month is not a change to every item.
 */
export function listChanges(items: Item[], match: ItemMatch, roles: ReadonlySet<Role>, escalation: EscalationRule): Change[] {
  const pairs = new Map(match.pairs.map((pair) => [pair.item, pair]));
  const changes = items.flatMap((item): Change[] => {
    const pair = pairs.get(item);
    if (pair) return itemChanges(pair, roles, escalation);
    const added: Change = { item, since: null, kind: "added" };
    return escalation.picks(item) ? [added, { item, since: null, kind: "escalated" }] : [added];
  });
  for (const since of match.removed) {
    changes.push({ item: null, since, kind: "removed" });
    if (escalation.picks(since)) changes.push({ item: null, since, kind: "no-longer-escalated" });
  }
  return changes;
}
