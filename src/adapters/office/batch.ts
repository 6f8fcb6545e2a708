import { budgetBytes, type PayloadLimits } from "./limits";

/** What one queued call costs besides its data: its object path and method, generously. */
const CALL_OVERHEAD_BYTES = 200;

export function bytesOf(data: unknown): number {
  return CALL_OVERHEAD_BYTES + (data === undefined ? 0 : JSON.stringify(data).length);
}

/**
 * Writes queued against a budget well under the request limit (the estimate counts only the
 * data, not Office.js's own wrapping); a sync is made only when the next write would pass it:
 * the count of syncs grows with bytes, never with rows.
 */
export class WriteBatch {
  private pending = 0;
  private readonly budget: number;
  /** Syncs this batch made, for the caller's report. */
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext, limits?: PayloadLimits) {
    this.budget = budgetBytes(limits);
  }

  /** Call before queuing a write of about `bytes`: syncs what is queued first if the write would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}
