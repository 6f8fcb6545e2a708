import { address } from "../grid";
import type { Item, Located, Step } from "../plan";
import { type DateContext, type DateRead, inYear, readDateText, type YearSource } from "../values/dates";

type Yearless = Extract<DateRead, { problem: "no-year" }>;

/** How far, in months, a yearless date may sit from a nearby date or the reporting date and still take its year. */
const NEAR_MONTHS = 6;
/** Rows a nearby full date may be from the yearless one. */
const NEAR_ROWS = 15;

/**
 * Gives a year to dates written without one ("14 Aug", "June"), from what a reader would
 * look at, in this order: the section heading they sit under ("May 2012": actions agreed
 * then fall due in the months after), a full date written near them in the same column,
 * the sheet's reporting date, the as-of date the user chose (never today's: the clock says
 * nothing about a plan). Where none settles it, the date stays yearless and is
 * reported; a guess would make a deadline up.
 */
export function resolveYears(items: Item[], reportingDate: Located<DateRead> | null, ctx: DateContext, asOf?: string): Item[] {
  // Gathered only when a yearless date needs them: most plans have none.
  let full: FullDatesByColumn | null = null;
  const resolve = (cell: Located<DateRead> | null, section: string | null): Located<DateRead> | null => {
    if (cell?.read.kind !== "unreadable" || cell.read.problem !== "no-year") return cell;
    const read = cell.read;
    const found = fromSection(read, section, ctx) ?? fromNearby(read, cell, (full ??= fullDates(items))) ?? fromReportingDate(read, reportingDate) ?? fromAsOf(read, asOf);
    return found ? { ...cell, read: inYear(read, found.year, found.source) } : cell;
  };
  return items.map((item) => {
    if (!item.steps.some((s) => isYearless(s.target) || isYearless(s.revised))) return item;
    const steps = item.steps.map((s): Step => ({ ...s, target: resolve(s.target, item.section), revised: resolve(s.revised, item.section) }));
    return { ...item, steps };
  });
}

function isYearless(cell: Located<DateRead> | null): boolean {
  return cell?.read.kind === "unreadable" && cell.read.problem === "no-year";
}

interface Found {
  year: number;
  source: YearSource;
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/**
 * A section named for a month or quarter ("May 2012", "Q1 2013/14") holds actions agreed
 * then: a yearless deadline under it falls in the twelve months from its start.
 */
function fromSection(read: Yearless, section: string | null, ctx: DateContext): Found | null {
  if (!section) return null;
  const [period] = readDateText(section, ctx);
  if (period?.kind !== "date" || period.precision === "day") return null;
  const [startYear, startMonth] = period.start.split("-").map(Number);
  const [endYear, endMonth] = period.date.split("-").map(Number);
  const source: YearSource = { from: "section", text: section, cell: null };
  // A section that is a whole year or financial year names the year outright.
  if (period.precision === "year" || period.precision === "financial-year") {
    const years = [startYear, endYear].filter((y) => inPeriod(monthIndex(y, read.month), startYear, startMonth, endYear, endMonth));
    return years.length === 1 ? { year: years[0], source } : null;
  }
  const anchor = monthIndex(startYear, startMonth);
  const years = [startYear - 1, startYear, startYear + 1].filter((y) => {
    const offset = monthIndex(y, read.month) - anchor;
    return offset >= 0 && offset <= 11;
  });
  return years.length === 1 ? { year: years[0], source } : null;
}

function inPeriod(index: number, startYear: number, startMonth: number, endYear: number, endMonth: number): boolean {
  return index >= monthIndex(startYear, startMonth) && index <= monthIndex(endYear, endMonth);
}

/** The year that puts the date nearest the anchor, within six months; none when two are as near. */
function nearestYear(read: Yearless, anchorIso: string): number | null {
  const [ay, am] = anchorIso.split("-").map(Number);
  const anchor = monthIndex(ay, am);
  const near = [ay - 1, ay, ay + 1]
    .map((y) => ({ y, distance: Math.abs(monthIndex(y, read.month) - anchor) }))
    .filter((c) => c.distance <= NEAR_MONTHS)
    .sort((a, b) => a.distance - b.distance);
  if (near.length === 0 || (near.length > 1 && near[0].distance === near[1].distance)) return null;
  return near[0].y;
}

interface FullDate {
  row: number;
  col: number;
  raw: string;
  date: string;
}

/**
 * The step dates that have a year, per column and in row order (rows told apart in the order
 * the steps were read): a plan of many yearless dates looks only a few rows each way from
 * each, never through every date of the plan.
 */
type FullDatesByColumn = Map<number, FullDate[]>;

function fullDates(items: Item[]): FullDatesByColumn {
  const byColumn: FullDatesByColumn = new Map();
  for (const item of items) {
    for (const cell of item.steps.flatMap((s) => [s.target, s.revised])) {
      if (cell?.read.kind !== "date") continue;
      let column = byColumn.get(cell.col);
      if (!column) byColumn.set(cell.col, (column = []));
      column.push({ row: cell.row, col: cell.col, raw: cell.raw, date: cell.read.date });
    }
  }
  for (const column of byColumn.values()) column.sort((a, b) => a.row - b.row);
  return byColumn;
}

/** The dates of `column` (in row order) from `from` to `to`, inclusive. */
function datesInRows(column: FullDate[], from: number, to: number): FullDate[] {
  let low = 0;
  let high = column.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (column[mid].row < from) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < column.length && column[end].row <= to) end++;
  return column.slice(low, end);
}

/** A full date typed in the same column a few rows away ("17.7.12" above "14 Aug"). */
function fromNearby(read: Yearless, cell: Located<DateRead>, full: FullDatesByColumn): Found | null {
  const nearest = datesInRows(full.get(cell.col) ?? [], cell.row - NEAR_ROWS, cell.row + NEAR_ROWS).sort(
    (a, b) => Math.abs(a.row - cell.row) - Math.abs(b.row - cell.row) || a.row - b.row,
  )[0];
  if (!nearest) return null;
  const year = nearestYear(read, nearest.date);
  return year === null ? null : { year, source: { from: "nearby", text: nearest.raw, cell: address(nearest.row, nearest.col) } };
}

function fromReportingDate(read: Yearless, reporting: Located<DateRead> | null): Found | null {
  if (reporting?.read.kind !== "date") return null;
  const year = nearestYear(read, reporting.read.date);
  return year === null ? null : { year, source: { from: "reporting-date", text: reporting.raw, cell: address(reporting.row, reporting.col) } };
}

function fromAsOf(read: Yearless, asOf: string | undefined): Found | null {
  if (asOf === undefined) return null;
  const year = nearestYear(read, asOf);
  return year === null ? null : { year, source: { from: "as-of", text: asOf, cell: null } };
}
