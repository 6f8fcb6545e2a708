/**
 * `JSON.stringify(value, null, 2)` handed out in pieces, as UTF-8: a 50,000-row plan's report
 * is a 42 MB text, which as one string (and once more as the buffer stdout writes) costs about
 * 100 MB at the CLI's peak. The pieces add up to exactly the one string's bytes.
 */

import { MadeOnWrite } from "../engine";

/** Containers below this depth are opened up; deeper ones (a finding, an item) are stringified whole. */
const OPEN_DEPTH = 4;
/**
 * Pieces are encoded straight into buffers of about this many bytes, each written as one: a
 * pipe then takes the report in a few dozen writes, with no string joined up to be encoded
 * again: the 42 MB report of a 50,000-row plan took about 0.35 s of CPU to write to a pipe, against
 * 0.40 to 0.43 s in strings of 64K characters (measured on Node 20).
 */
const CHUNK = 1 << 20;

function isPlainContainer(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  return Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
}

/** What JSON.stringify leaves out of an object: undefined, functions and symbols. */
const omitted = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

/** Whole values stringified together, in one call: the cost is in the calls, not the characters. */
const BATCH = 16;

const isWhole = (value: unknown, depth: number) => depth >= OPEN_DEPTH || !isPlainContainer(value);

/** `values` in arrays nested `levels` deep, so that JSON.stringify itself indents them. */
function nested(values: unknown[], levels: number): unknown {
  let wrapped: unknown = values;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  return wrapped;
}

const margins = new Map<number, { head: number; tail: number }>();

/** How many characters the nesting adds before the first value and after the last, at `level`. */
function marginsAt(level: number): { head: number; tail: number } {
  let found = margins.get(level);
  if (!found) {
    const probe = JSON.stringify(nested([0], level - 1), null, 2);
    const head = probe.indexOf("0");
    found = { head, tail: probe.length - head - 1 };
    margins.set(level, found);
  }
  return found;
}

/**
 * The values as `JSON.stringify(value, null, 2)` writes them as elements of an array at
 * `level` (indented by two spaces a level), joined by their commas: the text between an
 * array's first element and its last. Undefined, a function or a symbol becomes null there.
 */
function elementsAt(values: unknown[], level: number): string {
  const { head, tail } = marginsAt(level);
  const text = JSON.stringify(nested(values, level - 1), null, 2);
  return text.slice(head, text.length - tail);
}

/** An array's pieces, or a MadeOnWrite's as the array it stands for: whole values a batch at a time, containers opened up. */
function* elements(values: unknown[] | MadeOnWrite<unknown, unknown>, indent: string, depth: number): Generator<string> {
  if (values.length === 0) return yield "[]";
  const inner = `${indent}  `;
  let batch: unknown[] = [];
  let opened = false;
  const flush = function* () {
    if (batch.length === 0) return;
    // Two pieces, not one joined: joined, the elements' text would be copied once more as it is written.
    yield `${opened ? "," : "["}\n${inner}`;
    yield elementsAt(batch, depth + 1);
    opened = true;
    batch = [];
  };
  for (const element of values) {
    if (isWhole(element, depth + 1)) {
      batch.push(element);
      if (batch.length === BATCH) yield* flush();
      continue;
    }
    yield* flush();
    yield `${opened ? "," : "["}\n${inner}`;
    opened = true;
    yield* pieces(element, inner, depth + 1);
  }
  yield* flush();
  yield `\n${indent}]`;
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  // Opened up at any depth, to make its elements only as they are written.
  if (value instanceof MadeOnWrite) return yield* elements(value, indent, depth);
  if (depth >= OPEN_DEPTH || !isPlainContainer(value)) {
    yield depth === 0 ? JSON.stringify(value, null, 2) : elementsAt([value], depth);
    return;
  }
  if (Array.isArray(value)) return yield* elements(value, indent, depth);
  const inner = `${indent}  `;
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  if (entries.length === 0) return yield "{}";
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    yield `${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/** The text's pieces, then its newline: the newline too must find room in a chunk. */
function* reportPieces(value: unknown): Generator<string> {
  yield* pieces(value, "", 0);
  yield "\n";
}

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline through `write`, as UTF-8 a chunk at a
 * time, waiting whenever `write` asks to (a pipe whose reader is behind). A chunk never splits a
 * character: each piece is well-formed text (JSON.stringify escapes lone surrogates).
 *
 * `write` must be done with the bytes when it returns, or when the promise it returns settles:
 * the one buffer is then filled again. A fresh buffer for each chunk cost more than encoding
 * into it (fresh memory, and collections to free it): some 45 ms of a 10,000-row plan's run.
 */
export async function writeJson(value: unknown, write: (bytes: Uint8Array) => void | Promise<void>): Promise<void> {
  let chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  for (const piece of reportPieces(value)) {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const most = piece.length * 3;
    if (used + most > chunk.length) {
      if (used > 0) await write(chunk.subarray(0, used));
      if (most > chunk.length) chunk = Buffer.allocUnsafe(most);
      used = 0;
    }
    used += chunk.write(piece, used);
  }
  await write(chunk.subarray(0, used));
}
