/**
 * The as-of date as a UK reader types and reads it, whatever language the browser or Excel runs
 * in: a native date input shows the system's order (06/29/2016 on a US machine), so the pane
 * takes and shows dd/mm/yyyy itself.
 */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "Jun", "June", "Sept": a month's name or the start of it, three letters at least. */
const monthOf = (word: string) => (word.length < 3 ? -1 : MONTHS.findIndex((name) => name.startsWith(word)));

const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years are this century's, as a plan's dates are. */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * "29/06/2016", "29/6/16", "29.06.2016", "29-06-2016", "29 Jun 2016", "29 June 2016" or
 * "2016-06-29" → "2016-06-29"; "" for an empty field (the default date); null for anything else,
 * including a day the month does not have. Day first, always: 01/02/2016 is 1 February.
 */
export function parseUkDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return "";
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) return iso(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[2]);
    return month < 0 ? null : iso(fullYear(m[3]), month + 1, Number(m[1]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** "2016-06-29" → "29/06/2016", the form the field shows and takes. */
export function dateFieldText(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** The date `days` later (earlier when negative), or `months` later, keeping the day where the month has it. */
export function shiftDate(isoDate: string, { days = 0, months = 0 }: { days?: number; months?: number }): string {
  const [y, mo, d] = isoDate.split("-").map(Number);
  const first = new Date(Date.UTC(y, mo - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last) + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
