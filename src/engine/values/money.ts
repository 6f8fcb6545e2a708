import type { Cell } from "../grid";
import { shownText } from "./cell-text";

/**
 * What a saving cell says, in pounds. Savings are kept positive; `writtenNegative` records
 * that the user wrote it as a budget reduction ("-219"), which is how seed 004 writes savings.
 */
export type MoneyRead =
  | { kind: "money"; pounds: number; upTo: boolean; perAnnum: boolean; writtenNegative: boolean; text: string }
  | { kind: "none"; text: string }
  | { kind: "empty" }
  | { kind: "unreadable"; text: string };

/** The multiplier a column header declares for its bare numbers: "(£K)" → 1000. */
export function unitFromHeader(header: string): number {
  const h = header.toLowerCase();
  if (/£\s*(m|mn|million|millions)\b|\((m|mn)\)/.test(h)) return 1_000_000;
  if (/£\s*(k|000s?|'000s?|thousands?)\b|£\s*'000|\(k\)|\(000s?\)/.test(h)) return 1000;
  return 1;
}

/** Reads a saving; bare numbers are in the header's unit, explicit £/k/m override it. */
export function readMoney(cell: Cell, unit: number): MoneyRead {
  const text = shownText(cell);
  if (typeof cell.value === "number") return readNumber(cell.value, unit, text);
  if (typeof cell.value === "boolean") return { kind: "unreadable", text };
  if (text === "") return { kind: "empty" };
  if (NOTHING.test(text)) return { kind: "none", text };
  return readBareNumber(text, unit) ?? readPhrase(text);
}

/** Zero written in words or as the dash Excel's accounting format shows for 0. */
const NOTHING = /^(none|nil|n\/a|zero|£?\s*[-–—]|£?\s*0+(\.0+)?\s*k?)\.?$/i;

function readNumber(value: number, unit: number, text: string): MoneyRead {
  return money(Math.abs(value) * unit, value < 0, text);
}

/** A cell holding only a number typed as text ("-2,100", "(219)") is in the header's unit. */
function readBareNumber(text: string, unit: number): MoneyRead | null {
  const m = /^(?:([-−–])\s*(\d[\d,]*(?:\.\d+)?)|\(\s*(\d[\d,]*(?:\.\d+)?)\s*\)|(\d[\d,]*(?:\.\d+)?))$/.exec(text);
  if (m === null) return null;
  const digits = m[2] ?? m[3] ?? m[4] ?? "";
  return money(parseFloat(digits.replace(/,/g, "")) * unit, m[4] === undefined, text);
}

/** A minus counts only when written against the amount: "Cost – £48k" is not negative. */
const AMOUNT =
  /(?<![\p{L}\d])([-−])?(£\s*)?([-−])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(bn|billion|m|mn|million|k|thousand)?(?![\p{L}\d])/giu;

/**
 * Prose ("Potential net savings of £48k (based on …)"): the first amount marked as money
 * by £ or k/m is the saving; later ones qualify it. Bare numbers in prose ("two placements",
 * "3 beds") are not money.
 */
function readPhrase(text: string): MoneyRead {
  for (const m of text.matchAll(AMOUNT)) {
    const pound = m[2] !== undefined;
    const scale = SCALES[(m[6] ?? "").toLowerCase()];
    if (!pound && scale === undefined) continue;
    // "£50-100k" or "£50k to £100k" is a range: either end would be a guess at the saving.
    if (RANGE_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) return { kind: "unreadable", text };
    const pounds = amountOf(m[4] ?? "", m[5], pound && scale === undefined) * (scale ?? 1);
    const read = money(pounds, m[1] !== undefined || m[3] !== undefined, text);
    if (read.kind !== "money") return read;
    const index = m.index ?? 0;
    return {
      ...read,
      upTo: /\bup\s*to\s*$/i.test(text.slice(0, index)),
      perAnnum: PER_ANNUM.test(text.slice(index + m[0].length)),
    };
  }
  return { kind: "unreadable", text };
}

const RANGE_AFTER = /^\s*(?:[-–—]|to)\s*£?\s*\d/i;

const SCALES: Readonly<Record<string, number>> = {
  k: 1000,
  thousand: 1000,
  m: 1_000_000,
  mn: 1_000_000,
  million: 1_000_000,
  bn: 1_000_000_000,
  billion: 1_000_000_000,
};

const PER_ANNUM = /^\s*(per\s+annum|p\.\s?a\.?|pa|per\s+year|a\s+year|each\s+year|annually|per\s+yr|\/\s*(yr|year|annum))(?![\p{L}])/iu;

/**
 * Pence have two digits, so "£250.000" (seed 002) is 250 thousand written with a
 * continental thousands point, not 250 pounds.
 */
function amountOf(whole: string, fraction: string | undefined, plainPounds: boolean): number {
  const digits = whole.replace(/,/g, "");
  if (fraction !== undefined && plainPounds && fraction.length === 4) return parseFloat(digits + fraction.slice(1));
  return parseFloat(digits + (fraction ?? ""));
}

/** Zero is no saving; an amount too large to hold is not one a plan could mean. */
function money(pounds: number, writtenNegative: boolean, text: string): MoneyRead {
  const rounded = roundPence(pounds);
  if (!Number.isFinite(rounded)) return { kind: "unreadable", text };
  if (rounded === 0) return { kind: "none", text };
  return { kind: "money", pounds: rounded, upTo: false, perAnnum: false, writtenNegative, text };
}

/** Scaling by 1000 shows binary noise (1.1 × 1e6 = 1100000.0000000002); money is in pence. */
function roundPence(pounds: number): number {
  return Math.round(pounds * 100) / 100;
}
