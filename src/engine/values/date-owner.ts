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
const LEADING_REVISED = /^revised(\s+(timescale|target\s+date|target|date|deadline))?\s*:?\s*/i;

/** What may stand between an owner and the date after it: "J. Smith – March 2013", "Head of HR (June 2012)". */
const OWNER_DATE_GAP = /^[\s,;:–—(-]*(by\s+)?$/i;

/**
 * A cell that starts with the owner may end with the date ("Head of Service – March 2013"):
 * the last date, when nothing but punctuation (or "by") stands between it and the owner and
 * nothing follows it. Otherwise the whole cell is the owner's.
 */
function ownerThenDate(text: string, spans: DateSpan[]): DateOwnerPart {
  const last = spans[spans.length - 1];
  if (last === undefined || last.read.kind !== "date") return { dateText: null, ownerText: text, revisedText: null };
  const after = text.slice(last.index + last.text.length);
  if (!/^[\s).]*$/.test(after)) return { dateText: null, ownerText: text, revisedText: null };
  const before = text.slice(0, last.index);
  const gap = /[\s,;:–—(-]*(by\s+)?$/i.exec(before)?.[0] ?? "";
  const owner = tidy(before.slice(0, before.length - gap.length));
  if (owner === null || !OWNER_DATE_GAP.test(gap) || findDateSpans(owner, ANY_CONTEXT).some((s) => s.read.kind === "date")) {
    return { dateText: null, ownerText: text, revisedText: null };
  }
  return { dateText: last.text, ownerText: owner, revisedText: null };
}

/**
 * Splits a cell into (date, owner, revised date) parts, one per date that starts a part.
 * A cell that does not begin with a date or marker is all owner. A blank cell has no parts.
 */
export function splitDateAndOwner(text: string): DateOwnerPart[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "") return [];
  const spans = findDateSpans(clean, ANY_CONTEXT);
  const revisedFirst = LEADING_REVISED.exec(clean);
  if (revisedFirst && spans.some((s) => s.index === revisedFirst[0].length && s.read.kind !== "marker")) {
    // "Revised Timescale Oct 2004" on a row of its own: a new deadline for the step, no owner.
    const [part] = splitDateAndOwner(clean.slice(revisedFirst[0].length));
    return [{ dateText: null, ownerText: part?.ownerText ?? null, revisedText: part?.dateText ?? null }];
  }
  if (spans[0]?.index !== 0) return [ownerThenDate(clean, spans)];
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
