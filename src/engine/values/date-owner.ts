import { findDateSpans, textOutsideSpans, type DateContext, type DateSpan } from "./dates";

/**
 * One step's share of a cell where the target date and the lead officer were typed
 * together (seed 002: "April 2003 Senior Manager, Looked After Children"). Each text is
 * the user's own words, to be read by readDateText and readOwners.
 */
export interface DateOwnerPart {
  dateText: string | null;
  ownerText: string | null;
  revisedText: string | null;
}

/** Only where spans fall matters here, and that does not depend on the locale. */
const ANY_CONTEXT: DateContext = { locale: null, date1904: false };

/** Dates or markers with nothing but punctuation between belong together ("April 2002 On going"). */
const JOINS_DATES = /^[\s,;:.–—-]*$/;

/** Connecting words left after a revised date ("– then ongoing process") say nothing more. */
const CONNECTS = /^[\s,;:.–—-]*(then|and|thereafter)?[\s,;:.–—-]*$/i;

const REVISED = /\brevised(\s+(timescale|target\s+date|target|date|deadline))?\s*:?\s*$/i;

/**
 * Splits a cell into (date, owner, revised date) parts, one per date that starts a part.
 * A cell that does not begin with a date or marker is all owner. A blank cell has no parts.
 */
export function splitDateAndOwner(text: string): DateOwnerPart[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "") return [];
  const spans = findDateSpans(clean, ANY_CONTEXT);
  if (spans[0]?.index !== 0) return [{ dateText: null, ownerText: clean, revisedText: null }];
  const parts: DateOwnerPart[] = [];
  let next = 0;
  while (next < spans.length) {
    const part = readPart(clean, spans, next);
    parts.push(part.part);
    next = part.next;
  }
  return parts;
}

interface Group {
  text: string;
  end: number;
  /** Index of the first span after the group. */
  next: number;
}

function readPart(text: string, spans: DateSpan[], first: number): { part: DateOwnerPart; next: number } {
  const date = groupAt(text, spans, first);
  const nextDate = nextDateSpan(spans, date.next);
  const ownerEnd = nextDate === undefined ? text.length : spans[nextDate]?.index ?? text.length;
  const owner = text.slice(date.end, ownerEnd);
  const revisedKeyword = nextDate === undefined ? null : REVISED.exec(owner);
  if (nextDate === undefined || revisedKeyword === null) {
    return { part: { dateText: date.text, ownerText: tidy(owner), revisedText: null }, next: nextDate ?? spans.length };
  }
  const revised = groupAt(text, spans, nextDate);
  const after = nextDateSpan(spans, revised.next);
  const tailEnd = after === undefined ? text.length : spans[after]?.index ?? text.length;
  const tail = text.slice(revised.end, tailEnd);
  const ownerWords = [owner.slice(0, revisedKeyword.index), saysMore(tail) ? tail : ""].join(" ");
  return {
    part: { dateText: date.text, ownerText: tidy(ownerWords), revisedText: revised.text },
    next: after ?? spans.length,
  };
}

function groupAt(text: string, spans: DateSpan[], first: number): Group {
  let last = first;
  while (last + 1 < spans.length && JOINS_DATES.test(text.slice(spanEnd(spans, last), spans[last + 1]?.index))) {
    last += 1;
  }
  const start = spans[first]?.index ?? 0;
  const end = spanEnd(spans, last);
  return { text: text.slice(start, end), end, next: last + 1 };
}

function spanEnd(spans: DateSpan[], i: number): number {
  const span = spans[i];
  return span === undefined ? 0 : span.index + span.text.length;
}

/** Markers inside an owner's words do not start a new part; only a date does. */
function nextDateSpan(spans: DateSpan[], from: number): number | undefined {
  for (let i = from; i < spans.length; i += 1) {
    if (spans[i]?.read.kind !== "marker") return i;
  }
  return undefined;
}

function saysMore(tail: string): boolean {
  return !CONNECTS.test(textOutsideSpans(tail, findDateSpans(tail, ANY_CONTEXT)));
}

function tidy(owner: string): string | null {
  const trimmed = owner.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "");
  return trimmed === "" ? null : trimmed;
}
