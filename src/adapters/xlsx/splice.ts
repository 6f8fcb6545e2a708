/** A piece of a text to replace: [start, end) becomes `text` (start === end inserts). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * The text with every splice made, built once from pieces: splicing one at a time copies the
 * whole text per edit, which at tens of thousands of notes is minutes of copying. Splices must
 * not overlap; two insertions at one offset keep the order they are given in.
 */
export function applySplices(text: string, splices: Splice[]): string {
  if (splices.length === 0) return text;
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let copied = 0;
  for (const s of ordered) {
    if (s.start < copied) throw new Error(`overlapping splices at ${s.start}`);
    pieces.push(text.slice(copied, s.start), s.text);
    copied = s.end;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}
