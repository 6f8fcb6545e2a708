import { storeCandidates } from "../store-format";
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

/**
 * Queues the read of the marker cells; the answer is the tool's sheets: each listed one by
 * its name at write time if it still carries its marker, else (the user renamed it) the sheet
 * that carries the marker. A user's sheet of the same name without the marker is never one.
 * The same rule as the CLI's clear (src/adapters/xlsx/clear.ts).
 */
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
  return () => {
    const found = new Set<string>();
    for (const listed of store.sheets) {
      const marked = (name: string) => !found.has(name) && reads.get(`${name}\u0000${listed.markerCell}`)?.values[0][0] === listed.marker;
      const byName = sheetNames.find((n) => n === listed.name && marked(n));
      const renamed = sheetNames.find((n) => marked(n) && !store.sheets.some((s) => s.name === n));
      const name = byName ?? renamed;
      if (name) found.add(name);
    }
    return [...found];
  };
}

/** The same, as one read of a batch: a few marker cells a sheet, far from any limit. */
export function readToolSheets(batch: ReadBatch, context: Excel.RequestContext, sheetNames: string[], store: Store): Promise<() => string[]> {
  const reads = sheetNames.length * new Set(store.sheets.map((s) => s.markerCell)).size;
  return batch.add({ request: reads * 400, response: reads * 100 }, () => queueToolSheetsRead(context, sheetNames, store));
}
