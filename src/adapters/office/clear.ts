import { NOTE_HEADING } from "./apply-write";
import { WriteBatch } from "./batch";
import { cellKey, queueMarks, readMarks, type CellChange, type CellMarks, type PlanCell } from "./cell-marks";
import { readPreviousRun, readToolSheets } from "./previous-run";
import { protectedSheetsSentence } from "../file-problems";
import { queueProtectionRead, queueStructureProtectionRead, structureProtectedMessage } from "./protection";
import { ReadBatch } from "./read-batch";
import { CLEAR_NO_BULK_FORMATS_NOTE, CLEAR_NO_NOTES_NOTE, detectWriteFeatures, type WriteFeatures } from "./requirements";
import { fillColor, noteText } from "./store";
import { StoreUnreadableError } from "../store-format";

export interface ClearOutcome {
  /** False when nothing was cleared: the workbook held nothing of the tool's, or Excel stopped. */
  cleared: boolean;
  /** There was, or may be, something to clear, and nothing was: the messages say why and what to do. */
  refused: boolean;
  messages: string[];
  syncs: { read: number; write: number; rollback: number };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The note a cell goes back to. A cell that had none loses the tool's note, but a note that is
 * not the tool's (written since, by the user) stays.
 */
function restoredNote(recorded: unknown, now: string | null): string | null {
  const own = noteText(recorded);
  if (own !== null) return own;
  return now !== null && !now.startsWith(NOTE_HEADING) ? now : null;
}

/**
 * Puts the cells back as they were before a failed clear: the sheets and the store are
 * removed only in the last sync, so if any sync failed they are still there.
 */
async function undoClear(context: Excel.RequestContext, cells: PlanCell[], before: Map<string, CellMarks>, features: WriteFeatures, syncs: ClearOutcome["syncs"]): Promise<void> {
  const { notes } = features;
  const reads = new ReadBatch(async () => {
    syncs.rollback++;
    await context.sync();
  }, features.limits);
  const marksRead = await readMarks(reads, context, cells, notes);
  await reads.flush();
  const marks = marksRead();
  const batch = new WriteBatch(context, features.limits);
  await queueMarks(batch, context, cells.map((c) => ({ ...c, now: marks.get(cellKey(c))!, next: before.get(cellKey(c))! })), notes);
  await batch.flush();
  syncs.rollback += batch.syncs;
}

/**
 * Takes out all the tool wrote, from what its store records (so it works as well in a workbook
 * saved and reopened, or written by the CLI): each highlighted cell's own fill and note come
 * back, its sheets and its store go.
 *
 * Syncs: three to read (more for a store or a set of cells past Excel's 5 MB limits), then the
 * writes in as few as those limits allow, the sheets going in the last. If a sync fails, the
 * cells are put back and the outcome says so: the workbook is left as it was.
 */
export async function clearResults(context: Excel.RequestContext, features: WriteFeatures = detectWriteFeatures()): Promise<ClearOutcome> {
  const syncs = { read: 0, write: 0, rollback: 0 };
  const outcome = (cleared: boolean, messages: string[]): ClearOutcome => ({ cleared, refused: false, messages, syncs });
  const refused = (messages: string[]): ClearOutcome => ({ cleared: false, refused: true, messages, syncs });
  if (!features.bulkFormats) return refused([CLEAR_NO_BULK_FORMATS_NOTE]);
  const sync = async () => {
    syncs.read++;
    await context.sync();
  };

  const sheets = context.workbook.worksheets;
  let toolSheets: string[];
  let storeSheet: string;
  let changes: CellChange[];
  const messages: string[] = features.notes ? [] : [CLEAR_NO_NOTES_NOTE];
  try {
    sheets.load("items/name");
    await sync();
    const sheetNames = sheets.items.map((s) => s.name);
    const reads = new ReadBatch(sync, features.limits);
    const previous = await readPreviousRun(reads, context, sheetNames);
    if (!previous) return outcome(false, ["There are no checker results in this workbook to clear."]);

    const cells = previous.store.cells.filter((c) => sheetNames.includes(c.sheet));
    const lockedRead = await reads.add({ request: 400, response: 100 }, () => queueProtectionRead(context, [...new Set(cells.map((c) => c.sheet))]));
    const structureRead = await reads.add({ request: 200, response: 50 }, () => queueStructureProtectionRead(context));
    const toolRead = await readToolSheets(reads, context, sheetNames.filter((n) => n !== previous.storeSheet), previous.store);
    const marksRead = await readMarks(reads, context, cells, features.notes);
    await reads.flush();
    const locked = lockedRead();
    if (locked.length) return refused([protectedSheetsSentence(locked, "cleared")]);
    if (structureRead()) return refused([structureProtectedMessage("cleared")]);
    toolSheets = toolRead();
    storeSheet = previous.storeSheet;
    const marks = marksRead();
    let inexact = false;
    changes = cells.map((c) => {
      const now = marks.get(cellKey(c))!;
      const fill = fillColor(c.fill);
      inexact ||= !fill.exact;
      return { sheet: c.sheet, cell: c.cell, now, next: { fill: fill.color, note: features.notes ? restoredNote(c.note, now.note) : now.note } };
    });
    if (inexact) messages.push("Some cells had a theme or pattern fill recorded by the command-line tool; Excel gives them back with no fill.");
  } catch (error) {
    if (error instanceof StoreUnreadableError) return refused([error.message]);
    return refused([`Excel could not read the workbook (${errorText(error)}), so the checker cleared nothing.`]);
  }

  const batch = new WriteBatch(context, features.limits);
  try {
    await queueMarks(batch, context, changes, features.notes);
    await batch.reserve(200 * (toolSheets.length + 1));
    for (const name of toolSheets) sheets.getItem(name).delete();
    sheets.getItem(storeSheet).delete();
    await batch.flush();
  } catch (error) {
    syncs.write = batch.syncs;
    const why = errorText(error);
    const before = new Map(changes.map((c) => [cellKey(c), c.now]));
    try {
      await undoClear(context, changes, before, features, syncs);
      return refused([`Excel stopped while the checker was clearing (${why}). The cells were put back as they were; nothing was cleared.`]);
    } catch (undoError) {
      return refused([`Excel stopped while the checker was clearing (${why}), and it could not put every cell back (${errorText(undoError)}). Use Clear highlights in the task pane again.`]);
    }
  }
  syncs.write = batch.syncs;
  return outcome(true, messages);
}
