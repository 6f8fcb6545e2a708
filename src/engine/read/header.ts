import { columnCount, type Grid, rowCount, textAt } from "../grid";
import { type FilledCells, filledCount } from "./row-text";
import type { Columns, Role } from "../plan";
import { foldedInitial, foldsLonger, normaliseHeader, roleOfHeader, roleOfHeaderEnd, UNKNOWN_INITIAL } from "./columns";

export interface HeaderRow {
  row: number;
  columns: Columns;
  headers: Record<number, string>;
}

/** Roles that make a row an action table's header rather than a stray line of labels. */
const WHAT = new Set<Role>(["title", "action"]);
const TRACKING = new Set<Role>(["owner", "targetDate", "revisedDate", "actionRag", "saving", "update"]);

/** Maps each cell of a row to a role; a role goes to its first column only. */
export function mapRow(grid: Grid, row: number): HeaderRow {
  const columns: Columns = {};
  const headers: Record<number, string> = {};
  const width = columnCount(grid);
  for (let col = 1; col <= width; col++) {
    const text = textAt(grid, row, col);
    if (!text) continue;
    headers[col] = text;
    const role = roleOfHeader(text);
    if (role && columns[role] === undefined) columns[role] = col;
  }
  // Then the roles named only in a header's last words, for the roles no header named outright.
  const named = new Set(Object.values(columns));
  for (const [col, text] of Object.entries(headers)) {
    const role = named.has(Number(col)) ? null : roleOfHeaderEnd(text);
    if (role && columns[role] === undefined) columns[role] = Number(col);
  }
  return { row, columns, headers };
}

/**
 * How plainly a row heads an action table: the number of roles it names. It must name what
 * is done and how it is tracked; a short header ("Item | Action | Responsibility") counts
 * when the row has a third heading, and a savings table whose text column is headed
 * "Saving" counts when it names several ways of tracking.
 */
function score(grid: Grid, header: HeaderRow): number {
  const roles = Object.keys(header.columns) as Role[];
  const hasWhat = roles.some((r) => WHAT.has(r));
  const tracking = roles.filter((r) => TRACKING.has(r)).length;
  const cells = Object.keys(header.headers).length;
  const plain = hasWhat && tracking >= 1 && (roles.length >= 3 || (roles.length === 2 && cells >= 3));
  const tracked = !hasWhat && tracking + (roles.includes("savingsRag") ? 1 : 0) >= 2 && roles.length >= 3 && cells >= 4 && hasTextColumnBelow(grid, header);
  return plain || tracked ? roles.length : 0;
}

/** Some column under the header holds sentences: the actions a header without an action column leaves unnamed. */
function hasTextColumnBelow(grid: Grid, header: HeaderRow): boolean {
  return Object.keys(header.headers).some((c) => firstValuesBelow(grid, header.row, Number(c), 5).filter((t) => t.split(/\s+/).length >= 3).length >= 3);
}

/**
 * The header row: the row naming the most column roles. A title block or a board list above
 * the table names fewer, so the main table's header wins over them.
 */
export function findHeaderRow(grid: Grid): HeaderRow | null {
  let best: HeaderRow | null = null;
  let bestScore = 0;
  for (let row = 1; row <= rowCount(grid); row++) {
    // A cell names one role at most: a row with no more cells than the best so far cannot beat it.
    if (filledCount(grid, row) <= bestScore) continue;
    const candidate = mapRow(grid, row);
    const s = score(grid, candidate);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best && withSplitIdColumn(grid, best);
}

const ID_LIKE = /^[A-Z]{0,3}\s?\d{1,3}(\.\d{1,3})*[a-z]?\b/;

/**
 * "Recommendation" often heads two columns, the id ("R1") and its text: when the column the
 * header names holds ids and the next column has no header of its own, split them.
 */
function withSplitIdColumn(grid: Grid, header: HeaderRow): HeaderRow {
  const titleCol = header.columns.title;
  if (header.columns.id !== undefined || titleCol === undefined) return header;
  const next = titleCol + 1;
  if (header.headers[next] !== undefined) return header;
  const below = firstValuesBelow(grid, header.row, titleCol, 5);
  if (below.length === 0 || !below.every((t) => ID_LIKE.test(t) && t.length <= 12)) return header;
  return { ...header, columns: { ...header.columns, id: titleCol, title: next } };
}

function firstValuesBelow(grid: Grid, row: number, col: number, count: number): string[] {
  const found: string[] = [];
  for (let r = row + 1; r <= rowCount(grid) && found.length < count; r++) {
    const text = textAt(grid, r, col);
    if (text) found.push(text);
  }
  return found;
}

interface Wanted {
  texts: Set<string>;
  longest: number;
  /** The first character of each text (foldedInitial): a cell starting otherwise is told apart without folding it. */
  initials: Set<number>;
}

const wantedTexts = new WeakMap<HeaderRow, Wanted>();

/** The header's texts folded for matching, worked out once per header rather than once per row. */
function wantedOf(header: HeaderRow): Wanted {
  let wanted = wantedTexts.get(header);
  if (!wanted) {
    const texts = new Set(Object.values(header.headers).map(normaliseHeader).filter(Boolean));
    const initials = new Set([...texts].map((text) => text.charCodeAt(0)));
    wanted = { texts, longest: Math.max(0, ...[...texts].map((text) => text.length)), initials };
    wantedTexts.set(header, wanted);
  }
  return wanted;
}

/**
 * The cell's text folds to one of the header's. Ids, dates and names are most of a table's
 * short cells, and each id is a new text to fold: one whose first character no header text
 * starts with is not folded.
 */
function isWanted(text: string, wanted: Wanted): boolean {
  if (foldsLonger(text, wanted.longest)) return false;
  const initial = foldedInitial(text);
  if (initial !== UNKNOWN_INITIAL && !wanted.initials.has(initial)) return false;
  return wanted.texts.has(normaliseHeader(text));
}

/**
 * A row repeating the header (a page break in a pasted table), perhaps shifted by a cell:
 * most of the header's texts appear in it, in any column. `cells` are the row's filled cells.
 */
export function isRepeatedHeader(cells: FilledCells, header: HeaderRow): boolean {
  const wanted = wantedOf(header);
  const needed = Math.ceil(wanted.texts.size * 0.6);
  // Each cell gives at most one hit: a row with fewer cells than that (most rows) is not a header.
  const { texts } = cells;
  if (wanted.texts.size < 3 || texts.length < needed) return false;
  let misses = 0;
  for (const text of texts) {
    if (!isWanted(text, wanted) && texts.length - ++misses < needed) return false;
  }
  const seen = new Set(texts.map(normaliseHeader).filter(Boolean));
  let hits = 0;
  for (const text of seen) if (wanted.texts.has(text)) hits++;
  return hits >= needed && hits >= seen.size * 0.6;
}
