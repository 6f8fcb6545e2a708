import { relativeTarget, relsPartOf, type Package } from "../package";
import { escapeXml, XmlTokens } from "../xml";
import { appendInside, CONTENT_TYPES, findElement, RELATIONSHIPS, type Prefixes } from "./namespaces";

/**
 * Edits to the package's shared bookkeeping parts ([Content_Types].xml and the .rels parts),
 * each an insertion or removal of one element, so that adding then removing gives back the
 * same bytes.
 */

const RELS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

/** Adds `text` as the last child of the root element `root`, in the prefixes the part binds. */
function beforeClose(xml: string, part: string, root: string, text: string, written: Prefixes): string {
  const element = findElement(xml, part, root);
  if (!element) throw new Error(`no <${root}> root to add to`);
  return appendInside(xml, part, element, text, written);
}

/** Relationship ids a rels part already uses. */
function usedIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
}

/** Adds a relationship from `source` to `target`, a part of the package; says whether the rels part had to be made. */
export function addRelationship(pkg: Package, source: string, type: string, target: string): { id: string; createdRels: boolean } {
  return addRelationshipElement(pkg, source, (id) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(source, target))}"/>`);
}

/**
 * Relationships to files outside the package (links to other workbooks), their targets as
 * given, added in one edit of the rels part: a roll-up's tens of thousands of links would
 * otherwise re-read and re-write the whole part once each.
 */
export function addExternalRelationships(pkg: Package, source: string, type: string, targets: readonly string[]): { ids: string[]; createdRels: boolean } {
  return addRelationshipElements(pkg, source, targets.map((target) => (id: string) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}" TargetMode="External"/>`));
}

/** Adds the element `make` gives for the first free relationship id of `source`. */
function addRelationshipElement(pkg: Package, source: string, make: (id: string) => string): { id: string; createdRels: boolean } {
  const { ids, createdRels } = addRelationshipElements(pkg, source, [make]);
  return { id: ids[0], createdRels };
}

/** Adds the elements `makes` give, each for the next free relationship id of `source`, in one edit. */
function addRelationshipElements(pkg: Package, source: string, makes: readonly ((id: string) => string)[]): { ids: string[]; createdRels: boolean } {
  const relsPart = relsPartOf(source);
  const createdRels = !pkg.has(relsPart);
  if (makes.length === 0) return { ids: [], createdRels: false };
  if (createdRels) {
    // A new part is written an element at a time: never the whole part as one string.
    const writer = pkg.writer(relsPart);
    writer.push(RELS_HEAD);
    const ids = makes.map((make, i) => {
      const id = `rId${i + 1}`;
      writer.push(make(id));
      return id;
    });
    writer.push("</Relationships>");
    writer.close();
    return { ids, createdRels };
  }
  const xml = pkg.text(relsPart);
  const used = usedIds(xml);
  let n = used.size;
  const ids = makes.map(() => {
    n++;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  });
  pkg.set(relsPart, beforeClose(xml, relsPart, "Relationships", makes.map((make, i) => make(ids[i])).join(""), RELATIONSHIPS));
  return { ids, createdRels };
}

/** Removes the relationships of `source` with these ids. */
export function removeRelationships(pkg: Package, source: string, ids: Set<string>): void {
  const relsPart = relsPartOf(source);
  if (!pkg.has(relsPart) || ids.size === 0) return;
  pkg.set(relsPart, removeElements(pkg.text(relsPart), relsPart, "Relationship", (attr) => ids.has(attr("Id") ?? "")));
}

/** Removes every element `name` (with its content) for which `drop` holds. */
export function removeElements(xml: string, part: string, name: string, drop: (attr: (a: string) => string | undefined) => boolean): string {
  const tokens = new XmlTokens(xml, part);
  const cuts: [number, number][] = [];
  while (tokens.next()) {
    if (tokens.name !== name || tokens.closing) continue;
    const start = tokens.start;
    if (!drop((a) => tokens.attr(a))) continue;
    tokens.skipElement();
    cuts.push([start, tokens.end]);
  }
  let out = xml;
  for (const [a, b] of cuts.reverse()) out = out.slice(0, a) + out.slice(b);
  return out;
}

const TYPES = "[Content_Types].xml";

export function addOverride(pkg: Package, part: string, contentType: string): void {
  pkg.set(TYPES, beforeClose(pkg.text(TYPES), TYPES, "Types", `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`, CONTENT_TYPES));
}

/** Adds a Default for an extension unless there is one; true when added. */
export function addDefault(pkg: Package, extension: string, contentType: string): boolean {
  const xml = pkg.text(TYPES);
  if (new RegExp(`<([\\w.-]+:)?Default\\b[^>]*Extension="${extension}"`, "i").test(xml)) return false;
  pkg.set(TYPES, beforeClose(xml, TYPES, "Types", `<Default Extension="${extension}" ContentType="${contentType}"/>`, CONTENT_TYPES));
  return true;
}

export function removeContentTypes(pkg: Package, parts: Set<string>, defaults: Set<string>): void {
  const xml = pkg.text(TYPES);
  const wanted = new Set([...parts].map((p) => `/${p}`.toLowerCase()));
  let out = removeElements(xml, TYPES, "Override", (attr) => wanted.has((attr("PartName") ?? "").toLowerCase()));
  out = removeElements(out, TYPES, "Default", (attr) => defaults.has((attr("Extension") ?? "").toLowerCase()));
  if (out !== xml) pkg.set(TYPES, out);
}

/** The first name "prefix{n}suffix" no part of the package has. */
export function freePartName(pkg: Package, prefix: string, suffix: string, taken: Set<string> = new Set()): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!pkg.has(name) && !taken.has(name)) return name;
  }
}
