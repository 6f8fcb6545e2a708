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
 * Built once, when first asked for, and only for an amount String writes with an exponent: the
 * first formatter a process builds loads locale data (some 15 ms), a tenth of checking a small
 * plan, and `check --out` and the text report print amounts on every run.
 */
const poundsFormats: Partial<Record<0 | 2, Intl.NumberFormat>> = {};

function poundsFormat(penceDigits: 0 | 2): Intl.NumberFormat {
  return (poundsFormats[penceDigits] ??= new Intl.NumberFormat("en-GB", { maximumFractionDigits: penceDigits }));
}

/**
 * `abs` as Intl.NumberFormat("en-GB", { maximumFractionDigits }) writes it: from the shortest
 * decimal that reads back as the number (what String gives, and what ICU rounds from: 1.005
 * shows as "1.01"), rounded half away from zero, grouped by thousands, no trailing zero pence.
 */
function amountText(abs: number, penceDigits: 0 | 2): string {
  const shortest = String(abs);
  if (shortest.includes("e") || !Number.isFinite(abs)) return poundsFormat(penceDigits).format(abs);
  const point = shortest.indexOf(".");
  const whole = point < 0 ? shortest : shortest.slice(0, point);
  const fraction = point < 0 ? "" : shortest.slice(point + 1);
  let digits = whole + fraction.slice(0, penceDigits).padEnd(penceDigits, "0");
  if (fraction.charCodeAt(penceDigits) >= 53 /* 5 */) digits = roundedUp(digits);
  const integer = digits.slice(0, digits.length - penceDigits).replace(/\B(?=(\d{3})+$)/g, ",");
  const pence = digits.slice(digits.length - penceDigits).replace(/0+$/, "");
  return pence ? `${integer}.${pence}` : integer;
}

/** A string of decimal digits plus one in its last place: "0199" → "0200", "999" → "1000". */
function roundedUp(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const carried = "0".repeat(digits.length - 1 - i);
  return i < 0 ? `1${carried}` : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${carried}`;
}

/**
 * "£219,000": pounds with thousands separators, whole unless pence are asked for; a negative
 * amount as "-£40", the way a finance report writes it, never "£-40".
 */
export function pounds(amount: number, penceDigits: 0 | 2 = 0): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}£${amountText(Math.abs(amount), penceDigits)}`;
}

/** A RAG as the legend names it, "Green", also when it was given only as a fill colour. */
export function ragWord(rag: string): string {
  return rag.charAt(0).toUpperCase() + rag.slice(1);
}
