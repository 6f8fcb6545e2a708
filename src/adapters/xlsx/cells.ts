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
