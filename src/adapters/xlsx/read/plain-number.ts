const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const E_UPPER = 69;
const E_LOWER = 101;

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * A number written plainly in bytes[from, to) ("42522", "-219", "0.25", "1.5E-3"), read in place
 * as Number() reads its text; NaN for any other form, which the caller reads from its text.
 * Exact by construction: the digits are read as an integer below 2^53 and scaled once by a
 * power of ten no higher than 10^22, both exact doubles, so that the one rounding of the product
 * or quotient is the correctly rounded value Number() gives (Clinger's fast path).
 */
export function plainNumber(bytes: Uint8Array, from: number, to: number): number {
  let p = from;
  const negative = bytes[p] === MINUS;
  if (negative) p++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  for (; p < to; p++) {
    const d = bytes[p] - ZERO;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (digits === 0) return NaN;
  if (p < to && bytes[p] === DOT) {
    const first = ++p;
    for (; p < to; p++) {
      const d = bytes[p] - ZERO;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
    }
    if (p === first) return NaN;
    scale -= p - first;
  }
  if (p < to && (bytes[p] === E_UPPER || bytes[p] === E_LOWER)) {
    p++;
    const minus = bytes[p] === MINUS;
    if (minus || bytes[p] === PLUS) p++;
    const first = p;
    let exponent = 0;
    for (; p < to && bytes[p] >= ZERO && bytes[p] <= NINE && exponent < 1000; p++) exponent = exponent * 10 + bytes[p] - ZERO;
    if (p === first) return NaN;
    scale += minus ? -exponent : exponent;
  }
  if (p !== to || mantissa > Number.MAX_SAFE_INTEGER || scale < -22 || scale > 22) return NaN;
  const value = scale < 0 ? mantissa / POWERS_OF_TEN[-scale] : mantissa * POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

/** A whole number written as digits alone ("17"), read in place; NaN for any other form. */
export function plainIndex(bytes: Uint8Array, from: number, to: number): number {
  if (from === to || to - from > 15) return NaN;
  let n = 0;
  for (let p = from; p < to; p++) {
    const d = bytes[p] - ZERO;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}
