/**
 * What Excel would display for a value under a number format. Office.js hands us this text
 * (range.text); ExcelJS does not, so the file adapter renders the formats plans use.
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** True for formats that show a date: they hold d, m or y outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let isDate = dateFormats.get(format);
  if (isDate === undefined) {
    isDate = showsDate(format);
    dateFormats.set(format, isDate);
  }
  return isDate;
}

/** Formats already told apart: a sheet repeats a few formats over thousands of cells. */
const dateFormats = new Map<string, boolean>();

function showsDate(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]|m{3,}/i.test(bare) || /(^|[^h:])mm?([^:]|$)/i.test(bare) && /[dy]/i.test(bare);
}

/** Excel serial to a UTC date, honouring the 1904 date system. */
export function serialToUtc(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

export function utcToSerial(date: Date, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / 86_400_000;
}

function formatDate(date: Date, format: string): string {
  const bare = format.replace(/\[[^\]]*\]/g, "").split(";")[0];
  return bare.replace(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi, (token, quoted, escaped) => {
    if (quoted !== undefined) return quoted;
    if (escaped !== undefined) return escaped;
    const t = token.toLowerCase();
    const day = date.getUTCDate();
    const month = date.getUTCMonth();
    const year = date.getUTCFullYear();
    switch (t) {
      case "yyyy": return String(year);
      case "yy": return String(year % 100).padStart(2, "0");
      case "mmmm": return MONTHS[month];
      case "mmm": return MONTHS[month].slice(0, 3);
      case "mm": return String(month + 1).padStart(2, "0");
      case "m": return String(month + 1);
      case "dddd": return DAYS[date.getUTCDay()];
      case "ddd": return DAYS[date.getUTCDay()].slice(0, 3);
      case "dd": return String(day).padStart(2, "0");
      default: return String(day);
    }
  });
}

/**
 * `abs` with `decimals` decimals, grouped by thousands or not, as Intl.NumberFormat("en-GB")
 * shows it: from the shortest decimal that reads back as the number (what String gives, and
 * what ICU rounds from: 1.005 shows as "1.01"), rounded half away from zero. Done by hand because
 * the first Intl formatter a process makes costs some 20 ms of loading locale data, a tenth of a
 * small check; a number String writes with an exponent is left to Intl.
 */
function fixedText(abs: number, decimals: number, grouped: boolean): string {
  const shortest = String(abs);
  if (shortest.includes("e") || !Number.isFinite(abs)) return numberFormatter(decimals, grouped).format(abs);
  const point = shortest.indexOf(".");
  const whole = point < 0 ? shortest : shortest.slice(0, point);
  const fraction = point < 0 ? "" : shortest.slice(point + 1);
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, "0");
  if (fraction.charCodeAt(decimals) >= 53 /* 5 */) digits = roundedUp(digits);
  const integer = digits.slice(0, digits.length - decimals);
  const shown = grouped ? integer.replace(/\B(?=(\d{3})+$)/g, ",") : integer;
  return decimals === 0 ? shown : `${shown}.${digits.slice(digits.length - decimals)}`;
}

/** A string of decimal digits plus one in its last place: "0199" → "0200", "999" → "1000". */
function roundedUp(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const carried = "0".repeat(digits.length - 1 - i);
  return i < 0 ? `1${carried}` : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${carried}`;
}

/** Making a formatter costs far more than using one; a sheet needs only a few. */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(decimals: number, grouped: boolean): Intl.NumberFormat {
  const key = `${decimals},${grouped}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
    formatters.set(key, formatter);
  }
  return formatter;
}

function formatNumber(value: number, format: string | undefined): string {
  const section = (format ?? "General").split(";")[value < 0 ? 1 : 0] ?? format ?? "General";
  if (!format || format === "General" || !/[0#]/.test(section)) return String(value);
  const decimals = /\.([0#]+)/.exec(section)?.[1].length ?? 0;
  const grouped = section.includes(",");
  const abs = Math.abs(value);
  const text = fixedText(abs, decimals, grouped);
  const prefix = /£/.test(section) ? "£" : "";
  // A negative section of its own ("#,##0;(#,##0)") shows the sign its own way.
  const negative = value < 0 ? ((format ?? "").split(";")[1] !== undefined ? section.replace(/[£#0,.]+/, prefix + text).replace(/"/g, "") : `-${prefix}${text}`) : null;
  return negative ?? `${prefix}${text}`;
}

/** Dates shown so far, by format and serial: a plan repeats a few dozen months over thousands of cells. */
const shownDates = new Map<string, string>();

function dateText(serial: number, format: string, date1904: boolean): string {
  const key = `${date1904 ? 1 : 0}|${format}|${serial}`;
  let text = shownDates.get(key);
  if (text === undefined) {
    text = formatDate(serialToUtc(serial, date1904), format);
    // Kept small: a sheet of all-different dates gains nothing from remembering them.
    if (shownDates.size > 10_000) shownDates.clear();
    shownDates.set(key, text);
  }
  return text;
}

export function displayText(value: string | number | boolean | null, format: string | undefined, date1904: boolean): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDateFormat(format)) return dateText(value, format!, date1904);
  return formatNumber(value, format);
}
