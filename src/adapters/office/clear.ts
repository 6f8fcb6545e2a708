import { NOTE_HEADING, type SyncCounts } from "./apply-write";
import { WriteBatch } from "./batch";
import { cellKey, queueMarks, queueMarksRead, type CellChange } from "./cell-marks";
import { queuePreviousRunRead, queueToolSheetsRead } from "./previous-run";
import { detectWriteFeatures, NO_NOTES_NOTE, type WriteFeatures } from "./requirements";
import { fillColor, noteText } from "./store";

export interface ClearOutcome {
  /** False when the workbook held nothing of the tool's. */
  cleared: boolean;
  messages: string[];
  syncs: Pick<SyncCounts, "read" | "write">;
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
 * Takes out all the tool wrote, from what its store records (so it works as well in a workbook
 * saved and reopened, or written by the CLI): each highlighted cell's own fill and note come
 * back, its sheets and its store go. Three syncs to read, one (or as few as 5 MB allows) to write.
 */
export async function clearResults(context: Excel.RequestContext, features: WriteFeatures = detectWriteFeatures()): Promise<ClearOutcome> {
  const syncs = { read: 0, write: 0 };
  const sync = async () => {
    syncs.read++;
    await context.sync();
  };
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const previousRead = queuePreviousRunRead(context, sheetNames);
  await sync();
  const previous = previousRead();
  if (!previous) return { cleared: false, messages: ["There are no checker results in this workbook to clear."], syncs };

  const cells = previous.store.cells.filter((c) => sheetNames.includes(c.sheet));
  const toolRead = queueToolSheetsRead(context, sheetNames.filter((n) => n !== previous.storeSheet), previous.store);
  const marksRead = queueMarksRead(context, cells, features.notes);
  await sync();
  const toolSheets = toolRead();
  const marks = marksRead();

  const messages: string[] = features.notes ? [] : [NO_NOTES_NOTE.replace("the reasons for each highlight are on the summary sheets only", "the checker's notes stay on the cells")];
  let inexact = false;
  const changes: CellChange[] = cells.map((c) => {
    const now = marks.get(cellKey(c))!;
    const fill = fillColor(c.fill);
    inexact ||= !fill.exact;
    return { sheet: c.sheet, cell: c.cell, now, next: { fill: fill.color, note: features.notes ? restoredNote(c.note, now.note) : now.note } };
  });
  if (inexact) messages.push("Some cells had a theme or pattern fill recorded by the command-line tool; Excel gives them back with no fill.");

  const batch = new WriteBatch(context);
  await queueMarks(batch, context, changes, features.notes);
  for (const name of toolSheets) sheets.getItem(name).delete();
  sheets.getItem(previous.storeSheet).delete();
  await batch.reserve(200 * (toolSheets.length + 1));
  await batch.flush();
  syncs.write = batch.syncs;
  return { cleared: true, messages, syncs };
}
