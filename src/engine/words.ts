/**
 * Counts, days and money in the words every output of ours uses (findings' messages, the
 * summary sheets, the CLI's text): one spelling, so the pane, the CLI and the sheets agree.
 */

/** "1 step", "10 steps"; `words` is the plural where adding "s" is wrong ("1 entry", "2 entries"). */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** "1st", "2nd", "3rd", "4th": how many times a deadline has moved. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2016-06-29" → "29 Jun 2016": the day first, as a UK reader writes it. */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2016-06-30" → "Jun 2016", for a date that stands for its whole month. */
export function monthText(iso: string): string {
  const [y, m] = iso.split("-").map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

/**
 * Built once, when first asked for: `toLocaleString` would build a formatter afresh on every
 * call, and the first one a process builds loads locale data (some 20 ms) that a run printing
 * no amount, such as `check --json`, never needs.
 */
const poundsFormats: Partial<Record<0 | 2, Intl.NumberFormat>> = {};

function poundsFormat(penceDigits: 0 | 2): Intl.NumberFormat {
  return (poundsFormats[penceDigits] ??= new Intl.NumberFormat("en-GB", { maximumFractionDigits: penceDigits }));
}

/**
 * "£219,000": pounds with thousands separators, whole unless pence are asked for; a negative
 * amount as "-£40", the way a finance report writes it, never "£-40".
 */
export function pounds(amount: number, penceDigits: 0 | 2 = 0): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}£${poundsFormat(penceDigits).format(Math.abs(amount))}`;
}

/** A RAG as the legend names it, "Green", also when it was given only as a fill colour. */
export function ragWord(rag: string): string {
  return rag.charAt(0).toUpperCase() + rag.slice(1);
}
