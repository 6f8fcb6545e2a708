import { plural, pounds } from "../engine";

/**
 * How the pane writes dates and money for a UK council reader: "29 Jun 2016" and "£2,100,000".
 * Month names come from a fixed table because browsers disagree on en-GB's September ("Sep" or
 * "Sept"), and a date must read the same in Excel's pane and a plain browser.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2016-06-29" → "29 Jun 2016"; anything else is shown as given rather than guessed at. */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** 2100000 → "£2,100,000"; null (no saving given) → "—", never "£0". */
export function formatPounds(amount: number | null): string {
  return amount === null ? "—" : pounds(amount);
}

/** "1 day", "31 days". */
export function formatDays(days: number): string {
  return plural(days, "day");
}
