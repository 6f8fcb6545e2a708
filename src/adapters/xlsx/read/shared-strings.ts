import { fileProblem } from "../errors";
import { LIMITS } from "../limits";
import type { Package } from "../package";
import { decodeExcelEscapes, XmlTokens } from "../xml";

/** How Excel writes nearly every string's text: read at once, without a tag at a time. */
const PLAIN_TEXT = ["<t>", '<t xml:space="preserve">'];

/**
 * The shared strings, in order. A rich-text string is its runs' text joined; phonetic runs
 * (rPh, Japanese readings) are not part of what the cell shows and are skipped.
 */
export function readSharedStrings(pkg: Package, part: string | undefined): string[] {
  if (!part) return [];
  const bytes = pkg.size(part);
  if (bytes > LIMITS.sharedStringsBytes) throw fileProblem({ kind: "strings-too-large", bytes });
  const tokens = new XmlTokens(pkg.text(part), part);
  const strings: string[] = [];
  let current: string[] | null = null;
  while (tokens.next()) {
    const name = tokens.name;
    if (name === "si") {
      if (tokens.closing) {
        strings.push(decodeExcelEscapes(current!.join("")));
        current = null;
      } else if (tokens.selfClosing) strings.push("");
      else {
        if (strings.length >= LIMITS.sharedStrings) throw fileProblem({ kind: "too-many-strings", count: strings.length + 1 });
        const plain = tokens.textBefore(PLAIN_TEXT, "</t></si>");
        if (plain === null) current = [];
        else strings.push(decodeExcelEscapes(plain));
      }
    } else if (name === "rPh") tokens.skipElement();
    else if (name === "t" && current && !tokens.closing && !tokens.selfClosing) current.push(tokens.text());
  }
  return strings;
}
