import { columnLetter } from "../../engine";

/**
 * Very long RangeAreas address strings are reported to fail from about 8,200 characters;
 * each `getRanges` is given at most this many.
 */
export const MAX_ADDRESS_CHARS = 4_000;

export interface CellRef {
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

export function parseCell(a1: string): CellRef {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/**
 * Cells as few areas as runs along a row allow ("B5:D5" for B5, C5, D5), joined into
 * address strings each under MAX_ADDRESS_CHARS.
 */
export function areaAddresses(cells: CellRef[]): string[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const areas: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].row === sorted[i].row && sorted[j + 1].col === sorted[j].col + 1) j++;
    const from = `${columnLetter(sorted[i].col)}${sorted[i].row}`;
    areas.push(j === i ? from : `${from}:${columnLetter(sorted[j].col)}${sorted[j].row}`);
    i = j + 1;
  }
  const chunks: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current && current.length + 1 + area.length > MAX_ADDRESS_CHARS) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
