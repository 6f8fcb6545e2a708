import type { MergedArea } from "../../engine";

/** 1-based column number of "A", "Z", "AA" … */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// One area of a RangeAreas address: an optional sheet prefix (quoted names may hold commas,
// "!" and doubled quotes, which is why the address is not simply split on ","), then A1 or A1:B2.
const AREA = /(?:(?:'(?:[^']|'')*'|[^'!,\s]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/** The merged areas named by a `RangeAreas.address`, e.g. "'Plan, 2024'!A1:B2,'Plan, 2024'!C5:C9". */
export function parseMergedAddress(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const m of address.matchAll(AREA)) {
    const [, c1, r1, c2 = c1, r2 = r1] = m;
    areas.push({ top: Number(r1), left: columnNumber(c1), bottom: Number(r2), right: columnNumber(c2) });
  }
  return areas;
}
