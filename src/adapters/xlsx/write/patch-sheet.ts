import { columnOfRef, refOf } from "../cells";
import { attrIn, XmlTokens } from "../xml";
import { fitFragment, scopeAt, scopeWithin, SPREADSHEET, type Scope } from "./namespaces";
import { setAttrs } from "./styles-editor";

/** For a cell to restyle: its new style index, given its own (null when it has no `s`). */
export type Restyle = (original: number | null) => number;

/** The style each restyled cell had, by A1 reference. */
export type OriginalStyles = Map<string, number | null>;

function emptyCells(row: number, cols: Map<number, Restyle>, from: number, to: number, originals: OriginalStyles): string {
  let out = "";
  for (const col of [...cols.keys()].filter((c) => c > from && c < to).sort((a, b) => a - b)) {
    const ref = refOf(row, col);
    originals.set(ref, null);
    out += `<c r="${ref}" s="${cols.get(col)!(null)}"/>`;
  }
  return out;
}

/** The close tag for a start tag, in its own prefix. */
function closeOf(tag: string): string {
  return `</${/^<([^\s/>]+)/.exec(tag)![1]}>`;
}

/**
 * Restyles cells of a worksheet in place: only the `s` attribute of each target cell changes,
 * and a cell the XML lacks is added, empty, where row and column order want it. Every other
 * byte of the part is kept. `targets` is row → column → restyle, 1-based.
 */
export function restyleCells(xml: string, part: string, targets: Map<number, Map<number, Restyle>>): { xml: string; originals: OriginalStyles } {
  const originals: OriginalStyles = new Map();
  // Cells and rows go in with the prefixes the sheet binds where they go (some writers use "x:").
  let sheetDataScope: Scope = new Map();
  let rowScope: Scope = sheetDataScope;
  const cellsIn = (row: number, cols: Map<number, Restyle>, from: number, to: number) => fitFragment(emptyCells(row, cols, from, to, originals), SPREADSHEET, rowScope);
  // Rows to restyle in order, taken once each: as the sheet's rows pass, those it lacks are made.
  const wanted = [...targets.keys()].sort((a, b) => a - b);
  let nextWanted = 0;
  const newRowsBefore = (to: number) => {
    let rows = "";
    for (; nextWanted < wanted.length && wanted[nextWanted] < to; nextWanted++) {
      const row = wanted[nextWanted];
      rows += `<row r="${row}">${emptyCells(row, targets.get(row)!, 0, Infinity, originals)}</row>`;
    }
    if (wanted[nextWanted] === to) nextWanted++;
    return fitFragment(rows, SPREADSHEET, sheetDataScope);
  };
  const tokens = new XmlTokens(xml, part);
  const out: string[] = [];
  let copied = 0;
  const emit = (upTo: number, text: string) => {
    out.push(xml.slice(copied, upTo), text);
  };
  let rowNumber = 0;
  let col = 0;
  let rowTargets: Map<number, Restyle> | undefined;
  let inSheetData = false;
  while (tokens.next()) {
    const name = tokens.name;
    if (name === "sheetData") {
      const tag = xml.slice(tokens.start, tokens.end);
      if (!tokens.closing) sheetDataScope = scopeWithin(scopeAt(xml, part, tokens.start), tag);
      if (tokens.selfClosing) {
        emit(tokens.start, `${tag.replace(/\s*\/>$/, ">")}${newRowsBefore(Infinity)}${closeOf(tag)}`);
        copied = tokens.end;
        break;
      }
      if (tokens.closing) {
        emit(tokens.start, newRowsBefore(Infinity));
        copied = tokens.start;
        break;
      }
      inSheetData = true;
      continue;
    }
    if (!inSheetData) continue;
    if (name === "row") {
      if (tokens.closing) {
        if (rowTargets) {
          emit(tokens.start, cellsIn(rowNumber, rowTargets, col, Infinity));
          copied = tokens.start;
        }
        continue;
      }
      const r = tokens.attr("r");
      const next = r ? Number(r) : rowNumber + 1;
      const before = newRowsBefore(next);
      rowNumber = next;
      col = 0;
      rowTargets = targets.get(rowNumber);
      const tag = xml.slice(tokens.start, tokens.end);
      rowScope = scopeWithin(sheetDataScope, tag);
      if (before) {
        emit(tokens.start, before);
        copied = tokens.start;
      }
      if (tokens.selfClosing && rowTargets) {
        emit(tokens.start, `${tag.replace(/\s*\/>$/, ">")}${cellsIn(rowNumber, rowTargets, 0, Infinity)}${closeOf(tag)}`);
        copied = tokens.end;
      }
      continue;
    }
    if (name === "c" && !tokens.closing && rowTargets) {
      const ref = attrIn(xml, tokens.start, tokens.end, "r");
      const c = ref ? columnOfRef(ref) : col + 1;
      const missing = cellsIn(rowNumber, rowTargets, col, c);
      if (missing) {
        emit(tokens.start, missing);
        copied = tokens.start;
      }
      col = c;
      const restyle = rowTargets.get(c);
      if (restyle) {
        const s = attrIn(xml, tokens.start, tokens.end, "s");
        const original = s === undefined ? null : Number(s);
        originals.set(refOf(rowNumber, c), original);
        const tag = xml.slice(tokens.start, tokens.end);
        emit(tokens.start, setAttrs(tag, { s: String(restyle(original)) }));
        copied = tokens.end;
      }
      if (!tokens.selfClosing) tokens.skipElement();
    }
  }
  out.push(xml.slice(copied));
  return { xml: out.join(""), originals };
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

/** Child elements of <worksheet> that must follow <legacyDrawing>, in schema order. */
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Adds `<legacyDrawing r:id=…/>` to a worksheet where the schema puts it. */
export function addLegacyDrawing(xml: string, part: string, relId: string): string {
  const tokens = new XmlTokens(xml, part);
  let at = -1;
  let depth = 0;
  let scope: Scope = new Map();
  while (tokens.next()) {
    if (tokens.name === "worksheet") {
      if (tokens.closing) {
        at = tokens.start;
        break;
      }
      scope = scopeWithin(scope, xml.slice(tokens.start, tokens.end));
      continue;
    }
    if (depth === 0 && !tokens.closing && AFTER_LEGACY_DRAWING.includes(tokens.name)) {
      at = tokens.start;
      break;
    }
    if (tokens.closing) depth--;
    else if (!tokens.selfClosing) depth++;
  }
  return `${xml.slice(0, at)}${fitFragment(`<legacyDrawing r:id="${relId}"/>`, SPREADSHEET, scope)}${xml.slice(at)}`;
}

/** Takes out the `<legacyDrawing>` pointing at `relId` (its id attribute in whatever prefix the sheet gives it). */
export function removeLegacyDrawing(xml: string, relId: string): string {
  return xml.replace(new RegExp(`<([\\w.-]+:)?legacyDrawing\\b[^>]*:id="${relId}"[^>]*/>`), "");
}
