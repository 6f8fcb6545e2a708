import type { Package } from "../package";
import { decodeExcelEscapes, decodeXml, XmlTokens } from "../xml";

/** Whitespace a reader drops unless told to keep it: at either end, two together, tabs and line breaks. */
export const LOOSE_WHITESPACE = /^\s|\s$|\s\s|[\t\n\r]/;

/**
 * The workbook's shared strings that are one plain text, by text (the first index when one is
 * there twice). A summary cell whose text is among them names it by index instead of holding
 * it inline: most of the Actions sheet's text is the plan's own, and the part the user's
 * strings live in is read, never written. A rich-text or phonetic entry is never used, nor one
 * whose loose whitespace a reader might drop.
 */
export function plainSharedStrings(pkg: Package, part: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!part || !pkg.has(part)) return out;
  const xml = pkg.text(part);
  const tokens = new XmlTokens(xml, part);
  let index = -1;
  let texts = 0;
  let plain = false;
  let value = "";
  while (tokens.next()) {
    const name = tokens.name;
    if (name === "si") {
      if (!tokens.closing) {
        index++;
        texts = 0;
        plain = !tokens.selfClosing;
        value = "";
        if (tokens.selfClosing && !out.has("")) out.set("", index);
      } else if (plain && texts === 1 && !out.has(value)) out.set(value, index);
    } else if (name === "t" && !tokens.closing) {
      texts++;
      if (tokens.selfClosing) continue;
      const preserve = tokens.attr("xml:space") === "preserve";
      const from = tokens.end;
      const raw = xml.slice(from, xml.indexOf("<", from));
      if (!tokens.next() || tokens.name !== "t" || !tokens.closing) {
        plain = false;
        continue;
      }
      value = decodeExcelEscapes(decodeXml(raw));
      if (!preserve && LOOSE_WHITESPACE.test(value)) plain = false;
    } else plain = false;
  }
  return out;
}
