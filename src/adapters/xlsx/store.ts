import { parseStore, storeCandidates, type Store } from "../store-format";
import { fileProblem } from "./errors";
import type { XlsxWorkbook } from "./workbook";

/**
 * The checker's store in a workbook, found by the tag in its A1 rather than by its name (a user
 * may own that name too): the very hidden sheets and those named as stores are looked at.
 */
export function findStore(workbook: XlsxWorkbook): { sheet: string; store: Store } | null {
  const names = new Set(storeCandidates(workbook.sheetNames()));
  for (const entry of workbook.book.sheets) {
    if (!names.has(entry.name) && entry.state !== "veryHidden") continue;
    const column = workbook.grid(entry.name).rows.map((row) => row[0]?.value ?? null);
    const store = parseStore(column);
    if (store === "unreadable") throw fileProblem({ kind: "store-unreadable", sheet: entry.name });
    if (store) return { sheet: entry.name, store };
  }
  return null;
}
