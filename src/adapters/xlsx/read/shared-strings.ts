import { fileProblem } from "../errors";
import { LIMITS } from "../limits";
import type { Package } from "../package";
import { decodeExcelEscapes, decodeXml, XmlTokens } from "../xml";

/**
 * How Excel writes nearly every string: one run of text without markup. Taken whole, by one
 * match, rather than a tag at a time: a plan has tens of thousands of them, read once each by
 * code not yet compiled, where every call costs.
 */
const PLAIN_STRING = /<si>(?:<t>|<t xml:space="preserve">)([^<]*)<\/t><\/si>/y;

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
  for (;;) {
    const plain = current === null ? tokens.take(PLAIN_STRING) : null;
    if (plain !== null) {
      if (strings.length >= LIMITS.sharedStrings) throw fileProblem({ kind: "too-many-strings", count: strings.length + 1 });
      strings.push(decodeExcelEscapes(decodeXml(plain[1])));
      continue;
    }
    if (!tokens.next()) break;
    const name = tokens.name;
    if (name === "si") {
      if (tokens.closing) {
        strings.push(decodeExcelEscapes(current!.join("")));
        current = null;
      } else if (tokens.selfClosing) strings.push("");
      else {
        if (strings.length >= LIMITS.sharedStrings) throw fileProblem({ kind: "too-many-strings", count: strings.length + 1 });
        current = [];
      }
    } else if (name === "rPh") tokens.skipElement();
    else if (name === "t" && current && !tokens.closing && !tokens.selfClosing) current.push(tokens.text());
  }
  return strings;
}
