import type { SheetState } from "./sheet-state";

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const SPACE = 32;
const EQUALS = 61;
const AMP = 38;
const ZERO = 48;
const A_UPPER = 65;
const Z_UPPER = 90;
const C_LOWER = 99;
const R_LOWER = 114;
const S_LOWER = 115;
const T_LOWER = 116;
const O_LOWER = 111;
const W_LOWER = 119;
const V_LOWER = 118;

function isNameByte(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= A_UPPER && ch <= Z_UPPER) || (ch >= ZERO && ch <= 58) || ch === 95 || ch === 45 || ch === 46;
}

/** Digits alone, at most nine of them, as a number; -1 for anything else. */
function digits(bytes: Uint8Array, from: number, to: number): number {
  if (from === to || to - from > 9) return -1;
  let n = 0;
  for (let p = from; p < to; p++) {
    const d = bytes[p] - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The tags Excel writes for nearly every row and cell, read in place from the sheet's bytes:
 * `<row r="8" spans="1:4" x14ac:dyDescent="0.25">`, `<c r="B8" s="2" t="s"><v>12</v></c>`,
 * `</c>`, `</row>`. A tag is taken only when written plainly (no prefix, attributes as
 * name="value" one space apart, no reference in a value, r= letters then digits, s= digits),
 * where the tokenizer's reading of it (./sheet.ts) would come to the same; any other is left to
 * that reading. About four tags in five of a plan are read here, at a fraction of the cost.
 */
export class PlainTags {
  // The r=, s= and t= of the tag just read, each at bytes[start, end); -1 when absent.
  private rStart = -1;
  private rEnd = -1;
  private sStart = -1;
  private sEnd = -1;
  private tStart = -1;
  private tEnd = -1;
  private selfClosing = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly state: SheetState,
  ) {}

  /** Reads the tag at `lt` (its "<") if it is one of these, written plainly: where reading goes on, else -1. */
  read(lt: number): number {
    const bytes = this.bytes;
    const second = bytes[lt + 1];
    if (second === C_LOWER) return bytes[lt + 2] === SPACE ? this.cell(lt + 2) : -1;
    if (second === R_LOWER) return bytes[lt + 2] === O_LOWER && bytes[lt + 3] === W_LOWER && bytes[lt + 4] === SPACE ? this.row(lt + 4) : -1;
    if (second !== SLASH) return -1;
    if (bytes[lt + 2] === C_LOWER && bytes[lt + 3] === GT) {
      this.state.endCell();
      return lt + 4;
    }
    if (bytes[lt + 2] === R_LOWER && bytes[lt + 3] === O_LOWER && bytes[lt + 4] === W_LOWER && bytes[lt + 5] === GT) {
      this.state.endRow();
      return lt + 6;
    }
    return -1;
  }

  private row(p: number): number {
    const after = this.attributes(p);
    if (after < 0) return -1;
    const state = this.state;
    let rowNumber = state.rowNumber + 1;
    if (this.rStart !== this.rEnd) {
      rowNumber = digits(this.bytes, this.rStart, this.rEnd);
      if (rowNumber < 0) return -1;
    }
    state.startRow(rowNumber);
    if (this.selfClosing) state.endRow();
    return after;
  }

  private cell(p: number): number {
    const bytes = this.bytes;
    const after = this.attributes(p);
    if (after < 0) return -1;
    const state = this.state;
    let col = state.col + 1;
    let rowNumber = state.rowNumber;
    if (this.rStart !== this.rEnd) {
      let q = this.rStart;
      for (col = 0; q < this.rEnd && q - this.rStart < 3 && bytes[q] >= A_UPPER && bytes[q] <= Z_UPPER; q++) col = col * 26 + bytes[q] - 64;
      const row = digits(bytes, q, this.rEnd);
      if (col === 0 || row < 0) return -1;
      if (rowNumber === 0) rowNumber = row;
    }
    let style = 0;
    if (this.sStart !== this.sEnd) {
      style = digits(bytes, this.sStart, this.sEnd);
      if (style < 0) return -1;
    }
    let type: string | undefined;
    if (this.tStart >= 0) {
      const length = this.tEnd - this.tStart;
      if (length === 1 && bytes[this.tStart] < 128) type = String.fromCharCode(bytes[this.tStart]);
      else if (length === 3 && bytes[this.tStart] === S_LOWER && bytes[this.tStart + 1] === T_LOWER && bytes[this.tStart + 2] === R_LOWER) type = "str";
      else return -1;
    }
    state.rowNumber = rowNumber;
    state.startCell(col, type, style);
    if (this.selfClosing) {
      state.endCell();
      return after;
    }
    // A cell holding only its value, "<v>12</v></c>", is read to its end.
    if (bytes[after] !== LT || bytes[after + 1] !== V_LOWER || bytes[after + 2] !== GT) return after;
    let lt = after + 3;
    while (lt < bytes.length && bytes[lt] !== LT) lt++;
    if (bytes[lt + 1] !== SLASH || bytes[lt + 2] !== V_LOWER || bytes[lt + 3] !== GT || bytes[lt + 4] !== LT || bytes[lt + 5] !== SLASH || bytes[lt + 6] !== C_LOWER || bytes[lt + 7] !== GT) return after;
    state.rawStart = after + 3;
    state.rawEnd = lt;
    state.endCell();
    return lt + 8;
  }

  /**
   * The attributes from `p` (just after the tag's name) to the tag's end, when written plainly:
   * where the tag ends, else -1. Such attributes are found by the tokenizer's search by name too:
   * with no "=" inside a value, no name can be found inside one.
   */
  private attributes(p: number): number {
    const bytes = this.bytes;
    this.rStart = this.rEnd = this.sStart = this.sEnd = this.tStart = this.tEnd = -1;
    for (;;) {
      const spaced = p;
      while (bytes[p] === SPACE) p++;
      if (bytes[p] === GT) {
        this.selfClosing = false;
        return p + 1;
      }
      if (bytes[p] === SLASH && bytes[p + 1] === GT) {
        this.selfClosing = true;
        return p + 2;
      }
      const nameStart = p;
      while (isNameByte(bytes[p])) p++;
      if (p === spaced || p === nameStart || bytes[p] !== EQUALS || bytes[p + 1] !== QUOTE) return -1;
      const single = p - nameStart === 1 ? bytes[nameStart] : 0;
      p += 2;
      const valueStart = p;
      for (; p < bytes.length; p++) {
        const ch = bytes[p];
        if (ch === QUOTE || ch === AMP || ch === EQUALS || ch === LT) break;
      }
      if (bytes[p] !== QUOTE) return -1;
      // As a search by name does, the first of an attribute written twice is the one read.
      if (single === R_LOWER && this.rStart < 0) {
        this.rStart = valueStart;
        this.rEnd = p;
      } else if (single === S_LOWER && this.sStart < 0) {
        this.sStart = valueStart;
        this.sEnd = p;
      } else if (single === T_LOWER && this.tStart < 0) {
        this.tStart = valueStart;
        this.tEnd = p;
      }
      p++;
    }
  }
}
