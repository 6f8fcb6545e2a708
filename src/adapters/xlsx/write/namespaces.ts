import { XmlTokens } from "../xml";

/**
 * Markup the checker inserts into a part another program wrote must use that part's own
 * prefixes. Generators differ: Excel declares `r:` on the root, openpyxl on each <sheet>,
 * some write the main namespace as `x:`, and ElementTree names VML's `ns0:`, `ns1:` per element.
 * So every inserted fragment is written in Excel's prefixes (below) and rewritten for the place it
 * goes: each namespace takes the prefix bound to it there, or is declared on the fragment's own
 * top-level elements when nothing is.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  vml: "urn:schemas-microsoft-com:vml",
  office: "urn:schemas-microsoft-com:office:office",
  excel: "urn:schemas-microsoft-com:office:excel",
} as const;

/** The prefixes a fragment is written in: "" is the namespace of its unprefixed elements ("" none). */
export type Prefixes = Readonly<Record<string, string>>;

export const SPREADSHEET: Prefixes = { "": NS.main, r: NS.relationships };
/**
 * Markup of the main namespace alone (cells, rows, comments): fitted to a part that binds no
 * `r:` as it is, without reading it for the prefixes it uses.
 */
export const MAIN: Prefixes = { "": NS.main };
export const VML: Prefixes = { "": "", v: NS.vml, o: NS.office, x: NS.excel };
export const RELATIONSHIPS: Prefixes = { "": NS.packageRelationships };
export const CONTENT_TYPES: Prefixes = { "": NS.contentTypes };

/** Namespace bindings in scope: prefix ("" the default) → URI ("" none). */
export type Scope = ReadonlyMap<string, string>;

const EMPTY_SCOPE: Scope = new Map();

/** The scope inside an element whose start tag is `tag`, given the scope around it. */
export function scopeWithin(scope: Scope, tag: string): Scope {
  if (!tag.includes("xmlns")) return scope;
  let inner: Map<string, string> | null = null;
  for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    inner ??= new Map(scope);
    inner.set(m[1] ?? "", m[2] ?? m[3]);
  }
  return inner ?? scope;
}

/** The bindings in scope at offset `at` of a part: those of the elements open there. */
export function scopeAt(xml: string, part: string, at: number): Scope {
  const tokens = new XmlTokens(xml, part);
  const stack: Scope[] = [EMPTY_SCOPE];
  while (tokens.next() && tokens.start < at) {
    if (tokens.closing) {
      if (stack.length > 1) stack.pop();
    } else if (!tokens.selfClosing) stack.push(scopeWithin(stack[stack.length - 1], xml.slice(tokens.start, tokens.end)));
  }
  return stack[stack.length - 1];
}

const TAG = /<(\/?)(?:([\w.-]+):)?([\w.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /(\s+)(?:([\w.-]+):)?([^\s=:]+)(\s*=\s*(?:"[^"]*"|'[^']*'))/g;

/** The prefixes a fragment uses, on its elements ("" when unprefixed) and attributes. */
function prefixesUsed(fragment: string): Set<string> {
  const used = new Set<string>();
  for (const tag of fragment.matchAll(TAG)) {
    if (tag[1]) continue;
    used.add(tag[2] ?? "");
    for (const attr of tag[4].matchAll(ATTR)) if (attr[2] && attr[2] !== "xml") used.add(attr[2]);
  }
  return used;
}

/** The prefix each of `used` takes where `scope` holds, and the declarations that needs. */
function plan(used: Iterable<string>, written: Prefixes, scope: Scope): { prefixOf: Map<string, string>; declarations: string } {
  const prefixOf = new Map<string, string>();
  const taken = new Set(scope.keys());
  let declarations = "";
  const bound = (uri: string) => [...scope].find(([p, u]) => p !== "" && u === uri)?.[0];
  for (const prefix of used) {
    const uri = written[prefix];
    if (uri === undefined) throw new Error(`markup written with an unknown prefix "${prefix}:"`);
    if (prefix === "") {
      const here = (scope.get("") ?? "") === uri ? "" : uri === "" ? undefined : bound(uri);
      if (here === undefined) declarations += ` xmlns="${uri}"`;
      prefixOf.set("", here ?? "");
      continue;
    }
    const here = scope.get(prefix) === uri ? prefix : bound(uri);
    if (here !== undefined) {
      prefixOf.set(prefix, here);
      continue;
    }
    let name = prefix;
    for (let n = 1; taken.has(name); n++) name = `${prefix}${n}`;
    taken.add(name);
    declarations += ` xmlns:${name}="${uri}"`;
    prefixOf.set(prefix, name);
  }
  return { prefixOf, declarations };
}

const unchanged = ({ prefixOf, declarations }: ReturnType<typeof plan>) => !declarations && [...prefixOf].every(([from, to]) => from === to);

const fitsByScope = new WeakMap<Prefixes, WeakMap<Scope, boolean>>();

/**
 * True when every prefix `written` could use means the same where `scope` holds, so that a
 * fragment goes in as it is. Remembered per scope: a sheet patch asks once per row it touches.
 */
function fitsAsWritten(written: Prefixes, scope: Scope): boolean {
  let byScope = fitsByScope.get(written);
  if (!byScope) fitsByScope.set(written, (byScope = new WeakMap()));
  let fits = byScope.get(scope);
  if (fits === undefined) {
    fits = unchanged(plan(Object.keys(written), written, scope));
    byScope.set(scope, fits);
  }
  return fits;
}

/**
 * `fragment`, written in the prefixes `written`, rewritten to go where `scope` holds. The
 * fragment is the checker's own markup: start and end tags with quoted attributes, no
 * declarations of its own.
 */
export function fitFragment(fragment: string, written: Prefixes, scope: Scope): string {
  // Where every prefix it could use means the same, a fragment (often megabytes of note boxes) is not read at all.
  if (fitsAsWritten(written, scope)) return fragment;
  const fitted = plan(prefixesUsed(fragment), written, scope);
  if (unchanged(fitted)) return fragment;
  const { prefixOf, declarations } = fitted;
  const qualified = (prefix: string | undefined, local: string) => {
    const to = prefixOf.get(prefix ?? "") ?? prefix ?? "";
    return to ? `${to}:${local}` : local;
  };
  let depth = 0;
  return fragment.replace(TAG, (_, closing: string, prefix: string | undefined, local: string, attrs: string, selfClosing: string) => {
    if (closing) {
      depth--;
      return `</${qualified(prefix, local)}>`;
    }
    const rewritten = attrs.replace(ATTR, (whole, space: string, p: string | undefined, name: string, value: string) => (p && p !== "xml" ? `${space}${qualified(p, name)}${value}` : whole));
    const top = depth === 0;
    if (!selfClosing) depth++;
    return `<${qualified(prefix, local)}${top ? declarations : ""}${rewritten}${selfClosing ? "/" : ""}>`;
  });
}

/** `fragment` fitted for insertion at offset `at` of the part `xml`. */
export function fitAt(xml: string, part: string, at: number, fragment: string, written: Prefixes): string {
  return fitFragment(fragment, written, scopeAt(xml, part, at));
}

/** An element of a part: its start tag's offsets, and where its close tag starts (-1 when it is `<x/>`). */
export interface ElementAt {
  start: number;
  end: number;
  close: number;
}

/** The first element named `name` (local name) in a part; null when there is none. */
export function findElement(xml: string, part: string, name: string): ElementAt | null {
  const tokens = new XmlTokens(xml, part);
  while (tokens.next()) {
    if (tokens.name !== name || tokens.closing) continue;
    const { start, end } = tokens;
    if (tokens.selfClosing) return { start, end, close: -1 };
    tokens.skipElement();
    return { start, end, close: tokens.start };
  }
  return null;
}

/** The scope inside an element. */
export function scopeInside(xml: string, part: string, element: ElementAt): Scope {
  return scopeWithin(scopeAt(xml, part, element.start), xml.slice(element.start, element.end));
}

/** Adds `fragment` (written in `written`) as the last children of `element`, opening it up when it is empty (`<x/>`). */
export function appendInside(xml: string, part: string, element: ElementAt, fragment: string, written: Prefixes): string {
  const inner = fitFragment(fragment, written, scopeInside(xml, part, element));
  if (element.close >= 0) return xml.slice(0, element.close) + inner + xml.slice(element.close);
  const tag = xml.slice(element.start, element.end);
  return `${xml.slice(0, element.start)}${tag.replace(/\s*\/>$/, ">")}${inner}</${/^<([^\s/>]+)/.exec(tag)![1]}>${xml.slice(element.end)}`;
}
