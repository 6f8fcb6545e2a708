import { storeCandidates } from "../store-format";
import { checkerSheets } from "../user-sheets";
import type { ReadBatch } from "./read-batch";
import { readStores, type Store } from "./store";

/** What an earlier run left in the workbook, found from the workbook alone. */
export interface PreviousRun {
  storeSheet: string;
  store: Store;
}

/**
 * The earlier run's store, if the workbook holds one: the first sheet named as a store that
 * carries the store's tag. Read in the batch's next sync (with what else is queued on it) and,
 * for a long store, in as many more as its bytes need.
 */
export async function readPreviousRun(batch: ReadBatch, context: Excel.RequestContext, sheetNames: string[]): Promise<PreviousRun | null> {
  const [first] = await readStores(batch, context, storeCandidates(sheetNames));
  return first ? { storeSheet: first.sheetName, store: first.store } : null;
}

/** Queues the read of the marker cells; the answer is the tool's sheets, by the rule both adapters share (../user-sheets.ts). */
export function queueToolSheetsRead(context: Excel.RequestContext, sheetNames: string[], store: Store): () => string[] {
  const markerCells = [...new Set(store.sheets.map((s) => s.markerCell))];
  const reads = new Map<string, Excel.Range>();
  for (const name of sheetNames) {
    for (const cell of markerCells) {
      const range = context.workbook.worksheets.getItem(name).getRange(cell);
      range.load("values");
      reads.set(`${name}\u0000${cell}`, range);
    }
  }
  return () => checkerSheets(sheetNames, store, (name, cell) => reads.get(`${name}\u0000${cell}`)?.values[0][0]);
}

/** The same, as one read of a batch: a few marker cells a sheet, far from any limit. */
export function readToolSheets(batch: ReadBatch, context: Excel.RequestContext, sheetNames: string[], store: Store): Promise<() => string[]> {
  const reads = sheetNames.length * new Set(store.sheets.map((s) => s.markerCell)).size;
  return batch.add({ request: reads * 400, response: reads * 100 }, () => queueToolSheetsRead(context, sheetNames, store));
}
