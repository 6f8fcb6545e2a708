import type { CellStyle, StyleId, WriteCell } from "./write-types";

/** Calibri 11, Excel's default: one line of text is 15 points high. */
const LINE_POINTS = 15;
/**
 * Column widths count the digit "0"; running text averages a little narrower, so a column of
 * width w holds about w × 1.1 characters a line. Bold text is wider: w × 1.0.
 */
const CHARS_PER_WIDTH = 1.1;
const BOLD_CHARS_PER_WIDTH = 1.0;

/** The characters JavaScript's \s matches: words are the runs between them. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Any whitespace but the plain space: a text without it has its words found by `indexOf`. */
const OTHER_SPACE = /[^\S ]/;

/**
 * Lines a text takes when wrapped word by word into `capacity` characters: each line break
 * starts a paragraph. Counted without splitting the text into words (half a million cells at
 * 50,000 rows): words are found by `indexOf` when only plain spaces part them, which is most
 * text, else in one pass over the characters.
 */
export function wrappedLines(value: string, capacity: number): number {
  const room = Math.max(1, Math.floor(capacity));
  // Most cells are one short line.
  if (value.length <= room && !value.includes("\n")) return 1;
  let lines = 1;
  let used = 0;
  const place = (word: number) => {
    const need = used === 0 ? word : used + 1 + word;
    if (need <= room) {
      used = need;
    } else if (used === 0) {
      // A word longer than the line breaks across lines.
      lines += Math.ceil(word / room) - 1;
      used = word % room || room;
    } else {
      lines += 1;
      used = Math.min(word, room);
      if (word > room) lines += Math.ceil(word / room) - 1;
    }
  };
  if (!OTHER_SPACE.test(value)) {
    for (let start = 0; ; ) {
      const space = value.indexOf(" ", start);
      const end = space < 0 ? value.length : space;
      if (end > start) place(end - start);
      if (space < 0) return lines;
      start = space + 1;
    }
  }
  let wordStart = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10 || isSpace(code)) {
      if (wordStart >= 0) place(i - wordStart);
      wordStart = -1;
      if (code === 10) {
        lines += 1;
        used = 0;
      }
    } else if (wordStart < 0) wordStart = i;
  }
  if (wordStart >= 0) place(value.length - wordStart);
  return lines;
}

/**
 * Row heights in points for rows whose wrapped text needs more than one line, so the sheet
 * reads the same in Excel, LibreOffice and on paper: xlsx readers do not all grow a row to fit
 * wrapped text on opening. null keeps the default height.
 */
export function rowHeights(rows: (WriteCell | null)[][], widths: number[], styles: Record<StyleId, CellStyle>): (number | null)[] {
  const heights = new Array<number | null>(rows.length);
  // Characters a unit of width holds in each style that wraps; 0 for one that does not.
  const perWidthOf = new Map<StyleId, number>();
  // A column repeats the cell above it often (a summary shares one cell per section, RAG, date):
  // its lines are counted once for a run of the same cell.
  const lastCell: (WriteCell | null)[] = [];
  const lastLines: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || !(cell.kind === "text" || cell.kind === "link" || cell.kind === "file-link") || !cell.style) continue;
      if (lastCell[c] !== cell) {
        let perWidth = perWidthOf.get(cell.style);
        if (perWidth === undefined) {
          const style = styles[cell.style];
          perWidthOf.set(cell.style, (perWidth = !style?.wrap ? 0 : style.bold ? BOLD_CHARS_PER_WIDTH : CHARS_PER_WIDTH));
        }
        lastCell[c] = cell;
        lastLines[c] = perWidth === 0 ? 1 : wrappedLines(cell.value, (widths[c] ?? 8.43) * perWidth);
      }
      if (lastLines[c] > lines) lines = lastLines[c];
    }
    heights[r] = lines > 1 ? lines * LINE_POINTS : null;
  }
  return heights;
}
