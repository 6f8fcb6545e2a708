import { columnOfRef, refOf } from "../cells";
import type { XmlSink } from "../package";
import { attrIn, XmlTokens } from "../xml";
import { fitFragment, MAIN, scopeWithin, SPREADSHEET, type Scope } from "./namespaces";
import { setAttrs } from "./styles-editor";

/** For a cell to restyle: its new style index, given its own (null when it has no `s`). */
export type Restyle = (original: number | null) => number;

/**
 * The style each restyled cell had, by row (1-based): numbers, not A1 references, since a large
 * plan has tens of thousands of them to make, keep and look up. A row's are a list of its
 * columns, each followed by its style, rather than a map: most rows have one or two.
 */
export type OriginalStyles = Map<number, (number | null)[]>;

/** The style the cell at `row`, `col` had; undefined when it was not restyled. */
export function originalStyle(originals: OriginalStyles, row: number, col: number): number | null | undefined {
  const styles = originals.get(row);
  if (styles === undefined) return undefined;
  for (let i = 0; i < styles.length; i += 2) if (styles[i] === col) return styles[i + 1];
  return undefined;
}

/** Keeps `style` as the original of the cell at `col` in a row's list, over one kept before. */
function keepOriginal(styles: (number | null)[], col: number, style: number | null): void {
  for (let i = 0; i < styles.length; i += 2) {
    if (styles[i] === col) {
      styles[i + 1] = style;
      return;
    }
  }
  styles.push(col, style);
}

/** What to change in a plan sheet. */
export interface SheetPatch {
  /** Row → column → restyle, 1-based. */
  targets: Map<number, Map<number, Restyle>>;
  /** The relationship id of a note drawing to add as `<legacyDrawing>`; none when the sheet has one. */
  legacyDrawing?: string;
}

/** The close tag for a start tag, in its own prefix. */
function closeOf(tag: string): string {
  return `</${/^<([^\s/>]+)/.exec(tag)![1]}>`;
}

/**
 * A cell's start tag with its style set, as setAttrs sets it, without setAttrs' patterns: a plan
 * of 50,000 rows has tens of thousands of cells to restyle. Done by hand only for a tag in
 * printable ASCII, double quotes and no space around "=", whose only ">" ends it; any other
 * goes to setAttrs.
 */
function withStyle(tag: string, style: string): string {
  const last = tag.length - 1;
  if (tag.indexOf(">") !== last || /[^\x20-\x7e]|'| =|= /.test(tag)) return setAttrs(tag, { s: style });
  const end = tag.charCodeAt(last - 1) === 47 /* / */ ? last - 1 : last;
  const at = tag.indexOf(' s="');
  if (at < 0) return `${tag.slice(0, end)} s="${style}"${tag.slice(end)}`;
  let quotes = 0;
  for (let i = tag.indexOf('"'); i >= 0 && i < at; i = tag.indexOf('"', i + 1)) quotes++;
  // Inside another attribute's value: a tag setAttrs reads its own way.
  if (quotes % 2 === 1) return setAttrs(tag, { s: style });
  const close = tag.indexOf('"', at + 4);
  if (close < 0 || close >= end) return setAttrs(tag, { s: style });
  return `${tag.slice(0, at + 4)}${style}${tag.slice(close)}`;
}

/** Pieces of a patched sheet are sent on joined into strings of about this many characters. */
const JOINED_CHARS = 1 << 16;

/**
 * The rest of a row, from just after its start tag to its end tag included, when it holds only
 * plain tags and text: no comment, CDATA or processing instruction (which `next` reads its own
 * way), and no row or sheetData tag. Most rows of a large plan have nothing to restyle: taken
 * whole, their cells are not each read as a tag. Written as text, then each "<" with the text
 * after it, so that a row that does not match fails in time linear in its length: as
 * (text | tag)*, 30 characters of text before a comment took 7 s to fail, and each one more doubled it.
 */
const PLAIN_ROW_REST = /[^<]*(?:<(?![!?]|\/?(?:[\w.-]+:)?(?:row|sheetData)[\s/>])[^<]*)*<\/(?:[\w.-]+:)?row\s*>/y;

/** Child elements of <worksheet> that must follow <legacyDrawing>, in schema order. */
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * The cells of one row to restyle, in column order, taken as the row's cells pass: those the XML
 * lacks are written, empty, where column order wants them.
 */
class RowTargets {
  private readonly cols: number[] = [];
  private next = 0;
  /** Columns restyled: a row has one target or a few, and some tens of thousands of rows have one. */
  private readonly done: number[] = [];
  /** The original styles of this row's cells (shared with a row of the same number met before). */
  private readonly originals: (number | null)[];

  constructor(
    readonly row: number,
    readonly restyles: Map<number, Restyle>,
    originals: OriginalStyles,
  ) {
    for (const col of restyles.keys()) this.cols.push(col);
    if (this.cols.length > 1) this.cols.sort((a, b) => a - b);
    let own = originals.get(row);
    if (!own) originals.set(row, (own = []));
    this.originals = own;
  }

  /** Empty cells for the targets before column `to` not yet written or restyled. */
  missingBefore(to: number): string {
    let out = "";
    for (; this.next < this.cols.length && this.cols[this.next] < to; this.next++) {
      const col = this.cols[this.next];
      if (this.done.includes(col)) continue;
      keepOriginal(this.originals, col, null);
      out += `<c r="${refOf(this.row, col)}" s="${this.restyles.get(col)!(null)}"/>`;
    }
    return out;
  }

  /** True when every target of the row is restyled: no cell after can change. */
  finished(): boolean {
    return this.done.length === this.cols.length;
  }

  /** True when the cell at `col` is a target not yet restyled. */
  wants(col: number): boolean {
    return this.restyles.has(col) && !this.done.includes(col);
  }

  /** The new style of the cell at `col`, a target, given its own. */
  restyle(col: number, original: number | null): number {
    this.done.push(col);
    keepOriginal(this.originals, col, original);
    return this.restyles.get(col)!(original);
  }
}

/**
 * Patches a worksheet in one pass, written piece by piece to `out`: only the `s` attribute of
 * each target cell changes, a cell the XML lacks is added, empty, where row and column order
 * want it, and a note drawing's `<legacyDrawing>` goes where the schema puts it. Every other byte
 * of the part is kept. Gives the style each restyled cell had.
 */
export function patchSheet(xml: string, part: string, patch: SheetPatch, out: XmlSink): OriginalStyles {
  const { targets } = patch;
  const originals: OriginalStyles = new Map();
  // Cells and rows go in with the prefixes the sheet binds where they go (some writers use "x:").
  let rootScope: Scope = new Map();
  let sheetDataScope: Scope = rootScope;
  let rowScope: Scope = sheetDataScope;
  // Rows to restyle in order, taken once each: as the sheet's rows pass, those it lacks are made.
  const wanted = [...targets.keys()].sort((a, b) => a - b);
  let nextWanted = 0;
  const newRowsBefore = (to: number) => {
    let rows = "";
    for (; nextWanted < wanted.length && wanted[nextWanted] < to; nextWanted++) {
      const r = wanted[nextWanted];
      rows += `<row r="${r}">${new RowTargets(r, targets.get(r)!, originals).missingBefore(Infinity)}</row>`;
    }
    if (wanted[nextWanted] === to) nextWanted++;
    return rows && fitFragment(rows, MAIN, sheetDataScope);
  };
  const tokens = new XmlTokens(xml, part);
  let copied = 0;
  // What is copied and changed goes out joined some tens of kilobytes at a time: a plan with tens
  // of thousands of cells to restyle would otherwise be twice as many calls to encode. A long
  // stretch copied goes as it is, never copied once more by a join.
  const pending: string[] = [];
  let pendingChars = 0;
  const flush = () => {
    if (pending.length === 0) return;
    out.push(pending.join(""));
    pending.length = 0;
    pendingChars = 0;
  };
  const send = (text: string) => {
    if (text.length >= JOINED_CHARS) {
      flush();
      out.push(text);
      return;
    }
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= JOINED_CHARS) flush();
  };
  /** Copies the part up to `upTo`, then `text`; the copy goes on from `from`. */
  const emit = (upTo: number, text: string, from = upTo) => {
    send(xml.slice(copied, upTo));
    send(text);
    copied = from;
  };
  let rowNumber = 0;
  let col = 0;
  let row: RowTargets | null = null;
  let depth = 0;
  let legacyDrawing = patch.legacyDrawing;
  const addLegacyDrawing = (at: number) => {
    emit(at, fitFragment(`<legacyDrawing r:id="${legacyDrawing}"/>`, SPREADSHEET, rootScope));
    legacyDrawing = undefined;
  };
  let sheetDataDone = false;
  while (tokens.next()) {
    const name = tokens.name;
    if (depth === 0) {
      // The root, <worksheet>.
      if (tokens.closing || tokens.selfClosing) break;
      rootScope = scopeWithin(rootScope, xml.slice(tokens.start, tokens.end));
      depth = 1;
      continue;
    }
    if (depth === 1) {
      // The root's close: a drawing with nothing after it goes before it.
      if (tokens.closing) {
        if (legacyDrawing !== undefined) addLegacyDrawing(tokens.start);
        break;
      }
      if (name === "sheetData") {
        const tag = xml.slice(tokens.start, tokens.end);
        sheetDataScope = scopeWithin(rootScope, tag);
        rowScope = sheetDataScope;
        if (!tokens.selfClosing) {
          depth = 2;
          continue;
        }
        emit(tokens.start, `${tag.replace(/\s*\/>$/, ">")}${newRowsBefore(Infinity)}${closeOf(tag)}`, tokens.end);
        sheetDataDone = true;
        if (legacyDrawing === undefined) break;
        continue;
      }
      if (sheetDataDone && AFTER_LEGACY_DRAWING.includes(name)) {
        addLegacyDrawing(tokens.start);
        break;
      }
      tokens.skipElement();
      continue;
    }
    // Inside <sheetData>.
    if (name === "sheetData") {
      emit(tokens.start, newRowsBefore(Infinity));
      depth = 1;
      sheetDataDone = true;
      if (legacyDrawing === undefined) break;
      continue;
    }
    if (name === "row") {
      if (tokens.closing) {
        const missing = row ? row.missingBefore(Infinity) : "";
        if (missing) emit(tokens.start, fitFragment(missing, MAIN, rowScope));
        continue;
      }
      const r = tokens.attr("r");
      const next = r ? Number(r) : rowNumber + 1;
      const before = newRowsBefore(next);
      rowNumber = next;
      col = 0;
      const restyles = targets.get(rowNumber);
      row = restyles ? new RowTargets(rowNumber, restyles, originals) : null;
      const tag = xml.slice(tokens.start, tokens.end);
      rowScope = scopeWithin(sheetDataScope, tag);
      if (before) emit(tokens.start, before);
      if (tokens.selfClosing && row) emit(tokens.start, `${tag.replace(/\s*\/>$/, ">")}${fitFragment(row.missingBefore(Infinity), MAIN, rowScope)}${closeOf(tag)}`, tokens.end);
      // Nothing in the row to change: it is copied as it is, with what follows it.
      if (!row && !tokens.selfClosing) tokens.take(PLAIN_ROW_REST);
      continue;
    }
    if (name === "c" && !tokens.closing && row) {
      const ref = attrIn(xml, tokens.start, tokens.end, "r");
      const c = ref ? columnOfRef(ref) : col + 1;
      const missing = row.missingBefore(c);
      if (missing) emit(tokens.start, fitFragment(missing, MAIN, rowScope));
      col = c;
      if (row.wants(c)) {
        const s = attrIn(xml, tokens.start, tokens.end, "s");
        emit(tokens.start, withStyle(xml.slice(tokens.start, tokens.end), String(row.restyle(c, s === undefined ? null : Number(s)))), tokens.end);
      }
    }
    if (!tokens.closing && !tokens.selfClosing) tokens.skipElement();
    if (name === "c" && row?.finished()) tokens.take(PLAIN_ROW_REST);
  }
  send(xml.slice(copied));
  flush();
  return originals;
}

/** Sets each listed cell's `s` to what `styles` gives for its current one (null removes it); cells are found by reference. */
export function restoreStyles(xml: string, part: string, styles: Map<string, (current: number | null) => number | null>): string {
  const tokens = new XmlTokens(xml, part);
  const out: string[] = [];
  let copied = 0;
  let rowNumber = 0;
  let col = 0;
  while (tokens.next()) {
    if (tokens.closing) {
      if (tokens.name === "sheetData") break;
      continue;
    }
    if (tokens.name === "row") {
      const r = tokens.attr("r");
      rowNumber = r ? Number(r) : rowNumber + 1;
      col = 0;
    } else if (tokens.name === "c") {
      const ref = attrIn(xml, tokens.start, tokens.end, "r");
      col = ref ? columnOfRef(ref) : col + 1;
      const key = refOf(rowNumber, col);
      if (styles.has(key)) {
        const tag = xml.slice(tokens.start, tokens.end);
        const current = attrIn(xml, tokens.start, tokens.end, "s");
        const style = styles.get(key)!(current === undefined ? null : Number(current));
        // A cell the checker added (only a reference and a style) goes again.
        const added = style === null && /^<(?:[\w.-]+:)?c r="[A-Z]+\d+" s="\d+"\/>$/.test(tag);
        const restored = added ? "" : style === null ? tag.replace(/\s+s\s*=\s*("[^"]*"|'[^']*')/, "") : setAttrs(tag, { s: String(style) });
        out.push(xml.slice(copied, tokens.start), restored);
        copied = tokens.end;
      }
      if (!tokens.selfClosing) tokens.skipElement();
    }
  }
  out.push(xml.slice(copied));
  // A row the checker added for such cells is left empty by their going: it goes too.
  return out.join("").replace(/<([\w.-]+:)?row r="\d+"><\/\1row>/g, "");
}

/** Takes out the `<legacyDrawing>` pointing at `relId` (its id attribute in whatever prefix the sheet gives it). */
export function removeLegacyDrawing(xml: string, relId: string): string {
  return xml.replace(new RegExp(`<([\\w.-]+:)?legacyDrawing\\b[^>]*:id="${relId}"[^>]*/>`), "");
}
