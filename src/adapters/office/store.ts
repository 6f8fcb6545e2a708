import { decodeStore, encodeStore, STORE_CHUNK_CHARS, STORE_TAG, type Store } from "../store-format";
import { bytesOf, type WriteBatch } from "./batch";
import type { ReadBatch } from "./read-batch";

/**
 * The store (../store-format.ts) as Office.js reads and writes it. Fills are kept in it as
 * ExcelJS fill objects and notes as text; store-format.ts turns them into what Office.js sets.
 */
export type { Store, StoredCell } from "../store-format";
export { fillColor, noteText, storedFill } from "../store-format";

/** Pieces of the store read in the same sync as its tag: a store this small takes no sync of its own. */
const HEAD_ROWS = 20;
/** A piece as it comes back: every quote in the JSON is escaped again in the response. */
const PIECE_RESPONSE_BYTES = 2 * STORE_CHUNK_CHARS + 100;
/** Pieces written in one call, so that one call stays well inside a request. */
const PIECES_PER_WRITE = 40;

const columnOf = (range: Excel.Range): unknown[] => range.values.map((row) => row[0]);

/**
 * Reads the stores among `names`, in their order. The tag and the first pieces come in the
 * batch's next sync, with whatever else is queued on it; a longer store's other pieces follow
 * in syncs sized by bytes. Sheets whose A1 is not the tag are not stores and are left out.
 */
export async function readStores(batch: ReadBatch, context: Excel.RequestContext, names: string[]): Promise<{ sheetName: string; store: Store }[]> {
  const heads = [];
  for (const name of names) {
    const head = await batch.add({ request: bytesOf(name) * 2, response: HEAD_ROWS * PIECE_RESPONSE_BYTES }, () => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
      const first = sheet.getRange(`A1:A${HEAD_ROWS}`).load("values");
      return () => ({ lastRow: used.isNullObject ? 0 : used.rowIndex + used.rowCount, column: columnOf(first) });
    });
    heads.push({ name, head });
  }
  await batch.flush();

  const rests = [];
  for (const { name, head } of heads) {
    const { lastRow, column } = head();
    if (column[0] !== STORE_TAG) continue;
    const parts: (() => unknown[])[] = [];
    const rowsPerRead = Math.max(1, Math.floor(batch.budget.response / PIECE_RESPONSE_BYTES));
    for (let top = HEAD_ROWS; top < lastRow; top += rowsPerRead) {
      const rows = Math.min(rowsPerRead, lastRow - top);
      parts.push(await batch.add({ request: bytesOf(name) * 2, response: rows * PIECE_RESPONSE_BYTES }, () => {
        const range = context.workbook.worksheets.getItem(name).getRangeByIndexes(top, 0, rows, 1).load("values");
        return () => columnOf(range);
      }));
    }
    rests.push({ name, column, parts });
  }
  if (rests.some((r) => r.parts.length > 0)) await batch.flush();
  return rests.map(({ name, column, parts }) => ({ sheetName: name, store: decodeStore([...column, ...parts.flatMap((part) => part())], name)! }));
}

/**
 * Queues the store sheet: very hidden, its cells text-formatted so that no piece of JSON is
 * taken for a formula or a number; written in parts so that a long store spans several requests.
 */
export async function queueStoreWrite(batch: WriteBatch, context: Excel.RequestContext, name: string, store: Store): Promise<void> {
  const column = encodeStore(store).map((piece) => [piece]);
  await batch.reserve(bytesOf(name));
  const sheet = context.workbook.worksheets.add(name);
  for (let top = 0; top < column.length; top += PIECES_PER_WRITE) {
    const part = column.slice(top, top + PIECES_PER_WRITE);
    const formats = part.map(() => ["@"]);
    await batch.reserve(bytesOf(part) + bytesOf(formats));
    const range = sheet.getRangeByIndexes(top, 0, part.length, 1);
    range.numberFormat = formats;
    range.values = part;
  }
  await batch.reserve(bytesOf("VeryHidden"));
  sheet.visibility = "VeryHidden";
}
