import { type Cell, type Grid, rawCellAt, textAt } from "../grid";
import type { Item, LogEntry, Located, OwnerValue, Step, StrayValue } from "../plan";
import { type DateContext, type DateRead, readDateCell, readDateText } from "../values/dates";
import { splitDateAndOwner } from "../values/date-owner";
import { type MoneyRead, readMoney } from "../values/money";
import { readOwners } from "../values/owners";
import { readStatus, statusInitials, type StatusRead } from "../values/progress-status";
import { type RagRead, readRag } from "../values/rag";
import { type HeaderRow, isRepeatedHeader } from "./header";
import { isLoneNumber, notItemRows } from "./not-items";
import { type FilledCells, filledCells, filledCount, filledOnlyAt, itemId, logId, singleSpaced } from "./row-text";
import { type LogColumns, type LogKind, logHeaderKind, readLogHeader, readLogRow, subTableStart } from "./sub-tables";

export interface TableRead {
  items: Item[];
  issues: LogEntry[];
  risks: LogEntry[];
  repeatedHeaders: Array<{ row: number; col: number }>;
  /** Numbers standing alone on a row that no item could take. */
  strayValues: StrayValue[];
}

export interface TableSource {
  grid: Grid;
  header: HeaderRow;
  dates: DateContext;
  savingUnit: number;
}

/** The table's source with what every row is asked against, found once from its header. */
interface ReadContext extends TableSource {
  /** The columns of the roles a step's cells are in (STEP_ROLES), in that order. */
  stepColumns: number[];
  /** The columns headed for when progress was checked and holding no role (tickedOff). */
  checkedColumns: number[];
  /** Items' owner values by their cell's text (itemOwnerValue). */
  ownerValues: Map<string, OwnerValue>;
}

/** Roles whose cells belong to a step (a row) rather than to the whole item. */
const STEP_ROLES = ["action", "update", "targetDate", "revisedDate", "dateAndOwner", "measure", "status"] as const;

const SECTION_WORD = /^(outcome|section|theme|objective|priority area|part|strand|workstream \d)\b/i;

/** Only where the words fall matters for a heading, not the locale. */
const ANY_LOCALE: DateContext = { locale: null, date1904: false };

/** A row that is only a month or a quarter ("May 2012", "Q1 2013/14"): a tracker's actions grouped by when they were agreed. */
function isPeriodHeading(text: string): boolean {
  if (text.length > 24) return false;
  const reads = readDateText(text, ANY_LOCALE);
  return reads.length === 1 && reads[0].kind === "date" && reads[0].precision !== "day";
}

function isSectionText(text: string): boolean {
  if (SECTION_WORD.test(text) || isPeriodHeading(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length >= 6 && letters === letters.toUpperCase() && /\s/.test(text.trim());
}

interface OpenItem {
  idText: string;
  section: string | null;
  firstRow: number;
  rows: number[];
  /** A saving typed alone on the row above the item (seed 004's "-2,100" above 2.1). */
  savingAbove?: number;
}

/** An Issues or Risks log being read; `columns` is null until its header row is met. */
interface OpenLog {
  kind: LogKind;
  columns: LogColumns | null;
}

/** A filled row below the header, with what the reader asks of its first cell. */
interface Line {
  row: number;
  cells: FilledCells;
  firstCol: number;
  firstText: string;
  /** The first cell is at the table's left edge, where titles, ids and headings stand. */
  leading: boolean;
}

/**
 * Reads the table below the header row: sections, items with their steps, the Issues and
 * Risks sub-tables, skipping blank rows, repeated headers and page footers.
 */
export function readTable(source: TableSource): TableRead {
  const { header } = source;
  return new TableReader({ ...source, stepColumns: stepColumnsOf(header), checkedColumns: checkedColumnsOf(header), ownerValues: new Map() }).read();
}

/**
 * The walk down the table, one row at a time. What a row is depends on the rows above it (the
 * open item, log or section, a caption just passed), so that state lives here; each kind of
 * row is told and taken by a method of its own, tried in the order of `readLine`.
 */
class TableReader {
  private readonly out: TableRead = { items: [], issues: [], risks: [], repeatedHeaders: [], strayValues: [] };
  private readonly firstRoleCol: number;
  private readonly skipped: Set<number>;
  private section: string | null = null;
  private open: OpenItem | null = null;
  private log: OpenLog | null = null;
  private stray: StrayValue | null = null;
  /** The row of a lone line that was no section (a caption), so a header under it can be told. */
  private caption: number | null = null;
  private otherTable = false;
  /** The first letters of the item ids read so far, upper-cased: what logAfterItems asks of every row. */
  private readonly idInitials = new Set<string>();

  constructor(private readonly ctx: ReadContext) {
    const { grid, header } = ctx;
    this.firstRoleCol = Math.min(...Object.values(header.columns).filter((c): c is number => c !== undefined));
    this.skipped = notItemRows(grid, header.row + 1, (row) => filledCells(grid, row));
  }

  read(): TableRead {
    const { grid, header } = this.ctx;
    for (let row = header.row + 1; row <= grid.rows.length; row++) {
      const cells = filledCells(grid, row);
      if (cells.cols.length > 0) this.readRow(row, cells);
    }
    this.close();
    this.settleStray(null);
    return this.out;
  }

  private readRow(row: number, cells: FilledCells): void {
    if (this.notItemRow(row, cells) || this.repeatedHeader(row, cells) || this.otherTableRow(row, cells)) return;
    const firstCol = cells.cols[0];
    this.readLine({ row, cells, firstCol, firstText: cells.texts[0], leading: firstCol <= this.firstRoleCol + 1 });
  }

  private readLine(line: Line): void {
    if (this.logRow(line) || this.strayRow(line) || this.loneLine(line) || this.numberedHeadingRow(line)) return;
    this.itemRow(line);
  }

  /** A page footer, a note or a row of totals: it ends the item above. */
  private notItemRow(row: number, cells: FilledCells): boolean {
    if (!this.skipped.has(row) && !isTotalsRow(this.ctx, row, cells)) return false;
    this.close();
    return true;
  }

  /** The header again, as printed at the top of each page: it ends any log and any other table. */
  private repeatedHeader(row: number, cells: FilledCells): boolean {
    if (!isRepeatedHeader(cells, this.ctx.header)) return false;
    // Point at the repeat's first cell: a header shifted one cell right (seed 000) starts in B.
    this.out.repeatedHeaders.push({ row, col: cells.cols[0] });
    this.log = null;
    this.otherTable = false;
    return true;
  }

  /** A second table under its own caption and header ("Explanation of At Risk Savings | Directorate | …"): not this plan's actions. */
  private otherTableRow(row: number, cells: FilledCells): boolean {
    const captioned = this.caption !== null && this.caption === previousFilledRow(this.ctx.grid, row);
    this.caption = null;
    if (!this.otherTable && !(captioned && this.afterItems() && !this.log && isOtherHeader(cells))) return false;
    this.close();
    this.otherTable = true;
    return true;
  }

  /** A row that opens an Issues or Risks log (its title, its header, or its first entry when it has neither) or belongs to the open one. */
  private logRow({ row, cells, firstCol, firstText, leading }: Line): boolean {
    const titled = leading ? subTableStart(firstText) : null;
    if (titled) return this.startLog({ kind: titled, columns: null });
    const headed = leading && !this.log && this.afterItems() ? logHeaderKind(cells) : null;
    if (headed) return this.startLog({ kind: headed, columns: readLogHeader(cells) });
    // A log with neither title nor header starts on its first entry, read below as one.
    const bare = leading && !this.log && this.afterItems() ? logAfterItems(this.ctx, this.idInitials, this.open, firstCol, firstText) : null;
    if (bare) this.startLog({ kind: bare, columns: logColumnsOf(this.ctx, firstCol) });
    return this.log !== null && this.logEntry(row, cells, this.log);
  }

  private startLog(log: OpenLog): true {
    this.close();
    this.log = log;
    return true;
  }

  /** The open log's header when it has none yet, else an entry; any other row ends the log and is read as the table's. */
  private logEntry(row: number, cells: FilledCells, log: OpenLog): boolean {
    if (!log.columns) {
      log.columns = readLogHeader(cells);
      if (log.columns) return true;
    } else {
      const entry = readLogRow(cells, row, log.columns, this.section);
      if (entry === "placeholder") return true;
      if (entry) {
        this.out[log.kind].push(entry);
        return true;
      }
    }
    this.log = null;
    return false;
  }

  /** A number alone on its row, held until the next item shows whether it is that item's saving. */
  private strayRow({ row, cells, firstCol, firstText }: Line): boolean {
    if (cells.cols.length !== 1 || itemId(firstText) || !isStrayNumber(this.ctx, row, firstCol)) return false;
    this.close();
    this.settleStray(null);
    this.stray = { row, col: firstCol, raw: firstText };
    return true;
  }

  /** One text alone at the left edge: a section heading, else a page footer, a note or a caption, never an action. */
  private loneLine({ row, cells, firstText, leading }: Line): boolean {
    // "Q1 2015/16" starts like an id ("Q1"), but alone on its row it names a quarter.
    if (cells.cols.length !== 1 || !leading || (itemId(firstText) && !isPeriodHeading(firstText))) return false;
    if (isSectionText(firstText)) this.startSection(firstText);
    else this.caption = row;
    return true;
  }

  private numberedHeadingRow({ row, cells }: Line): boolean {
    const heading = numberedHeading(this.ctx, row, cells);
    if (heading) this.startSection(heading);
    return heading !== null;
  }

  private startSection(name: string): void {
    this.close();
    this.settleStray(null);
    this.section = name;
  }

  /** A row of an item: the first of a new one when it has an id (or a title, where there are no ids), else one more of the open item's. */
  private itemRow({ row }: Line): void {
    const idText = idTextAt(this.ctx, row);
    if (startsItem(this.ctx, row, idText) || !this.open) {
      this.close();
      this.open = { idText, section: this.section, firstRow: row, rows: [row] };
      this.settleStray(this.open);
    } else this.open.rows.push(row);
  }

  private afterItems(): boolean {
    return this.out.items.length > 0 || this.open !== null;
  }

  private close(): void {
    if (this.open && !isBlankTemplate(this.ctx, this.open)) {
      const item = buildItem(this.ctx, this.open);
      this.out.items.push(item);
      this.idInitials.add(initialOf(item.id ?? ""));
    }
    this.open = null;
  }

  /** A lone number the item just opened cannot take is offered to the item before it, else reported. */
  private settleStray(next: OpenItem | null): void {
    const value = this.stray;
    if (!value) return;
    this.stray = null;
    const { columns } = this.ctx.header;
    if (next && value.col === columns.saving && !hasOwnSaving(this.ctx, next)) {
      next.savingAbove = value.row;
      return;
    }
    const before = this.out.items[this.out.items.length - 1];
    if (before && value.col === columns.saving && before.saving?.read.kind === "empty" && before.lastRow < value.row) {
      before.saving = readSaving(this.ctx, value.row, before.saving.col);
      return;
    }
    this.out.strayValues.push(value);
  }
}

/** The text of the row's id cell; "" when the plan has no id column. */
function idTextAt(ctx: ReadContext, row: number): string {
  const col = ctx.header.columns.id;
  return col === undefined ? "" : textAt(ctx.grid, row, col);
}

function previousFilledRow(grid: Grid, row: number): number | null {
  for (let r = row - 1; r >= 1; r--) if (filledCount(grid, r) > 0) return r;
  return null;
}

/** A header of another table: two or more short labels, no figures, none of them a date. */
function isOtherHeader(cells: FilledCells): boolean {
  return cells.texts.length >= 2 && cells.texts.every((text) => !/\d/.test(text.replace(/£'000|£k|\(£\)/gi, "")) && text.split(/\s+/).length <= 6);
}

/** "Total", "Sub-total", "Grand total" heading a row of sums. */
const TOTAL_LABEL = /^(grand |sub-?\s?)?totals?\b/i;

/**
 * A row of sums ("Total Health & Adult Social Care | 4,316"): labelled as a total, with no
 * owner and no deadline of its own. Read as a step it would join its sums to the item above.
 */
function isTotalsRow(ctx: ReadContext, row: number, cells: FilledCells): boolean {
  const { columns } = ctx.header;
  // A loop, not a slice and a callback: every row of the table is asked.
  let labelled = false;
  for (let i = 0; i < cells.texts.length && i < 3 && !labelled; i++) labelled = TOTAL_LABEL.test(cells.texts[i]);
  if (!labelled) return false;
  return [columns.owner, columns.targetDate, columns.dateAndOwner].every((col) => col === undefined || textAt(ctx.grid, row, col) === "");
}

/** A number alone on its row, outside the id and the step columns (where a lone value is a step's). */
function isStrayNumber(ctx: ReadContext, row: number, col: number): boolean {
  const { columns } = ctx.header;
  if (col === columns.id || STEP_ROLES.some((role) => columns[role] === col)) return false;
  return isLoneNumber(rawCellAt(ctx.grid, row, col));
}

/** An item whose rows hold nothing but its id: a numbered row of the template, never filled in. */
function isBlankTemplate(ctx: ReadContext, open: OpenItem): boolean {
  const idCol = ctx.header.columns.id;
  if (idCol === undefined || open.idText === "") return false;
  const { rows } = open;
  for (let i = 0; i < rows.length; i++) if (!filledOnlyAt(ctx.grid, rows[i], idCol)) return false;
  return true;
}

/** An id's first letter as upper-cased ids are compared: "r12" and "R12" share "R". */
function initialOf(id: string): string {
  return id.toUpperCase().charAt(0);
}

/**
 * An Issues or Risks row after the items with no line to introduce it ("R04 | Staffing |
 * J. Smith"): an id shaped as a log's (I01, R02) where no item so far used that letter.
 * `idInitials` are those of the items read so far: a register of risks numbered R1, R2, …
 * asks this on every row, and must not look through every item above each time.
 */
function logAfterItems(ctx: ReadContext, idInitials: Set<string>, open: OpenItem | null, col: number, text: string): LogKind | null {
  if (ctx.header.columns.id !== undefined && col !== ctx.header.columns.id) return null;
  const id = logId(text);
  if (!id) return null;
  const letter = id.charAt(0);
  if (idInitials.has(letter) || initialOf(open?.idText ?? "") === letter) return null;
  return letter === "R" ? "risks" : "issues";
}

/** The log's columns when it has no header of its own: the main table's text and owner columns. */
function logColumnsOf(ctx: ReadContext, idCol: number): LogColumns {
  const { columns } = ctx.header;
  const text = [columns.title, columns.action].find((c) => c !== undefined && c !== idCol) ?? idCol + 1;
  const action = columns.action !== undefined && columns.action !== text ? columns.action : undefined;
  return { id: idCol, text, owner: columns.owner, action };
}

/** Roles whose cells make a row an action rather than a heading: who, when, how it stands. */
const TRACKED_ROLES = ["owner", "targetDate", "revisedDate", "dateAndOwner", "saving", "actionRag", "savingsRag", "update", "priority"] as const;

/**
 * A numbered heading ("1 | Theme 1: Early help" above 1.1, 1.2): an id and one text, nothing
 * tracked, and the next id numbered under it. Read as an item it would raise an owner, a date
 * and a RAG finding for a row that is only a title.
 */
function numberedHeading(ctx: ReadContext, row: number, cells: FilledCells): string | null {
  const { grid, header } = ctx;
  const { columns } = header;
  if (columns.id === undefined || cells.cols.length !== 2 || cells.cols[0] !== columns.id) return null;
  const id = itemId(idTextAt(ctx, row));
  if (id === null) return null;
  if (TRACKED_ROLES.some((role) => columns[role] !== undefined && textAt(grid, row, columns[role]!) !== "")) return null;
  for (let next = row + 1; next <= grid.rows.length; next++) {
    const nextId = itemId(textAt(grid, next, columns.id));
    if (nextId === null) continue;
    if (!nextId.startsWith(`${id}.`)) return null;
    const text = cells.texts[1];
    return text.includes(id) ? text : `${id} ${text}`;
  }
  return null;
}

function startsItem(ctx: ReadContext, row: number, idText: string): boolean {
  const { columns } = ctx.header;
  if (columns.id !== undefined) return idText !== "";
  if (columns.title !== undefined) return textAt(ctx.grid, row, columns.title) !== "";
  return true;
}

/** The read of an empty cell: one object for every such cell of every item, since reads are never changed. */
const EMPTY = { kind: "empty" } as const;

function located<T>(row: number, col: number, raw: string, read: T): Located<T> {
  return { row, col, raw, read };
}

/**
 * Texts of one column over the item's rows, joined: continuation rows carry on a cell's text. With `repeatsOnce`, a text written again
 * on each of the item's rows (its owner beside each action) counts once.
 */
function joined(ctx: ReadContext, rows: number[], col: number | undefined, repeatsOnce = false): string {
  if (col === undefined) return "";
  if (rows.length === 1) return singleSpaced(textAt(ctx.grid, rows[0], col));
  // Most columns are filled on one of the item's rows only: their text is taken as it is.
  let i = 0;
  while (i < rows.length && !textAt(ctx.grid, rows[i], col)) i++;
  if (i === rows.length) return "";
  const first = textAt(ctx.grid, rows[i], col);
  let parts: string[] | null = null;
  for (i++; i < rows.length; i++) {
    const text = textAt(ctx.grid, rows[i], col);
    if (!text) continue;
    parts ??= [first];
    if (repeatsOnce && parts.includes(text)) continue;
    parts.push(text);
  }
  return singleSpaced(parts === null || parts.length === 1 ? first : parts.join(" "));
}

/** The first of the item's rows whose cell in `col` holds text; null when none does. */
function firstFilledRow(ctx: ReadContext, rows: number[], col: number): number | null {
  for (let i = 0; i < rows.length; i++) if (textAt(ctx.grid, rows[i], col)) return rows[i];
  return null;
}

function readItemRag(ctx: ReadContext, open: OpenItem, col: number | undefined): Located<RagRead> | null {
  if (col === undefined) return null;
  // Every row of the item, including rows that hold only a fill: a RAG is given once per item.
  for (let row = open.firstRow; row <= open.rows[open.rows.length - 1]; row++) {
    const cell = rawCellAt(ctx.grid, row, col);
    const read = readRag(cell);
    if (read.kind !== "empty") return located(row, col, cell.text.trim(), read);
  }
  return located(open.firstRow, col, "", EMPTY);
}

function readItemStatus(ctx: ReadContext, open: OpenItem): Located<StatusRead> | null {
  const col = ctx.header.columns.status;
  if (col === undefined) return null;
  const initials = statusInitials(ctx.header.headers[col] ?? "");
  const reads = open.rows.flatMap((row) => {
    const text = textAt(ctx.grid, row, col);
    return text ? [located(row, col, text, readStatus(text, initials))] : [];
  });
  // An item of several steps stands where its least advanced step stands.
  const unfinished = reads.find((r) => r.read.kind !== "status" || !r.read.done);
  return unfinished ?? reads[0] ?? located(open.firstRow, col, "", EMPTY);
}

function hasOwnSaving(ctx: ReadContext, open: OpenItem): boolean {
  const col = ctx.header.columns.saving;
  if (col === undefined) return false;
  // The item's rows are not all known when it opens: look down to the next row with an id.
  for (let row = open.firstRow; row <= ctx.grid.rows.length; row++) {
    if (row > open.firstRow && startsItem(ctx, row, idTextAt(ctx, row))) break;
    if (textAt(ctx.grid, row, col) !== "") return true;
  }
  return false;
}

function readSaving(ctx: ReadContext, row: number, col: number): Located<MoneyRead> {
  const cell = rawCellAt(ctx.grid, row, col);
  return located(row, col, cell.text.trim(), readMoney(cell, ctx.savingUnit));
}

function readItemSaving(ctx: ReadContext, open: OpenItem): Located<MoneyRead> | null {
  const col = ctx.header.columns.saving;
  if (col === undefined) return null;
  // Its filled rows, counted in a loop: every item is asked, and most have one such row.
  const { rows } = open;
  let first = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (textAt(ctx.grid, rows[i], col) === "") continue;
    if (count++ === 0) first = rows[i];
  }
  if (count === 0 && open.savingAbove !== undefined) return readSaving(ctx, open.savingAbove, col);
  if (count === 0) return located(open.firstRow, col, "", EMPTY);
  // A number typed in one cell keeps its value; prose broken over rows is read as one text.
  const cell: Cell = count === 1 ? rawCellAt(ctx.grid, first, col) : proseCell(joined(ctx, open.rows, col));
  return located(first, col, cell.text.trim(), readMoney(cell, ctx.savingUnit));
}

function proseCell(text: string): Cell {
  return { value: text, text };
}

function ownerValue(text: string): OwnerValue {
  const read = readOwners(text);
  if (read.kind === "owners") return { owners: read.owners, placeholder: false };
  return { owners: [], placeholder: read.kind === "placeholder" };
}

/**
 * The owner value of an item's owner cell, one for each text the table's owner cells hold: a
 * plan names the same few owners on thousands of items, and an item's value is never changed.
 */
function itemOwnerValue(ctx: ReadContext, text: string): OwnerValue {
  let value = ctx.ownerValues.get(text);
  if (value === undefined) ctx.ownerValues.set(text, (value = ownerValue(text)));
  return value;
}

function buildItem(ctx: ReadContext, open: OpenItem): Item {
  const { columns } = ctx.header;
  const title = joined(ctx, open.rows, columns.title);
  const actionRag = readItemRag(ctx, open, columns.actionRag);
  const status = readItemStatus(ctx, open);
  // A Blue item is complete, and so is one whose status says so, whatever its steps' dates say.
  const blue = (actionRag?.read.kind === "rag" && actionRag.read.rag === "blue") || (status?.read.kind === "status" && status.read.done);
  const steps = withRevisionsJoined(stepsOfRows(ctx, open.rows, blue));
  let ownerCell: Located<OwnerValue> | null;
  if (columns.owner !== undefined) {
    const owner = joined(ctx, open.rows, columns.owner, true);
    ownerCell = located(firstFilledRow(ctx, open.rows, columns.owner) ?? open.firstRow, columns.owner, owner, itemOwnerValue(ctx, owner));
  } else ownerCell = ownerFromDateCells(ctx, open);
  return {
    id: itemId(open.idText) ?? (open.idText || null),
    row: open.firstRow,
    lastRow: open.rows[open.rows.length - 1],
    section: open.section,
    title: title || steps[0]?.text || "",
    owner: ownerCell,
    saving: readItemSaving(ctx, open),
    priority: joined(ctx, open.rows, columns.priority) || null,
    actionRag,
    savingsRag: readItemRag(ctx, open, columns.savingsRag),
    status,
    financeManager: joined(ctx, open.rows, columns.financeManager) || null,
    steps,
  };
}

/** The steps of the item's rows, in row order; all done when the item is (`itemDone`). */
function stepsOfRows(ctx: ReadContext, rows: number[], itemDone: boolean): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < rows.length; i++) readSteps(ctx, rows[i], itemDone, steps);
  // Grown a step at a time, the list has room for 16 or more; the plan holds it to the end of the run, so it is kept at its length.
  return steps.slice();
}

/**
 * A row that holds only a revised date ("Revised Timescale Oct 2002" under the step it
 * moves) revises the step above it rather than being a step of its own.
 */
function withRevisionsJoined(steps: Step[]): Step[] {
  // Most items have no such row: their steps are kept as read.
  let any = false;
  for (let i = 1; i < steps.length && !any; i++) any = revisionOnly(steps[i], steps[i - 1]);
  if (!any) return steps;
  const out: Step[] = [];
  for (const step of steps) {
    const before = out[out.length - 1];
    if (before && revisionOnly(step, before) && before.revised === null) out[out.length - 1] = { ...before, revised: step.revised, done: before.done || step.done };
    else out.push(step);
  }
  return out;
}

function revisionOnly(step: Step, before: Step): boolean {
  return step.target === null && step.revised !== null && step.update === "" && (step.text === "" || step.text === before.text);
}

/** Seed 002's layout: the owners are the text after each date in the "date and owner" cells. */
function ownerFromDateCells(ctx: ReadContext, open: OpenItem): Located<OwnerValue> | null {
  const col = ctx.header.columns.dateAndOwner;
  if (col === undefined) return null;
  const names: string[] = [];
  let placeholder = false;
  for (const row of open.rows) {
    for (const part of splitDateAndOwner(textAt(ctx.grid, row, col))) {
      if (!part.ownerText) continue;
      const value = ownerValue(part.ownerText);
      placeholder ||= value.placeholder;
      for (const name of value.owners) if (!names.includes(name)) names.push(name);
    }
  }
  const raw = joined(ctx, open.rows, col);
  return located(open.firstRow, col, raw, { owners: names, placeholder: placeholder && names.length === 0 });
}

/** No dates: what most rows' revised date cells give. Shared, so never changed. */
const NO_DATES: ReadonlyArray<Located<DateRead>> = [];

function dateCell(ctx: ReadContext, row: number, col: number | undefined): ReadonlyArray<Located<DateRead>> {
  if (col === undefined) return NO_DATES;
  const cell = rawCellAt(ctx.grid, row, col);
  const raw = cell.text.trim();
  if (!raw && cell.value === null) return NO_DATES;
  const reads = readDateCell(cell, ctx.dates);
  return reads.length === 1 ? [located(row, col, raw, reads[0])] : reads.map((read) => located(row, col, raw, read));
}

function isDone(read: DateRead | undefined): boolean {
  return read?.kind === "marker" && read.marker === "done";
}

/** Progress that opens with "Achieved" or "Complete" reports the action done (seed 002). */
const DONE_UPDATE = /^(achieved|completed?|done)\b/i;

/**
 * A date cell that opens with "Complete" says the step is done even when it also gives the
 * date it was done on ("Complete (Mar 16)", "Completed March 2016"); "Complete by Jun 17" is a
 * deadline still to meet.
 */
const DONE_DATE_CELL = /^(achieved|completed?|done)\b(?!\s+by\b)/i;

function saysDone(cell: Located<DateRead> | null): boolean {
  return cell !== null && (isDone(cell.read) || DONE_DATE_CELL.test(cell.raw));
}

/**
 * Two days in one date cell beside a single action ("13.09.2023" then "08.11.2023" below
 * it), the later last: the deadline was moved on to a later meeting and the old one kept, as
 * board trackers do. Beside several actions the dates are theirs, in order; and two months
 * ("May 2010 July 2010") are a schedule's milestones, one for each stage of the action.
 */
function movedOn(targets: ReadonlyArray<Located<DateRead>>, action: string): boolean {
  if (targets.length !== 2 || action.split("\n").filter((line) => line.trim() !== "").length > 1) return false;
  const [first, second] = targets.map((t) => t.read);
  if (first?.kind !== "date" || second?.kind !== "date") return false;
  return first.precision === "day" && second.precision === "day" && second.date > first.date;
}

/** A tick mark on its own: "✓", "✔", "☑", "√". */
const TICK = /^[✓✔☑√]$/;

/** A header for when progress was checked: a meeting ("05/6 Mtg", "Board meeting"), a review or a "Done" column. */
const CHECKED_HEADER = /\b(mtg|meeting|review|done|completed?|achieved|signed off)\b|^\d{1,2}\/\d{1,2}\b/i;

/**
 * A schedule that ticks an action off at the meeting it was reported done ("✓" under
 * "12/6 Mtg"): the tick says done. A tick in any other column (which services it touches)
 * says nothing about progress.
 */
function tickedOff(ctx: ReadContext, row: number): boolean {
  const checked = ctx.checkedColumns;
  return checked.length > 0 && checked.some((col) => TICK.test(textAt(ctx.grid, row, col)));
}

/** The columns headed for when progress was checked and holding no role. */
function checkedColumnsOf(header: HeaderRow): number[] {
  const roleCols = new Set(Object.values(header.columns));
  return Object.keys(header.headers)
    .map(Number)
    .filter((col) => !roleCols.has(col) && CHECKED_HEADER.test(header.headers[col] ?? ""));
}

function stepColumnsOf(header: HeaderRow): number[] {
  const found: number[] = [];
  for (const role of STEP_ROLES) {
    const col = header.columns[role];
    if (col !== undefined) found.push(col);
  }
  return found;
}

/** Some cell of a step's own columns is filled in on the row. An indexed loop: every row of every item is asked. */
function hasStep(ctx: ReadContext, row: number): boolean {
  const cols = ctx.stepColumns;
  for (let i = 0; i < cols.length; i++) if (textAt(ctx.grid, row, cols[i]) !== "") return true;
  return false;
}

/**
 * The steps on one row, added to `out`: usually one; several when a date cell holds several
 * dates ("May 2010 July 2010"), which belong to the cell's actions in order.
 */
function readSteps(ctx: ReadContext, row: number, itemDone: boolean, out: Step[]): void {
  const { grid, header } = ctx;
  const { columns } = header;
  if (!hasStep(ctx, row)) return;
  const text = textAt(grid, row, columns.action ?? columns.title ?? 0);
  const update = columns.update === undefined ? "" : textAt(grid, row, columns.update);
  let targets = dateCell(ctx, row, columns.targetDate);
  let revised = dateCell(ctx, row, columns.revisedDate);
  if (columns.dateAndOwner !== undefined) {
    const col = columns.dateAndOwner;
    const raw = textAt(grid, row, col);
    const parts = splitDateAndOwner(raw).filter((p) => p.dateText || p.revisedText);
    targets = parts.flatMap((p) => (p.dateText ? readDateText(p.dateText, ctx.dates).map((read) => located(row, col, raw, read)) : []));
    revised = parts.flatMap((p) => (p.revisedText ? readDateText(p.revisedText, ctx.dates).map((read) => located(row, col, raw, read)) : []));
  }
  const statusText = columns.status === undefined ? "" : textAt(grid, row, columns.status);
  // A blank status cell (every row of a plan without the column) says nothing: it is not read.
  const statusRead = statusText === "" ? null : readStatus(statusText, columns.status === undefined ? null : statusInitials(header.headers[columns.status] ?? ""));
  const statusSaysDone = (statusRead?.kind === "status" && statusRead.done) || tickedOff(ctx, row);
  if (revised.length === 0 && movedOn(targets, text)) {
    revised = targets.slice(-1);
    targets = targets.slice(0, 1);
  }
  const alsoDone = itemDone || DONE_UPDATE.test(update) || statusSaysDone;
  out.push(stepOf(row, text, update, targets[0] ?? null, revised[0] ?? null, alsoDone));
  for (let i = 1; i < Math.max(targets.length, revised.length); i++) out.push(stepOf(row, text, update, targets[i] ?? null, revised[i] ?? null, alsoDone));
}

function stepOf(row: number, text: string, update: string, target: Located<DateRead> | null, revised: Located<DateRead> | null, alsoDone: boolean): Step {
  return { row, text, update, target, revised, done: saysDone(target) || saysDone(revised) || alsoDone };
}
