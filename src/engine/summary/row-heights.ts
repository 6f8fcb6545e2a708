import type { CellStyle, StyleId, WriteCell } from "./write-types";

/** Calibri 11, Excel's default: one line of text is 15 points high. */
const LINE_POINTS = 15;
/**
 * Column widths count the digit "0"; running text averages a little narrower, so a column of
 * width w holds about w × 1.1 characters a line. Bold text is wider: w × 1.0.
 */
const CHARS_PER_WIDTH = 1.1;
const BOLD_CHARS_PER_WIDTH = 1.0;

/** Lines a text takes when wrapped word by word into `capacity` characters. */
export function wrappedLines(value: string, capacity: number): number {
  const room = Math.max(1, Math.floor(capacity));
  // Most cells are one short line: no need to split them into words (a million cells at 50,000 rows).
  if (value.length <= room && !value.includes("\n")) return 1;
  let lines = 0;
  for (const paragraph of value.split(/\r?\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= room) {
        used = need;
      } else if (used === 0) {
        // A word longer than the line breaks across lines.
        lines += Math.ceil(word.length / room) - 1;
        used = word.length % room || room;
      } else {
        lines += 1;
        used = Math.min(word.length, room);
        if (word.length > room) lines += Math.ceil(word.length / room) - 1;
      }
    }
  }
  return lines;
}

/**
 * Row heights in points for rows whose wrapped text needs more than one line, so the sheet
 * reads the same in Excel, LibreOffice and on paper: xlsx readers do not all grow a row to fit
 * wrapped text on opening. null keeps the default height.
 */
export function rowHeights(rows: (WriteCell | null)[][], widths: number[], styles: Record<StyleId, CellStyle>): (number | null)[] {
  return rows.map((row) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell || !(cell.kind === "text" || cell.kind === "link" || cell.kind === "file-link") || !cell.style) return;
      const style = styles[cell.style];
      if (!style?.wrap) return;
      const perWidth = style.bold ? BOLD_CHARS_PER_WIDTH : CHARS_PER_WIDTH;
      lines = Math.max(lines, wrappedLines(cell.value, (widths[c] ?? 8.43) * perWidth));
    });
    return lines > 1 ? lines * LINE_POINTS : null;
  });
}
