import type { CellStyle, Highlight, MergedArea, StyleId, SummarySheet, WriteDescription } from "../../../engine";
import { encodeStore, storedFill, storeSheetName, type PackageRecord, type StoredCell } from "../../store-format";
import { parseRef, refOf } from "../cells";
import type { CellFormat } from "../read/styles";
import { ProtectedSheetError } from "../errors";
import { isRelType, REL, type Package, type PartWriter } from "../package";
import { XlsxWorkbook } from "../workbook";
import { XmlTokens } from "../xml";
import { addNoteShapes, addNotes, NEW_COMMENTS, newVml, NOTE_HEADING, type NoteEdit } from "./notes";
import { addDefault, addOverride, addExternalRelationships, addRelationship, CONTENT_TYPE, freePartName } from "./package-edits";
import { originalStyle, patchSheet, type Restyle } from "./patch-sheet";
import { EMPTY_STYLES, StylesEditor } from "./styles-editor";
import { plainSharedStrings } from "./shared-text";
import { printNames, storeSheetXml, summarySheetXml, tableXml } from "./summary-sheet";
import { addToWorkbookXml } from "./workbook-xml";

/**
 * What writing needs of the plan sheets the check read: their merged areas (absent: not a
 * worksheet of the workbook), whether they are protected, and the cell formats. Taken before the
 * workbook lets go of its grids, which the copy is written without.
 */
interface PlanLayout {
  merges: Map<string, MergedArea[]>;
  locked: string[];
  formats: CellFormat[];
}

function planLayout(workbook: XlsxWorkbook, highlights: Highlight[]): PlanLayout {
  const merges = new Map<string, MergedArea[]>();
  const locked: string[] = [];
  for (const name of new Set(highlights.map((h) => h.sheet))) {
    if (!workbook.sheet(name)) continue;
    const read = workbook.read(name);
    merges.set(name, read.grid.merges);
    if (read.protected) locked.push(name);
  }
  return { merges, locked, formats: workbook.cellFormats() };
}

/**
 * A cell to mark: its reference, row and column, read once, and the fill it gets. It is its own
 * note to add (`text`, heading and all): tens of thousands of cells need no second object each.
 */
interface Mark extends NoteEdit {
  row: number;
  col: number;
  fill: string;
}

/** Highlights landing on one merged area become one, on its master cell; several reasons on a cell one note. */
function byMasterCell(mergesOf: Map<string, MergedArea[]>, highlights: Highlight[]): Map<string, Map<string, Mark>> {
  const out = new Map<string, Map<string, Mark>>();
  for (const h of highlights) {
    const at = parseRef(h.cell);
    const merges = mergesOf.get(h.sheet);
    if (!merges || !at) continue;
    let { row, col } = at;
    let ref = h.cell;
    const merge = merges.length === 0 ? undefined : merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (merge) {
      row = merge.top;
      col = merge.left;
      ref = refOf(row, col);
    }
    let cells = out.get(h.sheet);
    if (!cells) out.set(h.sheet, (cells = new Map()));
    const seen = cells.get(ref);
    // The first highlight on a cell keeps its fill; the marks are this function's own to change.
    if (seen) seen.text = `${seen.text}\n${h.note}`;
    else cells.set(ref, { ref, row, col, fill: h.fill, text: `${NOTE_HEADING}${h.note}` });
  }
  return out;
}

type AddedSheet = { name: string; part: string; state?: "veryHidden" };

interface WriteState {
  pkg: Package;
  record: PackageRecord;
  created: (part: string, contentType?: string) => void;
}

/** Writes a part anew through `write`, which is given its text as it is and where to put the new one, a piece at a time. */
function rewrite<T>(pkg: Package, part: string, write: (xml: string, out: PartWriter) => T): T {
  const out = pkg.writer(part);
  const result = write(pkg.text(part), out);
  out.close();
  return result;
}

/**
 * The notes on one sheet, in its comments part (made with its drawing when the sheet has none).
 * Gives the user's notes they were added to, and the relationship id of a new drawing, which the
 * sheet must name.
 */
function notesOnSheet(state: WriteState, sheetPart: string, sheetIndex: number, notes: NoteEdit[]): { replaced: Map<string, string>; userNotes: Map<string, string>; legacyDrawing?: string } {
  const { pkg } = state;
  const rels = pkg.rels(sheetPart);
  let commentsPart = rels.find((r) => isRelType(r.type, REL.comments) && pkg.has(r.target))?.target;
  let vmlPart = rels.find((r) => isRelType(r.type, REL.vmlDrawing) && pkg.has(r.target))?.target;
  const link = (type: string, target: string) => {
    const { id, createdRels } = addRelationship(pkg, sheetPart, type, target);
    if (createdRels) state.record.parts.push(`${sheetPart.slice(0, sheetPart.lastIndexOf("/"))}/_rels/${sheetPart.slice(sheetPart.lastIndexOf("/") + 1)}.rels`);
    else state.record.relationships.push({ source: sheetPart, id });
    return id;
  };
  if (!commentsPart) {
    commentsPart = freePartName(pkg, "xl/comments", ".xml");
    pkg.set(commentsPart, NEW_COMMENTS);
    state.created(commentsPart, CONTENT_TYPE.comments);
    link(REL.comments, commentsPart);
  }
  let legacyDrawing: string | undefined;
  if (!vmlPart) {
    vmlPart = freePartName(pkg, "xl/drawings/vmlDrawing", ".vml");
    pkg.set(vmlPart, newVml(sheetIndex));
    state.created(vmlPart);
    if (addDefault(pkg, "vml", CONTENT_TYPE.vml)) state.record.contentTypeDefaults.push("vml");
    legacyDrawing = link(REL.vmlDrawing, vmlPart);
  }
  const { replaced, added } = rewrite(pkg, commentsPart, (xml, out) => addNotes(xml, commentsPart, notes, out));
  rewrite(pkg, vmlPart, (xml, out) => addNoteShapes(xml, added, out));
  return {
    replaced: new Map([...replaced].map(([ref, c]) => [ref, c.xml])),
    userNotes: new Map([...replaced].map(([ref, c]) => [ref, c.text])),
    legacyDrawing,
  };
}

function highlightSheets(workbook: XlsxWorkbook, layout: PlanLayout, state: WriteState, styles: StylesEditor, highlights: Highlight[]): StoredCell[] {
  const stored: StoredCell[] = [];
  const { formats } = layout;
  // One restyle per fill, shared by the cells it marks: there are a handful of fills and tens of thousands of cells.
  const restyleTo = new Map<string, Restyle>();
  const restyleFor = (fill: string) => {
    let restyle = restyleTo.get(fill);
    if (!restyle) restyleTo.set(fill, (restyle = (original) => styles.withFill(original ?? 0, fill)));
    return restyle;
  };
  for (const [sheet, cells] of byMasterCell(layout.merges, highlights)) {
    const entry = workbook.sheet(sheet)!;
    const targets = new Map<number, Map<number, Restyle>>();
    const notes: NoteEdit[] = [];
    for (const mark of cells.values()) {
      let restyles = targets.get(mark.row);
      if (!restyles) targets.set(mark.row, (restyles = new Map()));
      restyles.set(mark.col, restyleFor(mark.fill));
      notes.push(mark);
    }
    const { replaced, userNotes, legacyDrawing } = notesOnSheet(state, entry.part, entry.index, notes);
    const originals = rewrite(state.pkg, entry.part, (xml, out) => patchSheet(xml, entry.part, { targets, legacyDrawing }, out));
    // What the store keeps of a cell's original look, read once per style: tens of thousands of cells share a handful.
    const looks = new Map<number | null, { fill: unknown; fillXml: string | null }>();
    const lookOf = (style: number | null) => {
      let look = looks.get(style);
      if (!look) looks.set(style, (look = { fill: storedFill(formats[style ?? 0]?.fill ?? null), fillXml: styles.fillMarkupOf(style) }));
      return look;
    };
    for (const { ref, row, col, fill } of cells.values()) {
      const style = originalStyle(originals, row, col) ?? null;
      const comment = replaced.get(ref);
      const marked = styles.withFill(style ?? 0, fill);
      const look = lookOf(style);
      const cell: StoredCell = { sheet, cell: ref, fill: look.fill, note: userNotes.get(ref) ?? null, style, marked, fillXml: look.fillXml };
      if (comment !== undefined) cell.comment = comment;
      stored.push(cell);
    }
  }
  return stored;
}

/** The summary sheets as new worksheet parts with their tables; gives their print names and part names. */
function addSummarySheets(workbook: XlsxWorkbook, state: WriteState, styles: StylesEditor, sheets: SummarySheet[], looks: Record<StyleId, CellStyle>): { names: string; taken: Set<string>; added: AddedSheet[] } {
  const { pkg, record } = state;
  const book = workbook.book;
  const styleIds = new Map<StyleId, number>();
  const styleIndex = (id: StyleId) => styleIds.get(id) ?? styleIds.set(id, styles.styleOf(looks[id])).get(id)!;
  const sheetCount = book.allSheetIds.length;
  const added: AddedSheet[] = [];
  let names = "";
  let tableId = nextTableId(pkg);
  const taken = new Set<string>();
  const shared = plainSharedStrings(pkg, book.sharedStringsPart);
  sheets.forEach((sheet, i) => {
    const part = freePartName(pkg, "xl/worksheets/sheet", ".xml", taken);
    taken.add(part);
    const writer = pkg.writer(part);
    const { tableRelIds, fileLinks } = summarySheetXml(sheet, styleIndex, book.date1904, shared, writer);
    writer.close();
    state.created(part, CONTENT_TYPE.worksheet);
    sheet.tables.forEach((table, t) => {
      const tablePart = freePartName(pkg, "xl/tables/table", ".xml");
      pkg.set(tablePart, tableXml(table, tableId++));
      state.created(tablePart, CONTENT_TYPE.table);
      const { id, createdRels } = addRelationship(pkg, part, REL.table, tablePart);
      if (createdRels) record.parts.push(`xl/worksheets/_rels/${part.slice("xl/worksheets/".length)}.rels`);
      if (id !== tableRelIds[t]) throw new Error(`table relationship ${id} is not the ${tableRelIds[t]} the sheet names`);
    });
    const { ids, createdRels } = addExternalRelationships(pkg, part, REL.hyperlink, fileLinks.map((link) => link.target));
    if (createdRels) record.parts.push(`xl/worksheets/_rels/${part.slice("xl/worksheets/".length)}.rels`);
    fileLinks.forEach((link, i) => {
      if (ids[i] !== link.id) throw new Error(`link relationship ${ids[i]} is not the ${link.id} the sheet names`);
    });
    added.push({ name: sheet.name, part });
    names += printNames(sheet, sheetCount + i);
  });
  return { names, taken, added };
}

function writeState(pkg: Package): WriteState {
  const record: PackageRecord = { parts: [], contentTypeDefaults: [], calcPr: null, relationships: [], cellXfs: 0, styleCounts: {} };
  return {
    pkg,
    record,
    created: (part, contentType) => {
      record.parts.push(part);
      if (contentType) addOverride(pkg, part, contentType);
    },
  };
}

/** The workbook's styles part to append to; made when the package has none. */
function stylesOf(workbook: XlsxWorkbook, state: WriteState): { stylesPart: string; styles: StylesEditor } {
  const { pkg } = state;
  let stylesPart = workbook.book.stylesPart;
  if (!stylesPart) {
    stylesPart = "xl/styles.xml";
    pkg.set(stylesPart, EMPTY_STYLES);
    state.created(stylesPart, CONTENT_TYPE.styles);
    addRelationship(pkg, workbook.book.part, REL.styles, stylesPart);
  }
  return { stylesPart, styles: new StylesEditor(pkg.text(stylesPart), stylesPart) };
}

/**
 * A new workbook holding only the given summary sheets (a roll-up of many plans): the same
 * sheets, styles, tables and print setup as a checked copy gets.
 */
export function createWorkbook(sheets: SummarySheet[], looks: Record<StyleId, CellStyle>): Uint8Array {
  const workbook = XlsxWorkbook.blank();
  const state = writeState(workbook.pkg);
  const { stylesPart, styles } = stylesOf(workbook, state);
  const { names, added } = addSummarySheets(workbook, state, styles, sheets, looks);
  workbook.pkg.set(stylesPart, styles.toXml());
  addToWorkbookXml(workbook, added, names);
  return workbook.save();
}

/** Table ids are unique across the workbook. */
function nextTableId(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const tokens = new XmlTokens(pkg.text(name), name);
    if (tokens.next() && tokens.name === "table") max = Math.max(max, Number(tokens.attr("id") ?? 0));
  }
  return max + 1;
}

/**
 * Writes a description into a workbook the checker has cleared of any earlier run: highlights
 * and notes on the plan (values, formats, merges and widths untouched), the checker's sheets,
 * and the very hidden store that lets clear give the workbook back as it was. Parts it does not
 * own are not touched. `reclaim`, called once the plan's grids are let go and before anything is
 * written, is where a host that can collect garbage does so.
 */
export function writeChecked(workbook: XlsxWorkbook, description: WriteDescription, reclaim?: () => void): void {
  const layout = planLayout(workbook, description.highlights);
  if (layout.locked.length) throw new ProtectedSheetError(layout.locked);
  // The grids the check read are let go: a 50,000-row plan's is some 25 MB the copy is written without.
  workbook.refresh();
  reclaim?.();
  const pkg = workbook.pkg;
  const state = writeState(pkg);
  const record = state.record;
  const { stylesPart, styles } = stylesOf(workbook, state);
  record.styleCounts = styles.counts();
  const cells = highlightSheets(workbook, layout, state, styles, description.highlights);
  // The plan sheets are patched: what was read of them is out of date, and let go before the summary sheets are written.
  workbook.refresh();

  const { names, taken, added } = addSummarySheets(workbook, state, styles, description.sheets, description.styles);
  const storePart = freePartName(pkg, "xl/worksheets/sheet", ".xml", taken);
  const storeName = storeSheetName([...workbook.sheetNames(), ...description.sheets.map((s) => s.name)]);
  added.push({ name: storeName, part: storePart, state: "veryHidden" });
  state.created(storePart, CONTENT_TYPE.worksheet);
  pkg.set(stylesPart, styles.toXml());
  record.cellXfs = styles.cellFormatCount();
  Object.assign(record, addToWorkbookXml(workbook, added, names));
  const store = encodeStore({ sheets: description.sheets.map((s) => ({ name: s.name, markerCell: s.marker.cell, marker: s.marker.text })), cells, package: record });
  const writer = pkg.writer(storePart);
  storeSheetXml(store, writer);
  writer.close();
}
