/** A1 references, 1-based. */

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The column of a cell reference's letters, read in place without a match: "AB12" → 28. For the cell loops of large sheets. */
export function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    n = n * 26 + ch - 64;
  }
  return n;
}

/** The row of a cell reference, read in place: "AB12" → 12. */
export function rowOfRef(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  return Number(ref.slice(i));
}

/** "B12" → { row: 12, col: 2 }; "$B$12" too; null for anything else. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

export function refOf(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "A1:C4" (or "A1") → its corners. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = range.split(":");
  const from = parseRef(a);
  const to = parseRef(b);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}
