/**
 * Excel on the web refuses a request or a response over 5 MB. Every batch in this adapter is
 * sized from one limit, so that a test can prove the packing on a small plan against a small
 * limit; in Excel the limit is always Excel's own.
 */
export interface PayloadLimits {
  /** Bytes one sync may carry, each way. */
  payloadBytes: number;
}

export const EXCEL_PAYLOAD_LIMITS: PayloadLimits = { payloadBytes: 5_000_000 };

/**
 * Batches are packed against this share of the limit, not all of it: their sizes are estimates
 * that leave out Office.js's own wrapping, and what a read returns is only guessed beforehand.
 */
const BUDGET_SHARE = 0.7;

/** Bytes a batch plans to put in one sync: 3.5 MB against Excel's 5 MB. */
export function budgetBytes(limits: PayloadLimits = EXCEL_PAYLOAD_LIMITS): number {
  return Math.floor(limits.payloadBytes * BUDGET_SHARE);
}
