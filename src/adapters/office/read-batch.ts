import { budgetBytes, type PayloadLimits } from "./limits";

const PAYLOAD_ERRORS = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

export function isPayloadError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && PAYLOAD_ERRORS.has(String(error.code));
}

/** What one queued read is expected to add to the request and to the response, in bytes. */
export interface ReadCost {
  request: number;
  response: number;
}

interface Entry {
  cost: ReadCost;
  /** Queues the read on the context; the function it returns answers after the sync. */
  queue: () => () => unknown;
  answer: () => unknown;
}

/**
 * Reads queued against request and response budgets: a sync is made only when the next read
 * would pass one of them, so the count of syncs grows with the bytes read, never with the
 * number of cells. Everything read in a batch's syncs goes through `add`, so that it can be
 * asked again. An estimate can be wrong (a user's note may be long): a sync the host
 * refuses as too big is split in two and each half asked again. Reads change nothing, so
 * asking again is safe.
 */
export class ReadBatch {
  private pending: Entry[] = [];
  private request = 0;
  private response = 0;
  /** What one sync may be planned to carry each way; readers size their calls from it too. */
  readonly budget: ReadCost;

  constructor(private readonly sync: () => Promise<void>, limits?: PayloadLimits) {
    const bytes = budgetBytes(limits);
    this.budget = { request: bytes, response: bytes };
  }

  /** Queues a read (syncing what is queued first if it would not fit); its answer is readable after `flush`. */
  async add<T>(cost: ReadCost, queue: () => () => T): Promise<() => T> {
    const full = this.request + cost.request > this.budget.request || this.response + cost.response > this.budget.response;
    if (this.pending.length > 0 && full) await this.flush();
    const entry: Entry = { cost, queue, answer: queue() };
    this.pending.push(entry);
    this.request += cost.request;
    this.response += cost.response;
    return () => entry.answer() as T;
  }

  /** Syncs what is queued, if anything is. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    this.request = 0;
    this.response = 0;
    await this.syncEntries(entries);
  }

  private async syncEntries(entries: Entry[]): Promise<void> {
    try {
      await this.sync();
    } catch (error) {
      if (!isPayloadError(error) || entries.length < 2) throw error;
      const half = Math.ceil(entries.length / 2);
      for (const part of [entries.slice(0, half), entries.slice(half)]) {
        for (const entry of part) entry.answer = entry.queue();
        await this.syncEntries(part);
      }
    }
  }
}
