import { fileProblem } from "./errors";
import { decodeXml } from "./xml";

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const EQUALS = 61;

/** An ASCII word as bytes, to compare with a part's bytes in place. */
export function ascii(word: string): Uint8Array {
  return Uint8Array.from(word, (ch) => ch.charCodeAt(0));
}

const DOCTYPE = ascii("<!DOCTYPE");
const COMMENT_OPEN = ascii("<!--");
const COMMENT_CLOSE = ascii("-->");
const CDATA_OPEN = ascii("<![CDATA[");
const CDATA_CLOSE = ascii("]]>");
const PI_CLOSE = ascii("?>");

function startsWith(bytes: Uint8Array, word: Uint8Array, at: number): boolean {
  if (at + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[at + k] !== word[k]) return false;
  return true;
}

/** Where `word` starts at or after `from`, or -1. */
function indexOfWord(bytes: Uint8Array, word: Uint8Array, from: number): number {
  const first = word[0];
  for (let i = from; i < bytes.length; i++) if (bytes[i] === first && startsWith(bytes, word, i)) return i;
  return -1;
}

function indexOfByte(bytes: Uint8Array, byte: number, from: number): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i] === byte) return i;
  return -1;
}

/** "<!DOCTYPE" anywhere: found by its "!", which the native search finds fast and sheets seldom hold. */
function hasDoctype(bytes: Uint8Array): boolean {
  for (let bang = bytes.indexOf(BANG); bang >= 0; bang = bytes.indexOf(BANG, bang + 1)) {
    if (bang > 0 && startsWith(bytes, DOCTYPE, bang - 1)) return true;
  }
  return false;
}

const utf8 = new TextDecoder();

/** bytes[from, to) as text: UTF-8 decoded, the XML entities and character references replaced. */
export function textOf(bytes: Uint8Array, from: number, to: number): string {
  return decodeXml(utf8.decode(bytes.subarray(from, to)));
}

/**
 * The same pull tokenizer as XmlTokens (./xml.ts), tag for tag, over a part's UTF-8 bytes rather
 * than its text: a sheet of 50,000 rows is 10 MB of XML, and decoding all of it into a string,
 * then a string per tag name and attribute, cost more than reading the cells. Names are
 * compared in place (`is`), attribute values and text are given as byte ranges, and only the
 * ranges a reader needs as text are decoded. It never expands a DTD: a part declaring one is
 * refused.
 */
export class XmlByteTokens {
  /** The current tag's local name (namespace prefix dropped) is bytes[nameStart, nameEnd). */
  nameStart = 0;
  nameEnd = 0;
  /** Offsets of the current tag's "<" and just after its ">". */
  start = 0;
  end = 0;
  closing = false;
  selfClosing = false;
  /** The value of the attribute last found by `attr`, still encoded: bytes[valueStart, valueEnd). */
  valueStart = 0;
  valueEnd = 0;
  private pos = 0;

  constructor(readonly bytes: Uint8Array, readonly part: string) {
    if (hasDoctype(bytes)) throw fileProblem({ kind: "doctype", part });
  }

  /**
   * Moves to the next "<" and gives its offset, or -1 at the end: a reader may read the tag there
   * itself and go on with `moveTo`, or let `next` read it.
   */
  seek(): number {
    const bytes = this.bytes;
    let lt = this.pos;
    while (lt < bytes.length && bytes[lt] !== LT) lt++;
    this.pos = lt;
    return lt < bytes.length ? lt : -1;
  }

  /** Goes on reading from `offset`, the end of a tag read by the caller. */
  moveTo(offset: number): void {
    this.pos = offset;
  }

  /** Moves to the next tag, skipping declarations, comments and CDATA; false at the end. */
  next(): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    for (;;) {
      let lt = this.pos;
      while (lt < length && bytes[lt] !== LT) lt++;
      if (lt >= length) return false;
      const second = bytes[lt + 1];
      if (second === QUESTION) {
        this.pos = this.after(indexOfWord(bytes, PI_CLOSE, lt), 2);
        continue;
      }
      if (second === BANG) {
        const close = startsWith(bytes, COMMENT_OPEN, lt) ? indexOfWord(bytes, COMMENT_CLOSE, lt) : startsWith(bytes, CDATA_OPEN, lt) ? indexOfWord(bytes, CDATA_CLOSE, lt) : indexOfByte(bytes, GT, lt) - 2;
        this.pos = this.after(close, 3);
        continue;
      }
      const gt = this.tagEnd(lt);
      this.start = lt;
      this.end = gt + 1;
      this.closing = second === SLASH;
      this.selfClosing = bytes[gt - 1] === SLASH;
      let p = lt + (this.closing ? 2 : 1);
      let local = p;
      for (; p < length; p++) {
        const ch = bytes[p];
        if (ch === SPACE || ch === GT || ch === SLASH || ch === TAB || ch === LF || ch === CR) break;
        if (ch === COLON) local = p + 1;
      }
      this.nameStart = local;
      this.nameEnd = p;
      this.pos = this.end;
      return true;
    }
  }

  private after(index: number, length: number): number {
    if (index < 0) throw fileProblem({ kind: "damaged-part", part: this.part });
    return index + length;
  }

  /** The ">" closing a tag, skipping any inside quoted attribute values. */
  private tagEnd(lt: number): number {
    const bytes = this.bytes;
    for (let p = lt + 1; p < bytes.length; p++) {
      const ch = bytes[p];
      if (ch === GT) return p;
      if (ch === QUOTE || ch === APOS) {
        const close = indexOfByte(bytes, ch, p + 1);
        if (close < 0) break;
        p = close;
      }
    }
    throw fileProblem({ kind: "damaged-part", part: this.part });
  }

  /** True when the current tag's local name is `word`. */
  is(word: Uint8Array): boolean {
    if (this.nameEnd - this.nameStart !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.bytes[this.nameStart + k] !== word[k]) return false;
    return true;
  }

  /**
   * Finds attribute `name` of the current tag (as written, prefix included), as XmlTokens.attr
   * does: true when present, its value then at [valueStart, valueEnd).
   */
  attr(name: Uint8Array): boolean {
    const bytes = this.bytes;
    const first = name[0];
    const end = this.end;
    search: for (let at = this.start + 1; at < end; at++) {
      if (bytes[at] !== first) continue;
      for (let k = 1; k < name.length; k++) if (bytes[at + k] !== name[k]) continue search;
      const before = bytes[at - 1];
      if (before !== SPACE && before !== TAB && before !== LF && before !== CR) continue;
      let eq = at + name.length;
      while (bytes[eq] === SPACE) eq++;
      if (bytes[eq] !== EQUALS) continue;
      let q = eq + 1;
      while (bytes[q] === SPACE) q++;
      const close = indexOfByte(bytes, bytes[q], q + 1);
      this.valueStart = q + 1;
      this.valueEnd = close < 0 ? bytes.length - 1 : close;
      return true;
    }
    return false;
  }

  /** Attribute `name` as text, decoded; undefined when absent. */
  attrText(name: Uint8Array): string | undefined {
    return this.attr(name) ? textOf(this.bytes, this.valueStart, this.valueEnd) : undefined;
  }

  /** Where the text after the current tag ends: at the next tag, or the end of the part. */
  textEnd(): number {
    const at = indexOfByte(this.bytes, LT, this.end);
    return at < 0 ? this.bytes.length : at;
  }

  /** The text from the end of the current tag to the next tag, decoded. */
  text(): string {
    return textOf(this.bytes, this.end, this.textEnd());
  }

  /** Skips to the end of the current element (its children included). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    const name = this.bytes.slice(this.nameStart, this.nameEnd);
    let depth = 1;
    while (this.next()) {
      if (!this.is(name)) continue;
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
      if (depth === 0) return;
    }
  }
}
