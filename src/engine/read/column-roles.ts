import { type Grid, rawCellAt, rowCount } from "../grid";
import type { ColumnChoices, Columns, Role } from "../plan";
import { type DateContext, readDateCell } from "../values/dates";
import { readMoney } from "../values/money";
import { splitDateAndOwner } from "../values/date-owner";
import { namesOwners } from "../values/owners";
import { readStatus, statusInitials } from "../values/progress-status";
import { readRag } from "../values/rag";
import { normaliseHeader, PAST_DATE, roleOfHeader } from "./columns";
import type { HeaderRow } from "./header";
import { itemId } from "./row-text";

/** Rows below the header looked at to tell what a column holds: enough to judge, few enough to be quick. */
const SAMPLE_ROWS = 300;

/** The rows below the header that are looked at: the first SAMPLE_ROWS, fewer when the sheet ends sooner. */
function sampleRows(grid: Grid, header: HeaderRow): number[] {
  const last = Math.min(rowCount(grid), header.row + SAMPLE_ROWS);
  return Array.from({ length: Math.max(0, last - header.row) }, (_, i) => header.row + 1 + i);
}

interface WordCounts {
  owners: number;
  statuses: number;
  rags: number;
  /** Cells of three words or more: what is to be done, not a code or a name. */
  sentences: number;
}

/**
 * What a column's filled cells below the header hold, as counts of them. Its dates and amounts
 * are counted at once; the kinds of words in it (owners, statuses, RAGs, sentences), the costlier
 * to tell, when first asked: most columns weighed are the date columns, asked only for dates.
 */
class Profile {
  filled = 0;
  dates = 0;
  money = 0;
  /** Each row's date (its deadline, the end of its period), for comparing two date columns row by row. */
  readonly dateByRow = new Map<number, string>();
  private wordCounts: WordCounts | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly header: HeaderRow,
    private readonly col: number,
    dates: DateContext,
  ) {
    for (const row of sampleRows(grid, header)) {
      const cell = rawCellAt(grid, row, col);
      if (cell.text.trim() === "" && cell.value === null) continue;
      this.filled++;
      const read = readDateCell(cell, dates)[0];
      if (read?.kind === "date") {
        this.dates++;
        this.dateByRow.set(row, read.date);
      } else if (read?.kind === "marker") this.dates++;
      const money = readMoney(cell, 1).kind;
      if (money === "money" || money === "none") this.money++;
    }
  }

  get owners(): number {
    return this.words().owners;
  }

  get statuses(): number {
    return this.words().statuses;
  }

  get rags(): number {
    return this.words().rags;
  }

  get sentences(): number {
    return this.words().sentences;
  }

  private words(): WordCounts {
    if (this.wordCounts) return this.wordCounts;
    const counts: WordCounts = { owners: 0, statuses: 0, rags: 0, sentences: 0 };
    for (const row of sampleRows(this.grid, this.header)) {
      const cell = rawCellAt(this.grid, row, this.col);
      const text = cell.text.trim();
      if (text === "" && cell.value === null) continue;
      const owners = namesOwners(text);
      if (owners) counts.owners++;
      if (readStatus(text).kind === "status") counts.statuses++;
      if (readRag(cell).kind === "rag") counts.rags++;
      if (!owners && text.split(/\s+/).length >= 3) counts.sentences++;
    }
    return (this.wordCounts = counts);
  }
}

const share = (count: number, p: Profile) => (p.filled === 0 ? 0 : count / p.filled);

/** Words in a header that lean towards a role without naming it outright ("Lead Officer/EM", "Exec Date"). */
const HINTS: Partial<Record<Role, RegExp>> = {
  owner: /\b(lead|leads|owner|owners|officer|officers|responsible|responsibility|accountable|who)\b/,
  targetDate: /\b(date|due|deadline|timescales?|when)\b/,
  status: /\bstatus\b/,
  actionRag: /\b(rag|brag)\b/,
};

/**
 * A date of something that already happened (raised, agreed, done), never the deadline; when
 * columns are weighed by what they hold, a review date ("Review date") is set aside too.
 */
const PAST_OR_REVIEW_DATE = new RegExp(`${PAST_DATE.source}|\\b(complete|review|reviewed)\\b`);

function hinted(role: Role, header: string): boolean {
  const folded = normaliseHeader(header);
  if (role === "targetDate" && PAST_OR_REVIEW_DATE.test(folded) && !/\b(due|deadline|target)\b/.test(folded)) return false;
  return HINTS[role]?.test(folded) ?? false;
}

interface Chooser {
  grid: Grid;
  header: HeaderRow;
  dates: DateContext;
  profiles: Map<number, Profile>;
}

function profileOf(ch: Chooser, col: number): Profile {
  let p = ch.profiles.get(col);
  if (!p) ch.profiles.set(col, (p = new Profile(ch.grid, ch.header, col, ch.dates)));
  return p;
}

/**
 * The column roles, from the header's words and what each column holds, with the runner-up
 * for each role kept so the user can see what else was close:
 * - a "Status" column of status words (Complete, Ongoing, Paused) is a status, not a RAG;
 * - of two date columns that could be the deadline, the one whose dates are mostly later
 *   is ("Date" the recommendation was made, "Exec Date" when it is due);
 * - with no column named for the owner, a column headed with an owner's word ("Lead
 *   Officer/EM") or holding names and initials is taken.
 */
export function chooseColumns(grid: Grid, header: HeaderRow, dates: DateContext): { columns: Columns; choices: ColumnChoices } {
  const ch: Chooser = { grid, header, dates, profiles: new Map() };
  const columns: Columns = { ...header.columns };
  const choices: ColumnChoices = {};
  dropDatesHoldingMoney(ch, columns);
  chooseParentId(ch, columns, choices);
  chooseTitle(ch, columns, choices);
  chooseStatus(ch, columns, choices);
  chooseTargetDate(ch, columns, choices);
  chooseDateAndOwner(ch, columns, choices);
  chooseOwner(ch, columns, choices);
  for (const [role, col] of Object.entries(columns) as Array<[Role, number | undefined]>) {
    if (col !== undefined) choices[role] ??= { taken: col, runnerUp: runnerUp(ch, columns, role, col) };
  }
  return { columns, choices };
}

/**
 * Two columns of ids, the first giving the item ("AFI 1", merged down its rows) and the
 * second numbering its actions under it ("1.1", "1.2"): the item is the first's, and the
 * numbered rows are its steps. Read by the second alone, each action would be an item.
 */
function chooseParentId(ch: Chooser, columns: Columns, choices: ColumnChoices): void {
  const child = columns.id;
  if (child === undefined) return;
  const used = taken(columns);
  for (const col of headerCols(ch)) {
    if (col >= child || used.has(col)) continue;
    if (numbersUnder(ch, col, child)) {
      columns.id = col;
      choices.id = { taken: col, runnerUp: child };
      return;
    }
  }
}

/** True when every id of `child` starts with the id last given in `parent`, and parents are fewer. */
function numbersUnder(ch: Chooser, parent: number, child: number): boolean {
  let current: string | null = null;
  let parents = 0;
  let children = 0;
  for (const row of sampleRows(ch.grid, ch.header)) {
    const parentText = rawCellAt(ch.grid, row, parent).text.trim();
    if (parentText !== "") {
      current = itemId(parentText);
      if (current === null || current !== parentText.replace(/\.$/, "")) return false;
      parents++;
    }
    const childText = rawCellAt(ch.grid, row, child).text.trim();
    if (childText === "") continue;
    const childId = itemId(childText);
    if (current === null || childId === null || !childId.startsWith(`${current}.`)) return false;
    children++;
  }
  return parents >= 2 && children > parents;
}

function headerCols(ch: Chooser): number[] {
  return Object.keys(ch.header.headers).map(Number);
}

function taken(columns: Columns): Set<number> {
  return new Set(Object.values(columns).filter((c): c is number => c !== undefined));
}

/** A column the header or the role's own words name, and which holds what the role holds. */
function runnerUp(ch: Chooser, columns: Columns, role: Role, chosen: number): number | null {
  const used = taken(columns);
  for (const col of headerCols(ch)) {
    if (col === chosen || used.has(col)) continue;
    const text = ch.header.headers[col] ?? "";
    if (hinted(role, text) && holds(role, profileOf(ch, col))) return col;
  }
  return null;
}

function holds(role: Role, p: Profile): boolean {
  switch (role) {
    case "owner":
    case "financeManager":
      return share(p.owners, p) >= 0.5;
    case "targetDate":
    case "revisedDate":
      return share(p.dates, p) >= 0.5;
    case "status":
      return share(p.statuses, p) >= 0.5;
    case "actionRag":
    case "savingsRag":
      return share(p.rags, p) >= 0.5;
    default:
      return true;
  }
}

/**
 * A column headed "Status" is the RAG when it holds RAG words, and a status when it holds
 * status words; a plan with both keeps each apart.
 */
function chooseStatus(ch: Chooser, columns: Columns, choices: ColumnChoices): void {
  proseStatusAsUpdate(ch, columns);
  const ragCol = columns.actionRag;
  if (ragCol !== undefined && holdsStatusWords(ch, ragCol)) {
    delete columns.actionRag;
    columns.status = ragCol;
    const rag = headerCols(ch).find((col) => col !== ragCol && roleOfHeader(ch.header.headers[col] ?? "") === "actionRag" && !holdsStatusWords(ch, col));
    if (rag !== undefined) columns.actionRag = rag;
  }
  if (columns.status === undefined) {
    const used = taken(columns);
    const col = headerCols(ch).find((c) => !used.has(c) && hinted("status", ch.header.headers[c] ?? "") && holdsStatusWords(ch, c));
    if (col !== undefined) columns.status = col;
  }
  if (columns.status === undefined) {
    const used = taken(columns);
    const col = headerCols(ch).find((c) => !used.has(c) && holdsStatusInitials(ch, c));
    if (col !== undefined) columns.status = col;
  }
  if (columns.status !== undefined) choices.status = { taken: columns.status, runnerUp: null };
}

/** One-letter statuses ("O", "C") under a header that lists what they stand for ("Open/ Close"). */
function holdsStatusInitials(ch: Chooser, col: number): boolean {
  const initials = statusInitials(ch.header.headers[col] ?? "");
  if (initials === null) return false;
  let filled = 0;
  let letters = 0;
  for (const row of sampleRows(ch.grid, ch.header)) {
    const text = rawCellAt(ch.grid, row, col).text.trim();
    if (text === "") continue;
    filled++;
    if (readStatus(text, initials).kind === "status") letters++;
  }
  return filled >= 2 && letters >= filled * 0.8;
}

/**
 * A "Status" column written as prose ("Item not due yet", "Verbal update to be provided")
 * is the update, not a RAG that every row gets wrong.
 */
function proseStatusAsUpdate(ch: Chooser, columns: Columns): void {
  const col = columns.actionRag;
  if (col === undefined || hinted("actionRag", ch.header.headers[col] ?? "")) return;
  const p = profileOf(ch, col);
  if (p.filled === 0 || share(p.rags, p) >= 0.3 || share(p.statuses, p) >= 0.5 || share(p.sentences, p) < 0.5) return;
  delete columns.actionRag;
  columns.update ??= col;
}

/** Status words rather than RAG words, in a column not named for its RAG. */
function holdsStatusWords(ch: Chooser, col: number): boolean {
  if (hinted("actionRag", ch.header.headers[col] ?? "")) return false;
  const p = profileOf(ch, col);
  return p.statuses > p.rags && share(p.statuses, p) >= 0.5;
}

/** A date role whose column holds amounts ("Forecast Variance £k": 0, -202) is no date column. */
function dropDatesHoldingMoney(ch: Chooser, columns: Columns): void {
  for (const role of ["targetDate", "revisedDate"] as const) {
    const col = columns[role];
    if (col === undefined) continue;
    const p = profileOf(ch, col);
    if (p.filled > 0 && share(p.dates, p) < 0.2 && share(p.money, p) >= 0.5) delete columns[role];
  }
}

/**
 * A table that names no title or action column (a savings tracker whose text column is
 * headed "Saving") takes its column of sentences as the title; a saving column that held
 * those sentences gives way to a column of amounts headed for money.
 */
function chooseTitle(ch: Chooser, columns: Columns, choices: ColumnChoices): void {
  if (columns.title !== undefined || columns.action !== undefined) return;
  // A column the header plainly gives another role (Comment, Owner) keeps it; only a saving or no role gives way.
  const held = new Set(Object.entries(columns).flatMap(([role, col]) => (role === "saving" || col === undefined ? [] : [col])));
  const best = headerCols(ch)
    .filter((col) => !held.has(col))
    .map((col) => ({ col, p: profileOf(ch, col) }))
    .filter(({ p }) => share(p.sentences, p) >= 0.5 && p.money < p.sentences)
    .sort((a, b) => share(b.p.sentences, b.p) - share(a.p.sentences, a.p) || a.col - b.col)[0];
  if (!best) return;
  for (const [role, col] of Object.entries(columns) as Array<[Role, number | undefined]>) if (col === best.col) delete columns[role];
  columns.title = best.col;
  choices.title = { taken: best.col, runnerUp: null };
  if (columns.saving !== undefined) return;
  const used = taken(columns);
  const money = headerCols(ch).find((col) => !used.has(col) && MONEY_HEADER.test(normaliseHeader(ch.header.headers[col] ?? "") + " " + (ch.header.headers[col] ?? "")) && share(profileOf(ch, col).money, profileOf(ch, col)) >= 0.5);
  if (money !== undefined) columns.saving = money;
}

/** A header for an amount of money: "Target 2024/25 (£)", "Saving £k", "Budget". */
const MONEY_HEADER = /£|\b(savings?|target|budget|value|amount|plan)\b/i;

/** Of two date columns, how often the second's date is later on the rows both fill. */
function laterShare(a: Profile, b: Profile): { later: number; shared: number } {
  let later = 0;
  let shared = 0;
  for (const [row, date] of a.dateByRow) {
    const other = b.dateByRow.get(row);
    if (other === undefined) continue;
    shared++;
    if (other > date) later++;
  }
  return { later, shared };
}

function chooseTargetDate(ch: Chooser, columns: Columns, choices: ColumnChoices): void {
  const current = columns.targetDate;
  if (current === undefined) return;
  const used = taken(columns);
  const base = profileOf(ch, current);
  for (const col of headerCols(ch)) {
    if (col === current || used.has(col) || !hinted("targetDate", ch.header.headers[col] ?? "")) continue;
    const p = profileOf(ch, col);
    if (!holds("targetDate", p)) continue;
    const { later, shared } = laterShare(base, p);
    // Most rows, not all: a deadline met early or a date typed wrong does not undo the pattern.
    if (shared >= 2 && later >= shared * 0.7) {
      columns.targetDate = col;
      choices.targetDate = { taken: col, runnerUp: current };
      return;
    }
  }
}

/**
 * With no owner column, a date column whose cells go on to name who ("October 2001 C-QuAS
 * Service Manager") holds both, and is read as such.
 */
function chooseDateAndOwner(ch: Chooser, columns: Columns, choices: ColumnChoices): void {
  const col = columns.targetDate;
  if (col === undefined || columns.owner !== undefined || columns.dateAndOwner !== undefined) return;
  let filled = 0;
  let both = 0;
  for (const row of sampleRows(ch.grid, ch.header)) {
    const text = rawCellAt(ch.grid, row, col).text.trim();
    if (!text) continue;
    filled++;
    if (splitDateAndOwner(text).some((p) => (p.dateText || p.revisedText) && p.ownerText && namesOwners(p.ownerText))) both++;
  }
  if (filled === 0 || both < filled * 0.5) return;
  delete columns.targetDate;
  columns.dateAndOwner = col;
  choices.dateAndOwner = { taken: col, runnerUp: null };
}

function chooseOwner(ch: Chooser, columns: Columns, choices: ColumnChoices): void {
  if (columns.owner !== undefined || columns.dateAndOwner !== undefined) return;
  const used = taken(columns);
  const candidates = headerCols(ch)
    .filter((col) => !used.has(col))
    .map((col) => {
      const p = profileOf(ch, col);
      const hint = hinted("owner", ch.header.headers[col] ?? "");
      return { col, hint, share: share(p.owners, p), filled: p.filled };
    })
    // Named for its owner and mostly names; or, with no word to go by, names all but throughout.
    .filter((c) => c.filled > 0 && (c.hint ? c.share >= 0.5 : c.share >= 0.8))
    .sort((a, b) => Number(b.hint) - Number(a.hint) || b.share - a.share || a.col - b.col);
  const [first, second] = candidates;
  if (!first) return;
  columns.owner = first.col;
  choices.owner = { taken: first.col, runnerUp: second?.col ?? null };
}
