import type { Highlight, WriteDescription } from "../../engine";
import { WriteBatch } from "./batch";
import { StoreUnreadableError, storeSheetName } from "../store-format";
import { cellKey, queueMarks, readMarks, type CellChange, type CellMarks, type PlanCell } from "./cell-marks";
import { readPreviousRun, readToolSheets, type PreviousRun } from "./previous-run";
import { protectedSheetsSentence } from "../file-problems";
import { queueProtectionRead, queueStructureProtectionRead, structureProtectedMessage } from "./protection";
import { ReadBatch } from "./read-batch";
import { detectWriteFeatures, NO_BULK_FORMATS_NOTE, NO_NOTES_NOTE, NO_UNDO_GROUP_NOTE, type WriteFeatures } from "./requirements";
import { fillColor, noteText, queueStoreWrite, storedFill, type Store, type StoredCell } from "./store";
import { queueSummarySheet } from "./summary-sheets";

/** Syncs made in each phase, for tests and for anyone measuring a slow workbook. */
export interface SyncCounts {
  read: number;
  write: number;
  verify: number;
  rollback: number;
}

export interface WriteOutcome {
  status: "written" | "refused" | "failed";
  /** Plain sentences for the user: why nothing was written, or what is missing. */
  messages: string[];
  syncs: SyncCounts;
}

/** The heading of the tool's part of a note, as the CLI writes it. */
export const NOTE_HEADING = "Action Plan Checker:";

/** The user's own note stays first; ours follows, so nothing of theirs is hidden. */
function composeNote(own: string | null, reasons: string): string {
  const ours = `${NOTE_HEADING}\n${reasons}`;
  return own ? `${own}\n\n${ours}` : ours;
}

/** One highlight per cell: several on one cell (a merged area's master) keep all their reasons. */
function byCell(highlights: Highlight[]): Highlight[] {
  const out = new Map<string, Highlight>();
  for (const h of highlights) {
    const seen = out.get(cellKey(h));
    out.set(cellKey(h), seen ? { ...seen, note: `${seen.note}\n${h.note}` } : h);
  }
  return [...out.values()];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Everything the read phase learnt: what the write needs and what a rollback goes back to. */
interface State {
  sheetNames: string[];
  previous: PreviousRun | null;
  oldToolSheets: string[];
  /** Fill and note of every cell this run touches, as they are now. */
  now: Map<string, CellMarks>;
  /** Fill and note of every touched cell before any run of the tool, as recorded or as now. */
  original: Map<string, CellMarks>;
  /** The record of each touched cell that goes into the new store. */
  records: Map<string, StoredCell>;
  /** Cells the previous run marked that this one does not. */
  oldOnly: PlanCell[];
  inexactFills: boolean;
}

class Syncs {
  readonly counts: SyncCounts = { read: 0, write: 0, verify: 0, rollback: 0 };
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(phase: keyof SyncCounts): Promise<void> {
    this.counts[phase]++;
    await this.context.sync();
  }
}

/**
 * Reads what the write needs. `known` is the earlier run as the caller has just read it (so a
 * long store is not read twice); left out, it is read here.
 */
async function readState(context: Excel.RequestContext, description: WriteDescription, cells: Highlight[], features: WriteFeatures, syncs: Syncs, known?: PreviousRun | null): Promise<State | string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const lockedRead = queueProtectionRead(context, [...new Set(cells.map((h) => h.sheet))]);
  const structureRead = queueStructureProtectionRead(context);
  await syncs.sync("read");
  const locked = lockedRead();
  if (locked.length) return protectedSheetsSentence(locked, "wrote");
  if (structureRead()) return structureProtectedMessage("wrote");

  const sheetNames = sheets.items.map((s) => s.name);
  const batch = new ReadBatch(() => syncs.sync("read"), features.limits);
  const nowRead = await readMarks(batch, context, cells, features.notes);
  const previous = known === undefined ? await readPreviousRun(batch, context, sheetNames) : known && sheetNames.includes(known.storeSheet) ? known : null;

  const oldRecords = new Map<string, StoredCell>();
  const oldOnly: PlanCell[] = [];
  let toolRead = (): string[] => [];
  let oldRead = (): Map<string, CellMarks> => new Map();
  if (previous) {
    const newKeys = new Set(cells.map(cellKey));
    for (const c of previous.store.cells) {
      if (!sheetNames.includes(c.sheet)) continue;
      oldRecords.set(cellKey(c), c);
      if (!newKeys.has(cellKey(c))) oldOnly.push({ sheet: c.sheet, cell: c.cell });
    }
    toolRead = await readToolSheets(batch, context, sheetNames.filter((n) => n !== previous.storeSheet), previous.store);
    oldRead = await readMarks(batch, context, oldOnly, features.notes);
  }
  await batch.flush();
  const now = nowRead();
  for (const [k, marks] of oldRead()) now.set(k, marks);
  const oldToolSheets = toolRead();

  const taken = sheetNames.filter((n) => !oldToolSheets.includes(n));
  const clash = description.sheets.find((s) => taken.some((n) => n.toLowerCase() === s.name.toLowerCase()));
  if (clash) return `The workbook already has a sheet of its own named "${clash.name}", so the checker wrote nothing. Rename that sheet and check again.`;

  const original = new Map<string, CellMarks>();
  const records = new Map<string, StoredCell>();
  let inexactFills = false;
  for (const c of [...cells, ...oldOnly]) {
    const k = cellKey(c);
    const recorded = oldRecords.get(k);
    if (recorded) {
      const fill = fillColor(recorded.fill);
      inexactFills ||= !fill.exact;
      original.set(k, { fill: fill.color, note: noteText(recorded.note) });
      records.set(k, recorded);
    } else {
      const marks = now.get(k)!;
      original.set(k, marks);
      records.set(k, { sheet: c.sheet, cell: c.cell, fill: storedFill(marks.fill), note: marks.note });
    }
  }
  return { sheetNames, previous, oldToolSheets, now, original, records, oldOnly, inexactFills };
}

/** The change each touched cell needs: the new highlight, or back to its original for cells no longer marked. */
function changesFor(state: State, cells: Highlight[], features: WriteFeatures): CellChange[] {
  const change = (c: PlanCell, next: CellMarks): CellChange => ({ sheet: c.sheet, cell: c.cell, now: state.now.get(cellKey(c))!, next });
  return [
    ...cells.map((h) => {
      const own = state.original.get(cellKey(h))!.note;
      return change(h, { fill: h.fill, note: features.notes ? composeNote(own, h.note) : state.now.get(cellKey(h))!.note });
    }),
    ...state.oldOnly.map((c) => {
      const original = state.original.get(cellKey(c))!;
      return change(c, { fill: original.fill, note: features.notes ? original.note : state.now.get(cellKey(c))!.note });
    }),
  ];
}

async function write(context: Excel.RequestContext, description: WriteDescription, cells: Highlight[], state: State, storeName: string, features: WriteFeatures, syncs: Syncs): Promise<void> {
  const batch = new WriteBatch(context, features.limits);
  if (state.previous) {
    // The earlier run's sheets go in the first sync, so that the new ones can take their names.
    for (const name of state.oldToolSheets) context.workbook.worksheets.getItem(name).delete();
    context.workbook.worksheets.getItem(state.previous.storeSheet).delete();
    await batch.reserve(200 * (state.oldToolSheets.length + 1));
  }
  await queueMarks(batch, context, changesFor(state, cells, features), features.notes);
  for (const sheet of description.sheets) await queueSummarySheet(batch, context, sheet, description.styles);
  const store: Store = {
    sheets: description.sheets.map((s) => ({ name: s.name, markerCell: s.marker.cell, marker: s.marker.text })),
    cells: [...state.records.values()],
  };
  await queueStoreWrite(batch, context, storeName, store);
  await batch.flush();
  syncs.counts.write += batch.syncs;
}

/** Reads back the store's tag and each sheet's marker: the run counts as written only if they are there. */
async function verify(context: Excel.RequestContext, description: WriteDescription, storeName: string, syncs: Syncs): Promise<void> {
  const sheets = context.workbook.worksheets;
  const tag = sheets.getItem(storeName).getRange("A1").load("values");
  const markers = description.sheets.map((s) => ({ s, range: sheets.getItem(s.name).getRange(s.marker.cell).load("values") }));
  await syncs.sync("verify");
  const missing = markers.filter(({ s, range }) => range.values[0][0] !== s.marker.text).map(({ s }) => s.name);
  if (typeof tag.values[0][0] !== "string" || missing.length) throw new Error(`what was written did not read back (${missing.join(", ") || storeName})`);
}

/**
 * Takes out what a failed run added. Cells go back to how they were before this run; but if
 * the earlier run's store is gone (its removal went through), they go back to their originals,
 * so no highlight is left that nothing records.
 */
async function rollback(context: Excel.RequestContext, description: WriteDescription, cells: Highlight[], state: State, storeName: string, features: WriteFeatures, syncs: Syncs): Promise<boolean> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await syncs.sync("rollback");
  const touched: PlanCell[] = [...cells, ...state.oldOnly];
  const reads = new ReadBatch(() => syncs.sync("rollback"), features.limits);
  const marksRead = await readMarks(reads, context, touched, features.notes);
  await reads.flush();
  const names = sheets.items.map((s) => s.name);
  const earlierGone = state.previous !== null && !names.includes(state.previous.storeSheet);
  const existedBefore = (name: string) => state.sheetNames.includes(name) && !earlierGone;
  const ours = [...description.sheets.map((s) => s.name), storeName].filter((n) => names.includes(n) && !existedBefore(n));
  const marks = marksRead();
  const target = earlierGone ? state.original : state.now;
  const changes = touched.map((c) => ({ sheet: c.sheet, cell: c.cell, now: marks.get(cellKey(c))!, next: target.get(cellKey(c))! }));
  const batch = new WriteBatch(context, features.limits);
  for (const name of ours) sheets.getItem(name).delete();
  await queueMarks(batch, context, changes, features.notes);
  await batch.flush();
  syncs.counts.rollback += batch.syncs;
  return earlierGone;
}

/**
 * Applies the engine's description to the open workbook: fills and notes on the plan's cells,
 * the summary sheets, and the hidden store that lets `clearResults` give the workbook back.
 * An earlier run is taken out first (from its store), so running twice is running once.
 *
 * Syncs: two to read the workbook's state (one more after an earlier run, unless the caller
 * passes it in as `previous`), then writes and reads in as few syncs as Excel's 5 MB request
 * and response limits allow (one write sync for a 1,000-row plan), one to verify. If a sync
 * fails, what the run added is taken out again and the outcome says so; nothing throws.
 */
export async function writeResults(
  context: Excel.RequestContext,
  description: WriteDescription,
  features: WriteFeatures = detectWriteFeatures(),
  known: { previous?: PreviousRun | null } = {},
): Promise<WriteOutcome> {
  const syncs = new Syncs(context);
  const outcome = (status: WriteOutcome["status"], messages: string[]): WriteOutcome => ({ status, messages, syncs: syncs.counts });
  if (!features.bulkFormats) return outcome("refused", [NO_BULK_FORMATS_NOTE]);
  const notes: string[] = [];
  if (!features.notes) notes.push(NO_NOTES_NOTE);
  if (!features.undoGroup) notes.push(NO_UNDO_GROUP_NOTE);

  const cells = byCell(description.highlights);
  let state: State | string;
  try {
    state = await readState(context, description, cells, features, syncs, known.previous);
  } catch (error) {
    if (error instanceof StoreUnreadableError) return outcome("refused", [error.message]);
    return outcome("failed", [`Excel could not read the workbook (${errorText(error)}), so the checker wrote nothing.`]);
  }
  if (typeof state === "string") return outcome("refused", [state]);
  if (state.inexactFills) notes.push("Some cells had a theme or pattern fill recorded by the command-line tool; clearing in Excel gives them no fill.");

  const storeName = storeSheetName([...state.sheetNames, ...description.sheets.map((s) => s.name)]);
  try {
    await write(context, description, cells, state, storeName, features, syncs);
    await verify(context, description, storeName, syncs);
  } catch (error) {
    const why = errorText(error);
    try {
      const earlierGone = await rollback(context, description, cells, state, storeName, features, syncs);
      const earlier = earlierGone ? " The results of the earlier check were taken out too." : "";
      return outcome("failed", [`Excel stopped while the checker was writing (${why}). Everything it had written was taken out again.${earlier}`]);
    } catch (undoError) {
      return outcome("failed", [
        `Excel stopped while the checker was writing (${why}), and it could not take out all it had written (${errorText(undoError)}). Use Clear highlights in the task pane to remove it.`,
      ]);
    }
  }
  return outcome("written", notes);
}
