import type { Store } from "./store-format";

/**
 * Which sheets are the user's, decided once for both adapters (Office.js in Excel, the .xlsx
 * package in the browser and the CLI) from what the checker's store records and how Excel
 * shows each sheet, never from a sheet's name alone: a user may name a sheet "Savings".
 */

/** A worksheet as an adapter sees it. */
export interface SheetFacts {
  name: string;
  /** Very hidden: Excel never shows it and its Unhide list leaves it out (an add-in's or a macro's storage). */
  veryHidden: boolean;
}

/**
 * The checker's sheets an earlier run left, as its store records them: each listed one by its
 * name at write time if it still carries its marker, else (the user renamed it) the sheet that
 * carries the marker. A user's sheet of the same name without the marker is never one of them.
 * `markerAt` gives the value in a sheet's cell.
 */
export function checkerSheets(names: readonly string[], store: Store, markerAt: (sheet: string, cell: string) => unknown): string[] {
  const found = new Set<string>();
  for (const listed of store.sheets) {
    const marked = (name: string) => !found.has(name) && markerAt(name, listed.markerCell) === listed.marker;
    // Looked for by marker only when not found by name: each look may read a sheet's part.
    const name = names.find((n) => n === listed.name && marked(n)) ?? names.find((n) => !store.sheets.some((s) => s.name === n) && marked(n));
    if (name) found.add(name);
  }
  return [...found];
}

/** The sheets the pane offers to check, in workbook order: neither the checker's (`checkers`, its store among them) nor very hidden. */
export function userSheets(sheets: readonly SheetFacts[], checkers: readonly string[]): string[] {
  return sheets.filter((sheet) => !sheet.veryHidden && !checkers.includes(sheet.name)).map((sheet) => sheet.name);
}
