/**
 * A list of a report whose elements are made only as the report is written out, each from its
 * source: a 50,000-row plan's items and steps, all made before writing began, lived long enough
 * for V8 to copy them twice from its young generation (some 80 ms of collecting, as long as
 * making them); made a few at a time and written, they die young, where dying costs nothing.
 *
 * JSON.stringify writes it as the array it stands for (toJSON); writeJson (src/cli/json-chunks.ts)
 * writes it a few elements at a time.
 */
export class MadeOnWrite<S, T> {
  constructor(
    private readonly sources: readonly S[],
    private readonly make: (source: S) => T,
  ) {}

  get length(): number {
    return this.sources.length;
  }

  *[Symbol.iterator](): Generator<T> {
    for (const source of this.sources) yield this.make(source);
  }

  toJSON(): T[] {
    return this.sources.map((source) => this.make(source));
  }
}
