import type { Store } from "./store";
import { queueStoreRead, storeCandidates } from "./store";

/** What an earlier run left in the workbook, found from the workbook alone. */
export interface PreviousRun {
  storeSheet: string;
  store: Store;
}

/** Queues the read of every sheet that may be the store; the answer is the first that is one. */
export function queuePreviousRunRead(context: Excel.RequestContext, sheetNames: string[]): () => PreviousRun | null {
  const reads = storeCandidates(sheetNames).map((name) => ({ name, parse: queueStoreRead(context, name) }));
  return () => {
    for (const { name, parse } of reads) {
      const store = parse();
      if (store) return { storeSheet: name, store };
    }
    return null;
  };
}

/**
 * Queues the read of the marker cells; the answer is the tool's sheets: each listed one by
 * its name at write time if it still carries its marker, else (the user renamed it) the sheet
 * that carries the marker. A user's sheet of the same name without the marker is never one.
 * The same rule as the CLI's clear (src/adapters/exceljs/clear-workbook.ts).
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
