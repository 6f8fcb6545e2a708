import type { FindingReport, Report } from "../src/engine";
import type { ItemReport } from "../src/engine/report";
import type { FindingKey, ItemKey, PlanKey, SheetKey } from "../test/corpus/plans/key-schema";

/** The fields scored on each item a reader found, in the order they are printed. */
export const FIELDS = ["owners", "target", "revised", "done", "rag", "status", "saving", "savingsRag"] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  right: number;
  total: number;
}

export interface FindingMiss {
  sheet: string;
  rule: string;
  cell: string | null;
  severity?: string;
  detail: string;
}

/** How the engine read one plan against its key. */
export interface PlanScore {
  slug: string;
  heldOut: boolean;
  keyItems: number;
  foundItems: number;
  matchedItems: number;
  /** Rows the key says are not items (keys, legends, notes, sections) that the engine took as items. */
  nonItemsAsItems: number;
  fields: Record<Field, Tally>;
  /** Fields the engine gives no value for at all (a report with no status), so not scored. */
  unscoredFields: Set<Field>;
  fieldMisses: string[];
  falseErrors: FindingMiss[];
  falseWarnings: FindingMiss[];
  missedFindings: FindingMiss[];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/[.,;:]+$/, "").trim();

function emptyFields(): Record<Field, Tally> {
  return Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, Tally>;
}

/** Pairs key items with the engine's: the same first row, else the same id. */
function matchItems(keyItems: ItemKey[], found: ItemReport[]): Array<[ItemKey, ItemReport | null]> {
  const taken = new Set<ItemReport>();
  const byRow = keyItems.map((k) => {
    const hit = found.find((f) => f.row === k.row);
    if (hit) taken.add(hit);
    return hit ?? null;
  });
  return keyItems.map((k, i) => {
    if (byRow[i]) return [k, byRow[i]];
    const hit = k.id === null ? undefined : found.find((f) => !taken.has(f) && f.id !== null && norm(f.id) === norm(k.id!));
    if (hit) taken.add(hit);
    return [k, hit ?? null];
  });
}

/**
 * One word per meaning, so that "Ongoing" and "in-progress", or "Not yet due" and "open",
 * score alike: the status is scored for what it says, not for its spelling.
 */
const STATUS_SYNONYMS: Readonly<Record<string, string>> = {
  ongoing: "in progress",
  "not due": "open",
  "on hold": "paused",
  cancelled: "closed",
};

export function canonicalStatus(status: string): string {
  const folded = norm(status).replace(/[-_]/g, " ");
  return STATUS_SYNONYMS[folded] ?? folded;
}

/** The engine's status word for an item, when its report carries one (fields may be added). */
function statusOf(item: ItemReport): string | null | undefined {
  const status = (item as ItemReport & { status?: unknown }).status;
  if (status === undefined) return undefined;
  return typeof status === "string" ? canonicalStatus(status) : null;
}

function scoreItem(k: ItemKey, f: ItemReport, score: PlanScore, sheet: string): void {
  const check = (field: Field, expected: unknown, actual: unknown) => {
    const tally = score.fields[field];
    tally.total += 1;
    if (JSON.stringify(expected) === JSON.stringify(actual)) tally.right += 1;
    else score.fieldMisses.push(`${sheet}!row ${k.row} ${k.id ?? ""} ${field}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(actual)}`);
  };
  if (k.owners !== undefined) check("owners", k.owners.map(norm).sort(), f.owners.map(norm).sort());
  if (k.steps) {
    for (const ks of k.steps) {
      const fs = f.steps.find((s) => s.row === ks.row);
      if (ks.target !== undefined) check("target", ks.target, fs?.targetDate ?? null);
      if (ks.revised !== undefined) check("revised", ks.revised, fs?.revisedDate ?? null);
      if (ks.done !== undefined) check("done", ks.done, fs?.done ?? false);
    }
  } else {
    const first = f.steps.find((s) => s.row === k.row) ?? f.steps[0];
    if (k.target !== undefined) check("target", k.target, first?.targetDate ?? null);
    if (k.revised !== undefined) check("revised", k.revised, first?.revisedDate ?? null);
  }
  if (k.done !== undefined) check("done", k.done, f.steps.length > 0 && f.steps.every((s) => s.done));
  if (k.rag !== undefined) check("rag", k.rag, f.actionRag);
  if (k.savingsRag !== undefined) check("savingsRag", k.savingsRag, f.savingsRag);
  if (k.saving !== undefined) check("saving", k.saving === null ? null : Math.round(k.saving), f.saving === null ? null : Math.round(f.saving));
  if (k.status !== undefined) {
    const status = statusOf(f);
    if (status === undefined) score.unscoredFields.add("status");
    else check("status", k.status === null ? null : canonicalStatus(k.status), status);
  }
}

const sameFinding = (k: FindingKey, f: FindingReport) => k.rule === f.rule && (k.cell ?? null) === f.cell;
/** A tolerated finding with no cell tolerates that rule anywhere on the sheet. */
const tolerates = (k: FindingKey, f: FindingReport) => k.rule === f.rule && (k.cell === undefined || k.cell === f.cell);

function scoreFindings(sheetKey: SheetKey, found: FindingReport[], score: PlanScore): void {
  const sheet = sheetKey.name;
  for (const f of found) {
    if (f.severity === "info") continue;
    const expected = sheetKey.findings.some((k) => sameFinding(k, f)) || sheetKey.tolerated.some((k) => tolerates(k, f));
    if (expected) continue;
    const miss = { sheet, rule: f.rule, cell: f.cell, severity: f.severity, detail: f.message };
    (f.severity === "error" ? score.falseErrors : score.falseWarnings).push(miss);
  }
  for (const k of sheetKey.findings) {
    if (!found.some((f) => sameFinding(k, f))) score.missedFindings.push({ sheet, rule: k.rule, cell: k.cell ?? null, detail: k.why });
  }
}

/** Scores the engine's report on one corpus plan against the plan's hand-written key. */
export function scorePlan(slug: string, heldOut: boolean, key: PlanKey, report: Report): PlanScore {
  const score: PlanScore = {
    slug, heldOut, keyItems: 0, foundItems: 0, matchedItems: 0, nonItemsAsItems: 0,
    fields: emptyFields(), unscoredFields: new Set(), fieldMisses: [], falseErrors: [], falseWarnings: [], missedFindings: [],
  };
  for (const sheetKey of key.sheets) {
    const sheet = report.sheets.find((s) => s.name === sheetKey.name);
    const items = sheet?.kind === "plan" ? sheet.items : [];
    score.keyItems += sheetKey.items.length;
    score.foundItems += items.length;
    const notItemRows = new Set(sheetKey.notItems.map((n) => n.row));
    score.nonItemsAsItems += items.filter((i) => notItemRows.has(i.row)).length;
    for (const [k, f] of matchItems(sheetKey.items, items)) {
      if (!f) continue;
      score.matchedItems += 1;
      scoreItem(k, f, score, sheetKey.name);
    }
    scoreFindings(sheetKey, sheet?.findings ?? [], score);
  }
  return score;
}

export function addTally(a: Tally, b: Tally): Tally {
  return { right: a.right + b.right, total: a.total + b.total };
}

/** The sum of several plans' scores, for the overall and held-out lines. */
export function totalOf(slug: string, scores: PlanScore[]): PlanScore {
  const total: PlanScore = {
    slug, heldOut: false, keyItems: 0, foundItems: 0, matchedItems: 0, nonItemsAsItems: 0,
    fields: emptyFields(), unscoredFields: new Set(), fieldMisses: [], falseErrors: [], falseWarnings: [], missedFindings: [],
  };
  for (const s of scores) {
    total.keyItems += s.keyItems;
    total.foundItems += s.foundItems;
    total.matchedItems += s.matchedItems;
    total.nonItemsAsItems += s.nonItemsAsItems;
    for (const f of FIELDS) total.fields[f] = addTally(total.fields[f], s.fields[f]);
    s.unscoredFields.forEach((f) => total.unscoredFields.add(f));
    total.fieldMisses.push(...s.fieldMisses);
    total.falseErrors.push(...s.falseErrors);
    total.falseWarnings.push(...s.falseWarnings);
    total.missedFindings.push(...s.missedFindings);
  }
  return total;
}

export const precision = (s: PlanScore) => (s.foundItems === 0 ? (s.keyItems === 0 ? 1 : 0) : s.matchedItems / s.foundItems);
export const recall = (s: PlanScore) => (s.keyItems === 0 ? 1 : s.matchedItems / s.keyItems);

export function fieldAccuracy(s: PlanScore): Tally {
  return FIELDS.reduce((sum, f) => addTally(sum, s.fields[f]), { right: 0, total: 0 });
}
