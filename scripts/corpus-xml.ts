/**
 * A small XML reader for measuring packages: enough to count and compare what a workbook's
 * parts hold. It is not the product's reader, on purpose: the measurement must not share the
 * code it measures. It never expands entities beyond the five predefined ones and character
 * references, so a hostile file cannot make it grow.
 */

export interface XmlElement {
  /** The local name: `x:row` and `row` are the same element to a spreadsheet. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== "#") return PREDEFINED[ref];
    return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  // Prefixed attributes keep their prefix (r:id), as the relationship id is looked up by it.
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = unescapeXml(m[2] ?? m[3]);
  return attrs;
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

/** The document's root element; text between elements is kept as strings. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, closing, qname, attrSource, selfClosing, text] = m;
    const parent = stack[stack.length - 1];
    if (cdata !== undefined) parent.children.push(cdata);
    // An XML reader sees every line break in text as one line feed, however the file wrote it.
    else if (text !== undefined) parent.children.push(unescapeXml(text.replace(/\r\n?/g, "\n")));
    else if (qname === undefined) continue;
    else if (closing) {
      if (stack.length > 1) stack.pop();
    } else {
      const element: XmlElement = { name: localName(qname), attrs: attributes(attrSource), children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  const first = root.children.find((c): c is XmlElement => typeof c !== "string");
  return first ?? root;
}

export const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name));

export function child(node: XmlElement, name: string): XmlElement | undefined {
  return elements(node, name)[0];
}

/** Every element named `name` below `node`, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const c of elements(n)) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}

/** The text of an element and all below it. */
export function textOf(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}

/** A font's on/off parts: `<b/>`, `<b val="1"/>` and `<b val="true"/>` all mean bold. */
const BOOLEAN_ELEMENTS = new Set(["b", "i", "strike", "outline", "shadow", "condense", "extend"]);

/**
 * An element written the same way whatever wrote it: attributes and children sorted, prefixes dropped,
 * whitespace between elements ignored. Two writers' fills or fonts compare equal when they
 * say the same thing.
 */
export function canonical(node: XmlElement): string {
  const given = BOOLEAN_ELEMENTS.has(node.name) ? { ...node.attrs, val: node.attrs.val === "0" || node.attrs.val === "false" ? "0" : "1" } : node.attrs;
  const attrs = Object.keys(given)
    .sort()
    .map((k) => ` ${localName(k)}="${given[k]}"`)
    .join("");
  // Children sorted too: writers order a font's or a fill's parts differently, and each part names itself.
  const inner = node.children
    // A font family of 0 means "not applicable", the same as none.
    .filter((c) => typeof c === "string" || !(c.name === "family" && c.attrs.val === "0"))
    .map((c) => (typeof c === "string" ? c.trim() : canonical(c)))
    .sort()
    .join("");
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

/**
 * What makes a part unreadable to a strict XML reader (Excel, LibreOffice): a closing tag that
 * does not match, an element left open, a prefix used where no `xmlns:` declares it. Empty when
 * the part is well formed as far as these go.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: Array<{ qname: string; prefixes: Set<string> }> = [{ qname: "", prefixes: new Set(["xml", "xmlns"]) }];
  const bound = (prefix: string) => stack.some((s) => s.prefixes.has(prefix));
  const check = (qname: string, what: string) => {
    const colon = qname.indexOf(":");
    if (colon > 0 && !bound(qname.slice(0, colon))) problems.push(`${what} ${qname}: prefix '${qname.slice(0, colon)}' is not declared`);
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, , closing, qname, attrSource, selfClosing] = m;
    if (qname === undefined) continue;
    if (closing) {
      const open = stack.pop();
      if (!open || open.qname !== qname) problems.push(`</${qname}> closes <${open?.qname ?? "nothing"}>`);
      continue;
    }
    const attrs = attributes(attrSource);
    const prefixes = new Set(Object.keys(attrs).filter((k) => k.startsWith("xmlns:")).map((k) => k.slice(6)));
    stack.push({ qname, prefixes });
    check(qname, "element");
    for (const name of Object.keys(attrs)) if (!name.startsWith("xmlns")) check(name, "attribute");
    if (selfClosing) stack.pop();
    if (problems.length >= 3) break;
  }
  if (problems.length === 0 && stack.length > 1) problems.push(`<${stack[stack.length - 1].qname}> is never closed`);
  return problems;
}
