import type { Cell, Grid, MergedArea } from "../../../engine";
import { columnOfRef, parseRange, rowOfRef } from "../cells";
import { ascii, XmlByteTokens } from "../xml-bytes";
import type { SheetContext } from "./cell-values";
import { PlainTags } from "./plain-tags";
import { SheetState } from "./sheet-state";

export type { SheetContext } from "./cell-values";

export interface SheetRead {
  grid: Grid;
  /** The user has protected the sheet (Review > Protect Sheet). */
  protected: boolean;
}

const C = ascii("c");
const V = ascii("v");
const T = ascii("t");
const IS = ascii("is");
const ROW = ascii("row");
const R_PH = ascii("rPh");
const FALLBACK = ascii("Fallback");
const MERGE_CELL = ascii("mergeCell");
const SHEET_PROTECTION = ascii("sheetProtection");
const R = ascii("r");
const S = ascii("s");
const REF = ascii("ref");
const SHEET = ascii("sheet");

/**
 * Excel keeps a merged area's value in its top-left cell only; a writer may leave copies in
 * the others, which the engine would read as values of their own.
 */
function emptyMergedCells(rows: (Cell | undefined)[][], merges: MergedArea[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++) if (r !== m.top || c !== m.left) row[c - 1] = undefined;
    }
  }
}

/**
 * One worksheet's cells and merges, streamed from its bytes: each cell is read from its tag and
 * children and nothing of the XML is kept. Rows and cells without `r=` follow the one before; a
 * formula cell is read by its cached value (shared formulas included, their value is cached per
 * cell). The rows and cells Excel writes are read in place (./plain-tags.ts); every other tag,
 * and any of those written otherwise, through the tokenizer, here.
 */
export function readSheet(bytes: Uint8Array, part: string, name: string, ctx: SheetContext): SheetRead {
  const tokens = new XmlByteTokens(bytes, part);
  const state = new SheetState(bytes, name, ctx);
  const plain = new PlainTags(bytes, state);
  const merges: MergedArea[] = [];
  let isProtected = false;

  for (let lt = tokens.seek(); lt >= 0; lt = tokens.seek()) {
    const after = plain.read(lt);
    if (after >= 0) {
      tokens.moveTo(after);
      continue;
    }
    if (!tokens.next()) break;
    if (tokens.closing) {
      if (tokens.is(C)) state.endCell();
      else if (tokens.is(ROW)) state.endRow();
      else if (tokens.is(IS)) state.inInline = false;
    } else if (tokens.is(C)) {
      const ref = tokens.attrText(R);
      const col = ref ? columnOfRef(ref) : state.col + 1;
      if (ref && state.rowNumber === 0) state.rowNumber = rowOfRef(ref);
      const s = tokens.attrText(S);
      state.startCell(col, tokens.attrText(T), s ? Number(s) : 0);
      if (tokens.selfClosing) state.endCell();
    } else if (tokens.is(V)) {
      if (!tokens.selfClosing) {
        state.rawStart = tokens.end;
        state.rawEnd = tokens.textEnd();
      }
    } else if (tokens.is(ROW)) {
      const r = tokens.attrText(R);
      state.startRow(r ? Number(r) : state.rowNumber + 1);
      if (tokens.selfClosing) state.endRow();
    } else if (tokens.is(IS)) {
      state.inline = [];
      state.inInline = !tokens.selfClosing;
    } else if (tokens.is(T)) {
      if (state.inInline && !tokens.selfClosing) state.inline!.push(tokens.text());
    } else if (tokens.is(R_PH) || tokens.is(FALLBACK)) tokens.skipElement();
    else if (tokens.is(MERGE_CELL)) {
      const area = parseRange(tokens.attrText(REF) ?? "");
      if (area) merges.push(area);
    } else if (tokens.is(SHEET_PROTECTION)) {
      const sheet = tokens.attrText(SHEET);
      isProtected = sheet === "1" || sheet === "true";
    }
  }
  const rows = state.rows;
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  emptyMergedCells(rows, merges);
  return { grid: { name, rows, merges, date1904: ctx.date1904 }, protected: isProtected };
}
