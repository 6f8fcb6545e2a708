import { fileProblem } from "./errors";

/**
 * A small pull tokenizer over an XML part held as a string. Chosen over saxes by measurement
 * (see README, "Libraries"): the parts we read are large and flat, and finding the next "<" with
 * indexOf and reading only the attributes asked for beats an evented parser that builds every
 * attribute of every tag. It never expands a DTD: a part declaring one is refused.
 */
export class XmlTokens {
  /** Local name of the current tag (namespace prefix dropped). */
  name = "";
  /** Offsets of the current tag's "<" and just after its ">". */
  start = 0;
  end = 0;
  closing = false;
  selfClosing = false;
  private pos = 0;

  constructor(readonly xml: string, readonly part: string) {
    if (xml.includes("<!DOCTYPE")) throw fileProblem({ kind: "doctype", part });
  }

  /** Moves to the next tag, skipping declarations, comments and CDATA; false at the end. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) return false;
      const second = xml.charCodeAt(lt + 1);
      if (second === 63 /* ? */) {
        this.pos = this.after(xml.indexOf("?>", lt), 2);
        continue;
      }
      if (second === 33 /* ! */) {
        const close = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) : xml.startsWith("<![CDATA[", lt) ? xml.indexOf("]]>", lt) : xml.indexOf(">", lt) - 2;
        this.pos = this.after(close, 3);
        continue;
      }
      const gt = this.tagEnd(lt);
      this.start = lt;
      this.end = gt + 1;
      this.closing = second === 47; /* / */
      this.selfClosing = xml.charCodeAt(gt - 1) === 47;
      let nameEnd = lt + (this.closing ? 2 : 1);
      let colon = -1;
      for (;;) {
        const ch = xml.charCodeAt(nameEnd);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch)) break;
        if (ch === 58) colon = nameEnd;
        nameEnd++;
      }
      this.name = xml.slice(colon >= 0 ? colon + 1 : lt + (this.closing ? 2 : 1), nameEnd);
      this.pos = this.end;
      return true;
    }
  }

  private after(index: number, length: number): number {
    if (index < 0) throw fileProblem({ kind: "damaged-part", part: this.part });
    return index + length;
  }

  /**
   * The ">" closing a tag, skipping any inside quoted attribute values. Scanned within the tag
   * only: searching ahead for a quote would cost the rest of the part on every tag.
   */
  private tagEnd(lt: number): number {
    const xml = this.xml;
    for (let p = lt + 1; ; p++) {
      const ch = xml.charCodeAt(p);
      if (ch === 62) return p;
      if (ch === 34 || ch === 39) {
        const close = xml.indexOf(ch === 34 ? '"' : "'", p + 1);
        if (close < 0) throw fileProblem({ kind: "damaged-part", part: this.part });
        p = close;
      } else if (Number.isNaN(ch)) throw fileProblem({ kind: "damaged-part", part: this.part });
    }
  }

  /** An attribute of the current tag, decoded; `name` as written, prefix included ("r:id"). */
  attr(name: string): string | undefined {
    return attrIn(this.xml, this.start, this.end, name);
  }

  /** The raw text from the end of the current tag to the next tag, decoded. */
  text(): string {
    const lt = this.xml.indexOf("<", this.end);
    return decodeXml(this.xml.slice(this.end, lt < 0 ? this.xml.length : lt));
  }

  /**
   * When the markup from the next tag on matches `sticky` (a regex with the y flag: a shared
   * string's "<si><t>Red</t></si>"), goes on after the match and gives it; null, moving
   * nowhere, for anything else. The pattern must match only tags that `next` would give, so
   * that a reader taking this shortcut reads what it would have read without it.
   */
  take(sticky: RegExp): RegExpExecArray | null {
    const lt = this.xml.indexOf("<", this.pos);
    if (lt < 0) return null;
    sticky.lastIndex = lt;
    const match = sticky.exec(this.xml);
    if (match !== null) this.pos = sticky.lastIndex;
    return match;
  }

  /** Skips to the end of the current element (its children included). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
      if (depth === 0) return;
    }
  }
}

/** The value of attribute `name` inside xml[start, end), decoded; undefined when absent. */
export function attrIn(part: string, start: number, end: number, name: string): string | undefined {
  // Searched in the tag alone: searched in the part, a name the tag lacks was looked for to the part's end, on every tag.
  const xml = part.slice(start, end);
  let from = 0;
  for (;;) {
    const at = xml.indexOf(name, from);
    if (at < 0) return undefined;
    const before = xml.charCodeAt(at - 1);
    let eq = at + name.length;
    while (xml.charCodeAt(eq) === 32) eq++;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(eq) === 61) {
      let q = eq + 1;
      while (xml.charCodeAt(q) === 32) q++;
      const quote = xml[q];
      const close = xml.indexOf(quote, q + 1);
      return decodeXml(xml.slice(q + 1, close));
    }
    from = at + name.length;
  }
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Character data as text: the five predefined entities and character references. Any other
 * entity is left as written, because we never read a DTD that could define it.
 */
export function decodeXml(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref];
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Excel's own escape for characters XML cannot hold: "_x000D_" is a carriage return. */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const NEEDS_ESCAPE = /[&<>"]/;
const NEEDS_TEXT_ESCAPE = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F]|_x[0-9A-Fa-f]{4}_/;

/** Text as attribute or element content. */
export function escapeXml(text: string): string {
  // Most text has nothing to escape: testing first spares a copy of each of a million cells.
  if (!NEEDS_ESCAPE.test(text)) return text;
  // Four native passes, "&" first, are twice as fast as one pass calling back on each match: the store sheet's JSON is megabytes of quotes.
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * Text as element content, with the characters XML 1.0 cannot hold written in Excel's escape,
 * and a literal "_x" protected so that it is not read back as one.
 */
export function escapeText(text: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(text)) return text;
  return escapeXml(text.replace(/_x(?=[0-9A-Fa-f]{4}_)/g, "_x005F_x").replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`));
}
