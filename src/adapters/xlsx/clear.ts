import { fillColor, noteText, type Store, type StoredCell } from "../store-format";
import { checkerSheets } from "../user-sheets";
import { parseRef } from "./cells";
import { isRelType, REL, relsPartOf } from "./package";
import type { SheetEntry } from "./read/workbook";
import { findStore } from "./store";
import type { XlsxWorkbook } from "./workbook";
import { hasNoComments, removeNoteShapes, removeNotes, type RestoredComment } from "./write/notes";
import { removeContentTypes, removeRelationships } from "./write/package-edits";
import { removeLegacyDrawing, restoreStyles } from "./write/patch-sheet";
import { StylesEditor } from "./write/styles-editor";
import { removeFromWorkbookXml } from "./write/workbook-xml";

/** The checker's sheets, by the rule both adapters share (../user-sheets.ts). */
function toolSheets(workbook: XlsxWorkbook, store: Store): SheetEntry[] {
  const markerAt = (sheet: string, cell: string) => {
    const at = parseRef(cell);
    return at ? workbook.cellValue(sheet, at.row, at.col) : undefined;
  };
  const names = checkerSheets(workbook.sheetNames(), store, markerAt);
  return workbook.book.sheets.filter((entry) => names.includes(entry.name));
}

/**
 * Gives each highlighted cell its own style back: its style index as it was while styles.xml is
 * as the checker left it; once another program has re-saved the file (and renumbered styles),
 * the cell's present format with its own fill put back. A store written by Office.js records
 * the fill as a colour, not as markup: those cells get their present format with that colour
 * (or no fill) put back, as the add-in's own clear would.
 */
function restoreCells(workbook: XlsxWorkbook, store: Store): void {
  const pkg = workbook.pkg;
  const stylesPart = workbook.book.stylesPart;
  const editor = stylesPart ? new StylesEditor(pkg.text(stylesPart), stylesPart) : null;
  const untouched = editor !== null && editor.cellFormatCount() === store.package?.cellXfs;
  const bySheet = new Map<string, Store["cells"]>();
  for (const cell of store.cells) {
    const list = bySheet.get(cell.sheet) ?? [];
    list.push(cell);
    bySheet.set(cell.sheet, list);
  }
  for (const [sheet, cells] of bySheet) {
    const entry = workbook.sheet(sheet);
    if (!entry) continue;
    const styles = new Map<string, (current: number | null) => number | null>();
    for (const cell of cells) {
      const restore = editor && restoredStyle(cell, editor, untouched);
      if (restore) styles.set(cell.cell, restore);
    }
    pkg.set(entry.part, restoreStyles(pkg.text(entry.part), entry.part, styles));
    restoreNotes(workbook, entry, cells, store);
  }
  if (editor && stylesPart) pkg.set(stylesPart, untouched ? editor.cutBackTo(store.package!.styleCounts) : editor.toXml());
}

/** How a cell's style is put back; null when the store holds no fill that can be vouched for. */
function restoredStyle(cell: StoredCell, editor: StylesEditor, untouched: boolean): ((current: number | null) => number | null) | null {
  const { style, marked, fillXml } = cell;
  if (style !== undefined && fillXml !== undefined) return (current) => (untouched && current === marked ? style : editor.withFillMarkup(current, fillXml));
  const { color, exact } = fillColor(cell.fill);
  if (!exact) return null;
  return (current) => (color === null ? editor.withFillMarkup(current, null) : editor.withFill(current ?? 0, color));
}

function restoreNotes(workbook: XlsxWorkbook, entry: SheetEntry, cells: Store["cells"], store: Store): void {
  const pkg = workbook.pkg;
  const rels = pkg.rels(entry.part);
  const comments = rels.find((r) => isRelType(r.type, REL.comments) && pkg.has(r.target));
  const vml = rels.find((r) => isRelType(r.type, REL.vmlDrawing) && pkg.has(r.target));
  if (!comments) return;
  const restore = new Map<string, RestoredComment>();
  for (const c of cells) {
    // Office.js records the user's note as text: their comment stays, with only their text in it.
    const text = c.comment === undefined ? noteText(c.note) : null;
    if (c.comment !== undefined) restore.set(c.cell, { markup: c.comment });
    else if (text !== null) restore.set(c.cell, { text });
  }
  const xml = removeNotes(pkg.text(comments.target), comments.target, restore);
  pkg.set(comments.target, xml);
  const ours = cells.filter((c) => !restore.has(c.cell)).map((c) => c.cell);
  if (vml) pkg.set(vml.target, removeNoteShapes(pkg.text(vml.target), ours));
  const created = new Set(store.package?.parts ?? []);
  // Parts the checker made for its notes go when no note is left in them.
  if (created.has(comments.target) && hasNoComments(xml, comments.target)) {
    const gone = [comments];
    if (vml && created.has(vml.target)) {
      gone.push(vml);
      pkg.set(entry.part, removeLegacyDrawing(pkg.text(entry.part), vml.id));
    }
    for (const rel of gone) pkg.remove(rel.target);
    removeRelationships(pkg, entry.part, new Set(gone.map((r) => r.id)));
  }
}

/** A sheet's part, its rels and the parts only it points to (its tables), all the checker's. */
function removeSheetParts(workbook: XlsxWorkbook, entry: SheetEntry, created: Set<string>): string[] {
  const pkg = workbook.pkg;
  const removed = [entry.part];
  for (const rel of pkg.rels(entry.part)) {
    if (!rel.external && (created.has(rel.target) || isRelType(rel.type, REL.table))) removed.push(rel.target);
  }
  removed.push(relsPartOf(entry.part));
  for (const part of removed) pkg.remove(part);
  return removed;
}

/**
 * Takes out all the checker wrote, as its store records it: each highlighted cell's own style
 * and note come back, its sheets, their parts and names and its store go, and the workbook's
 * bookkeeping parts lose exactly what was added to them. Returns false when the workbook held
 * nothing of the checker's; a store that cannot be read is a file problem, never "nothing".
 */
export function clearChecked(workbook: XlsxWorkbook): boolean {
  const found = findStore(workbook);
  if (!found) return false;
  const { store } = found;
  const pkg = workbook.pkg;
  const record = store.package;
  const created = new Set(record?.parts ?? []);
  restoreCells(workbook, store);
  const sheets = [...toolSheets(workbook, store), workbook.sheet(found.sheet)!];
  const removedParts = new Set<string>();
  for (const entry of sheets) for (const part of removeSheetParts(workbook, entry, created)) removedParts.add(part);
  removeFromWorkbookXml(workbook, new Set(sheets.map((s) => s.relId)), record);
  removeRelationships(pkg, workbook.book.part, new Set(sheets.map((s) => s.relId)));
  for (const part of created) {
    if (pkg.has(part) && part.endsWith(".rels") && !/<Relationship\b/.test(pkg.text(part))) pkg.remove(part);
    if (!pkg.has(part)) removedParts.add(part);
  }
  removeContentTypes(pkg, removedParts, new Set(record?.contentTypeDefaults ?? []));
  workbook.refresh();
  return true;
}
