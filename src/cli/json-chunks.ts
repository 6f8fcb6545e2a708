/**
 * `JSON.stringify(value, null, 2)` handed out in pieces: a 50,000-row plan's report is a
 * 34 MB text, which as one string (and once more as the buffer stdout writes) costs about
 * 100 MB at the CLI's peak. The pieces add up to exactly the one string.
 */

/** Containers below this depth are opened up; deeper ones (a finding, an item) are stringified whole. */
const OPEN_DEPTH = 4;
/** Pieces are gathered up to about this many characters before each write. */
const PIECE = 1 << 16;

function isPlainContainer(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  return Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
}

/** What JSON.stringify leaves out of an object: undefined, functions and symbols. */
const omitted = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= OPEN_DEPTH || !isPlainContainer(value)) {
    // Newlines in JSON.stringify's output are all layout (a newline inside a string is "\n"),
    // so indenting the whole nested text is a matter of indenting each line.
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}\n${inner}`;
      yield* pieces(omitted(value[i]) ? null : value[i], inner, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  if (entries.length === 0) return yield "{}";
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    yield `${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline through `write`, a piece at a time,
 * waiting whenever `write` asks to (a pipe whose reader is behind).
 */
export async function writeJson(value: unknown, write: (text: string) => void | Promise<void>): Promise<void> {
  let buffered = "";
  for (const piece of pieces(value, "", 0)) {
    buffered += piece;
    if (buffered.length >= PIECE) {
      await write(buffered);
      buffered = "";
    }
  }
  await write(`${buffered}\n`);
}
