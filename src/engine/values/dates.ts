import type { Cell } from "../grid";
import { shownText } from "./cell-text";

export type DatePrecision = "day" | "month" | "quarter" | "year" | "financial-year";

/**
 * What a date cell says. A date is a period: `start` is its first day and `date` its last,
 * because a plan that says "Mar-16" is on time until 31 March 2016. `text` holds the user's
 * words for this read: the whole cell when it gives one read, else the part that gave it.
 */
export type DateRead =
  | { kind: "date"; date: string; start: string; precision: DatePrecision; text: string; yearFrom?: YearSource }
  | { kind: "marker"; marker: "done" | "no-firm-date"; text: string }
  | { kind: "empty" }
  | { kind: "unreadable"; problem: "not-understood" | "ambiguous" | "implausible"; text: string }
  /** A day and month, or a month, written with no year ("14 Aug", "June"): the reader looks to the rows around it. */
  | { kind: "unreadable"; problem: "no-year"; text: string; month: number; day: number | null };

/** Where the year of a date written without one was taken from, in the user's words. */
export interface YearSource {
  from: "section" | "nearby" | "reporting-date" | "as-of";
  /** The text that gave the year: the section's heading, the nearby date, the reporting date. */
  text: string;
  /** Where that text is, when it is a cell ("E12"); null for a section heading. */
  cell: string | null;
}

export interface DateContext {
  /** The workbook's locale, "en-GB" by default; null when it is not known. */
  locale: string | null;
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
}

/** A date, marker or unreadable date-like phrase found in a text, where it was found. */
export interface DateSpan {
  index: number;
  text: string;
  read: DateRead;
}

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;
const LAST_EXCEL_SERIAL = 2_958_465;
const MS_PER_DAY = 86_400_000;

/**
 * An Excel serial as an ISO date. Throws for a serial Excel cannot hold, which is a caller's
 * bug: readDateCell checks the range first.
 */
export function serialToIso(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_EXCEL_SERIAL) {
    throw new RangeError(`Not an Excel date serial: ${serial}`);
  }
  const day = Math.floor(serial);
  if (date1904) return isoOfUtc(Date.UTC(1904, 0, 1) + day * MS_PER_DAY);
  // Excel kept Lotus 1-2-3's belief that 1900 was a leap year: serial 60 is a 29 February
  // that never was, and every later serial is one day ahead of the real calendar.
  if (day === 60) return "1900-02-29";
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoOfUtc(epoch + day * MS_PER_DAY);
}

/** A month's name or its short form, with its dot: the one spelling every pattern below is built from. */
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])";

/**
 * Each cell's reads, per context. A file's reader hands out one cell for each value and style,
 * so a plan's hundred thousand date cells are a few hundred cells to read; the reads are
 * shared by every caller, and never changed.
 */
const cellReads = new WeakMap<DateContext, WeakMap<Cell, readonly DateRead[]>>();

/** The context last read in, and its cells' reads: a sheet's date cells are all read in one context. */
let lastContext: DateContext | null = null;
let lastReads = new WeakMap<Cell, readonly DateRead[]>();

/** Reads a date cell; always at least one read, several when the cell holds several dates. */
export function readDateCell(cell: Cell, ctx: DateContext): readonly DateRead[] {
  let reads = lastReads;
  if (ctx !== lastContext) {
    reads = cellReads.get(ctx) ?? new WeakMap();
    cellReads.set(ctx, reads);
    lastContext = ctx;
    lastReads = reads;
  }
  let found = reads.get(cell);
  if (found === undefined) reads.set(cell, (found = readCell(cell, ctx)));
  return found;
}

function readCell(cell: Cell, ctx: DateContext): DateRead[] {
  if (typeof cell.value === "number") return [readNumber(cell.value, cell, ctx)];
  const text = shownText(cell);
  if (typeof cell.value === "boolean") return [unreadable("not-understood", text)];
  return readDateText(text, ctx);
}

/** Reads typed text; always at least one read, several when the text holds several dates. */
export function readDateText(text: string, ctx: DateContext): DateRead[] {
  const reads = readDateWords(text, ctx);
  const only = reads.length === 1 ? reads[0] : undefined;
  if (only?.kind === "unreadable" && only.problem === "not-understood" && isProgressNote(only.text, ctx)) {
    return [{ kind: "marker", marker: "no-firm-date", text: only.text }];
  }
  return reads;
}

const MONTH_WORD = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const PROSE_WORDS = 6;

/**
 * Progress written in the date column ("Quarterly from October 2004", "One officer appointed
 * July 2004; the second failed to start"): it tells when things happened or recur, not a
 * deadline that was mistyped. Either a recurring marker qualified by a start, or a sentence
 * that speaks of months or dates. Calling it an unreadable date would blame the user for
 * writing an update; text with no word of time ("when funding allows") still is one.
 */
function isProgressNote(text: string, ctx: DateContext): boolean {
  const spans = findDateSpans(text, ctx);
  if (spans.some((s) => s.read.kind === "marker" && s.read.marker === "no-firm-date")) return true;
  const words = textOutsideSpans(text, spans).match(/[a-z]{2,}/gi) ?? [];
  return words.length >= PROSE_WORDS && (spans.length > 0 || MONTH_WORD.test(text));
}

function readDateWords(text: string, ctx: DateContext): DateRead[] {
  const trimmed = text.trim();
  // A dash or dot is how a tracker leaves a date cell blank on purpose: nothing to read, nothing wrong.
  if (trimmed === "" || /^[-–—.]+$/.test(trimmed)) return [{ kind: "empty" }];
  const bare = BARE_MONTH.exec(trimmed);
  if (bare) return [{ kind: "unreadable", problem: "no-year", text: trimmed, month: monthOfName(bare[1]), day: null }];
  const part = PART_OF_MONTH.exec(trimmed);
  if (part) return [partOfMonth(part, trimmed)];
  const spans = findDateSpans(trimmed, ctx);
  const dates = spans.filter((s) => s.read.kind !== "marker");
  if (dates.length > 0 && QUALIFIER.test(textOutsideSpans(trimmed, spans))) {
    return [unreadable("not-understood", trimmed)];
  }
  // A date beside a marker ("Oct 2004 – then ongoing process") is the firmer statement.
  const chosen = dates.length > 0 ? dates : spans;
  const only = chosen.length === 1 ? chosen[0] : undefined;
  if (only !== undefined) return [withText(only.read, trimmed)];
  if (chosen.length === 0) return [unreadable("not-understood", trimmed)];
  return chosen.map((s) => (doneBefore(trimmed, spans, s) ? { kind: "marker", marker: "done", text: s.text } : s.read));
}

/**
 * One of several dates written as when its action was done ("March 2005 / Done (June
 * 2004)"): that action is done, its date is not a deadline still to meet.
 */
function doneBefore(text: string, spans: DateSpan[], span: DateSpan): boolean {
  const before = spans[spans.indexOf(span) - 1];
  if (before?.read.kind !== "marker" || before.read.marker !== "done") return false;
  return /^[\s(:,–-]*$/.test(text.slice(before.index + before.text.length, span.index));
}

/** A month and nothing else ("June", "Sept."): a deadline whose year is left to the context. */
const BARE_MONTH = new RegExp(`^${MONTH}$`, "i");

/**
 * "End May", "by the end of June 2002", "Mid July": a schedule's way of giving a deadline.
 * The end of a month is that month's deadline; its middle is the 15th.
 */
const PART_OF_MONTH = new RegExp(
  `^(?:by\\s+)?(?:the\\s+)?(end|end\\s+of|mid|mid-|middle\\s+of)\\s*${MONTH}(?:\\s+(\\d{4}))?$`,
  "i",
);

function partOfMonth(m: RegExpExecArray, text: string): DateRead {
  const monthNumber = monthOfName(m[2]);
  const dayNumber = /^mid/i.test(m[1] ?? "") ? 15 : null;
  if (m[3] === undefined) return { kind: "unreadable", problem: "no-year", text, month: monthNumber, day: dayNumber };
  const read = dayNumber === null ? month(num(m[3]), monthNumber) : day(num(m[3]), monthNumber, dayNumber);
  return withText(read, text);
}

/**
 * Words that move a date away from being a deadline ("early May 2016", "from April 2016");
 * taking the bare date would be a guess.
 */
const QUALIFIER =
  /\b(early|mid|late|before|after|from|since|start|beginning|spring|summer|autumn|winter)\b/i;

/** The words around the dates and markers, each span replaced by a space. */
export function textOutsideSpans(text: string, spans: DateSpan[]): string {
  return spans.reduceRight((rest, s) => rest.slice(0, s.index) + " " + rest.slice(s.index + s.text.length), text);
}

/**
 * Every date, marker and date-like phrase in a text, in order. Shared with the reader that
 * splits a date from an owner, so both agree on what a date is.
 */
export function findDateSpans(text: string, ctx: DateContext): DateSpan[] {
  const spans: DateSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const span = startsWord(text, i) ? spanAt(text, i, ctx) : null;
    if (span === null) {
      i += 1;
    } else {
      spans.push(span);
      i += span.text.length;
    }
  }
  return spans;
}

/** "£2017" is money and "R12016" an id, so a date starts only after a word break. */
function startsWord(text: string, i: number): boolean {
  return i === 0 || !/[\p{L}\p{N}£$€.,]/u.test(text.charAt(i - 1));
}

interface Pattern {
  regex: RegExp;
  read: (m: RegExpExecArray, ctx: DateContext) => DateRead;
}

function spanAt(text: string, index: number, ctx: DateContext): DateSpan | null {
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = index;
    const m = pattern.regex.exec(text);
    if (m !== null) {
      const matched = m[0].replace(/[\s,]+$/, "");
      return { index, text: matched, read: withText(pattern.read(m, ctx), matched) };
    }
  }
  return null;
}

function withText(read: DateRead, text: string): DateRead {
  return read.kind === "empty" ? read : { ...read, text };
}

/** "Q3", "Qtr 3", "Quarter 3": read as one, so "Quarter 3 2017/18" is not taken as the whole year. */
const QUARTER = "(?:q|qtr\\.?\\s*|quarter\\s*)";
const ORDINAL = "(?:st|nd|rd|th)(?![a-z])";
const YEAR_END = "(?![\\d:%a-z])";

/** Tried in order at each word start: longer, more specific forms first. */
const PATTERNS: Pattern[] = [
  { regex: sticky(`(\\d{4})-(\\d{1,2})-(\\d{1,2})${YEAR_END}`), read: isoDay },
  { regex: sticky(`(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${YEAR_END}`), read: numericDay },
  { regex: sticky(`${QUARTER}([1-4])\\s*(\\d{4}|\\d{2})\\s*[/–-]\\s*(\\d{4}|\\d{2})${YEAR_END}`), read: quarterFirst },
  { regex: sticky(`(\\d{4})\\s*[/–-]\\s*(\\d{4}|\\d{2})\\s*${QUARTER}([1-4])${YEAR_END}`), read: quarterLast },
  { regex: sticky(`${QUARTER}[1-4]\\s*\\d{4}${YEAR_END}`), read: () => unreadable("ambiguous", "") },
  {
    regex: sticky(`(\\d{1,2})\\s*(?:${ORDINAL})?\\s*(?:of\\s+)?-?${MONTH}(?:[\\s,'-]*(\\d{4}|\\d{2})${YEAR_END})?`),
    read: (m) => dayOfMonth(m[3], m[2], m[1]),
  },
  {
    regex: sticky(`${MONTH}\\s+(\\d{1,2})(?:${ORDINAL}|(?=,?\\s+\\d{4}))(?:,?\\s+(\\d{4})${YEAR_END})?`),
    read: (m) => dayOfMonth(m[3], m[1], m[2]),
  },
  { regex: sticky(`${MONTH}[\\s/',.–-]*(\\d{4}|\\d{2})${YEAR_END}`), read: namedMonth },
  { regex: sticky(`(\\d{4})\\s*[/–-]\\s*(\\d{4}|\\d{2})${YEAR_END}`), read: yearPair },
  { regex: sticky(`(\\d{1,2})[/.-](\\d{4})${YEAR_END}`), read: (m) => month(num(m[2]), num(m[1])) },
  { regex: sticky(`(\\d{4})${YEAR_END}`), read: (m) => year(num(m[1])) },
  {
    // "Not complete" and "not yet achieved" say the opposite of done.
    regex: sticky(`(?<!\\bnot\\s+(?:yet\\s+)?)(complete|completed|achieved|done)(?![a-z])`),
    read: () => ({ kind: "marker", marker: "done", text: "" }),
  },
  {
    regex: sticky(
      `(on[\\s-]?going(?:\\s+process)?|termly\\s+review|immediately|immediate|tbc|tba|t\\.b\\.[ca]\\.?|to\\s+be\\s+(?:confirmed|agreed)|` +
        // A recurring action ("Monthly", "Termly") has no deadline by its nature, like "Ongoing".
        `(?:bi-?)?(?:weekly|fortnightly|monthly|quarterly|termly|annually|yearly)(?:\\s+review)?|annual\\s+review|continuous)(?![a-z])`,
    ),
    read: () => ({ kind: "marker", marker: "no-firm-date", text: "" }),
  },
];

function sticky(source: string): RegExp {
  return new RegExp(source, "iy");
}

function num(digits: string | undefined): number {
  return digits === undefined ? NaN : parseInt(digits, 10);
}

/** Two-digit years pivot as Excel's do: 00–29 are 2000s, 30–99 are 1900s. */
function fullYear(digits: string | undefined): number {
  const n = num(digits);
  if (digits === undefined || digits.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function monthOfName(name: string | undefined): number {
  const key = (name ?? "").slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1;
}

function isoDay(m: RegExpExecArray): DateRead {
  return day(num(m[1]), num(m[2]), num(m[3]));
}

function numericDay(m: RegExpExecArray, ctx: DateContext): DateRead {
  const first = num(m[1]);
  const second = num(m[3]);
  const y = fullYear(m[4]);
  const order = dayMonthOrder(first, second, ctx.locale);
  if (order === "ambiguous") return unreadable("ambiguous", "");
  return order === "day-first" ? day(y, second, first) : day(y, first, second);
}

/**
 * When one part is over 12 the order is certain whatever the locale; otherwise it is the
 * locale's, and without a locale "03/04/2016" could be either.
 */
function dayMonthOrder(first: number, second: number, locale: string | null): "day-first" | "month-first" | "ambiguous" {
  if (first > 12 && second <= 12) return "day-first";
  if (second > 12 && first <= 12) return "month-first";
  if (first === second) return "day-first";
  if (locale === null) return "ambiguous";
  return /-US$/i.test(locale) ? "month-first" : "day-first";
}

/** UK financial-year quarters: Q1 is April–June, so Q4 falls in the second calendar year. */
function fyQuarter(quarter: number, startYear: number, endDigits: string | undefined): DateRead {
  if (!followsYear(startYear, endDigits)) return unreadable("not-understood", "");
  const firstMonth = 4 + (quarter - 1) * 3;
  const y = firstMonth > 12 ? startYear + 1 : startYear;
  const m = ((firstMonth - 1) % 12) + 1;
  return period(y, m, y, m + 2, "quarter");
}

function quarterFirst(m: RegExpExecArray): DateRead {
  // "Q4 17/18": a two-digit start year pivots as Excel's do.
  return fyQuarter(num(m[1]), fullYear(m[2]), m[3]);
}

function quarterLast(m: RegExpExecArray): DateRead {
  return fyQuarter(num(m[3]), num(m[1]), m[2]);
}

/** "2016/17" and "2001-02" are financial years; "2016-04" is a month written ISO-style. */
function yearPair(m: RegExpExecArray): DateRead {
  const first = num(m[1]);
  if (followsYear(first, m[2])) return period(first, 4, first + 1, 3, "financial-year");
  const second = num(m[2]);
  return m[2]?.length === 2 && second >= 1 && second <= 12 ? month(first, second) : unreadable("not-understood", "");
}

function followsYear(first: number, digits: string | undefined): boolean {
  const second = num(digits);
  return digits?.length === 2 ? second === (first + 1) % 100 : second === first + 1;
}

function namedMonth(m: RegExpExecArray): DateRead {
  return month(fullYear(m[2]), monthOfName(m[1]));
}

/** A day and month with no year ("7th June") takes its year from the rows around it, if they give one. */
function dayOfMonth(yearDigits: string | undefined, monthName: string | undefined, dayDigits: string | undefined): DateRead {
  if (yearDigits === undefined) {
    const m = monthOfName(monthName);
    const d = num(dayDigits);
    // 29 February fits only some years: it must wait for one, not be refused here.
    if (d < 1 || d > daysInMonth(2000, m)) return unreadable("not-understood", "");
    return { kind: "unreadable", problem: "no-year", text: "", month: m, day: d };
  }
  return day(fullYear(yearDigits), monthOfName(monthName), num(dayDigits));
}

/**
 * The date a yearless read stands for in `year`: its day, or its whole month (due at the
 * month's end, as "Mar-16" is).
 */
export function inYear(read: { month: number; day: number | null; text: string }, year: number, yearFrom: YearSource): DateRead {
  const got = read.day === null ? month(year, read.month) : day(year, read.month, read.day);
  return got.kind === "date" ? { ...got, text: read.text, yearFrom } : withText(got, read.text);
}

function day(y: number, m: number, d: number): DateRead {
  if (!plausible(y)) return unreadable("implausible", "");
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return unreadable("not-understood", "");
  const iso = isoOf(y, m, d);
  return { kind: "date", date: iso, start: iso, precision: "day", text: "" };
}

function month(y: number, m: number): DateRead {
  return m >= 1 && m <= 12 ? period(y, m, y, m, "month") : unreadable("not-understood", "");
}

function year(y: number): DateRead {
  return period(y, 1, y, 12, "year");
}

/** A period from the first day of one month to the last day of another. */
function period(startYear: number, startMonth: number, endYear: number, endMonth: number, precision: DatePrecision): DateRead {
  if (!plausible(startYear) || !plausible(endYear)) return unreadable("implausible", "");
  return {
    kind: "date",
    start: isoOf(startYear, startMonth, 1),
    date: isoOf(endYear, endMonth, daysInMonth(endYear, endMonth)),
    precision,
    text: "",
  };
}

function plausible(y: number): boolean {
  return y >= EARLIEST_YEAR && y <= LATEST_YEAR;
}

function readNumber(value: number, cell: Cell, ctx: DateContext): DateRead {
  const text = shownText(cell);
  const shape = dateFormatShape(cell.numberFormat ?? "");
  if (shape === null) {
    // A bare 2017 in a date column is a year typed as a number, not a serial from 1905.
    const isYear = Number.isInteger(value) && value >= 1000 && value <= 9999;
    return isYear ? withText(year(value), text) : unreadable("not-understood", text);
  }
  if (!Number.isFinite(value) || value < 0 || value > LAST_EXCEL_SERIAL) return unreadable("implausible", text);
  return withText(serialOfShape(value, shape, ctx.date1904), text);
}

/**
 * Reads of a serial under a shape, remembered: a plan repeats a few hundred dates over
 * thousands of cells. Each read is handed out through withText, a copy, never itself.
 */
const serialReads = new Map<string, DateRead>();

function serialOfShape(value: number, shape: "day" | "month" | "year", date1904: boolean): DateRead {
  const key = `${shape}|${date1904 ? 1 : 0}|${value}`;
  let read = serialReads.get(key);
  if (read === undefined) {
    const [y, m, d] = serialToIso(value, date1904).split("-").map(Number);
    read = readOfShape(shape, y ?? NaN, m ?? NaN, d ?? NaN);
    // Kept small: a sheet of all-different dates gains nothing from remembering them.
    if (serialReads.size > 10_000) serialReads.clear();
    serialReads.set(key, read);
  }
  return read;
}

function readOfShape(shape: DatePrecision, y: number, m: number, d: number): DateRead {
  if (shape === "year") return year(y);
  if (shape === "month") return month(y, m);
  return day(y, m, d);
}

/**
 * What a number format shows of a date: a format without days ("mmm-yy") shows a month,
 * and the user means that month, not the day Excel stored. Null for non-date formats.
 */
export function dateFormatShape(format: string): DateShape {
  let shape = shapes.get(format);
  if (shape === undefined) {
    shape = shapeOf(format);
    shapes.set(format, shape);
  }
  return shape;
}

type DateShape = "day" | "month" | "year" | null;

/** A workbook holds a handful of formats but thousands of dates: each format is read once. */
const shapes = new Map<string, DateShape>();

function shapeOf(format: string): DateShape {
  const codes = (format.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "")
    .replace(/am\/pm|a\/p/gi, "")
    .toLowerCase();
  const hasDay = codes.includes("d");
  const hasYear = codes.includes("y");
  const hasMonth = /m/.test(codes.replace(/\[?h+\]?[^a-z]*m+|m+[^a-z]*\[?s+/g, ""));
  if (hasDay) return "day";
  if (hasMonth) return "month";
  if (hasYear) return "year";
  return null;
}

function unreadable(problem: "not-understood" | "ambiguous" | "implausible", text: string): DateRead {
  return { kind: "unreadable", problem, text };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function isoOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
