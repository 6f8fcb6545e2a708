import type { CellStyle } from "../../../engine";
import { escapeXml, XmlTokens } from "../xml";
import { findElement, fitFragment, scopeAt, scopeInside, scopeWithin, SPREADSHEET, type Scope } from "./namespaces";

/** A section of styles.xml: where its children start and end, and the children's markup. */
interface Section {
  name: string;
  /** Offsets of the section's open tag and of its close tag ("</fills>"); -1 when absent. */
  open: number;
  openEnd: number;
  close: number;
  items: string[];
  /** Offset of each item's start in the part. */
  starts: number[];
  added: string[];
}

/** How many items each section held; -1 for a section the part lacked. */
export type StyleCounts = Record<string, number>;

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] as const;
type SectionName = (typeof SECTIONS)[number];

const PLAIN_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/**
 * Appends fonts, fills, number formats and cell formats to styles.xml, leaving every existing
 * one where it is, so that the style index of every cell the checker does not touch still means
 * what it meant. The new markup is spliced in as text: nothing else of the part is re-written.
 * The checker's own markup takes the prefixes the part binds; markup copied from the part
 * (a cell format given another fill) is already in them.
 */
export class StylesEditor {
  private readonly sections = new Map<SectionName, Section>();
  private readonly fillIds = new Map<string, number>();
  private readonly highlighted = new Map<string, number>();
  private readonly styleIds = new Map<string, number>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly scopes = new Map<string, Scope>();

  constructor(private readonly xml: string, private readonly part: string) {
    const tokens = new XmlTokens(xml, part);
    let current: Section | null = null;
    let depth = 0;
    let itemStart = 0;
    while (tokens.next()) {
      const name = tokens.name as SectionName;
      if (!current && (SECTIONS as readonly string[]).includes(name) && !tokens.closing) {
        current = { name, open: tokens.start, openEnd: tokens.end, close: tokens.selfClosing ? -1 : 0, items: [], starts: [], added: [] };
        this.sections.set(name, current);
        if (tokens.selfClosing) current = null;
        continue;
      }
      if (!current) continue;
      if (tokens.closing && depth === 0 && name === current.name) {
        current.close = tokens.start;
        current = null;
        continue;
      }
      if (depth === 0 && !tokens.closing) itemStart = tokens.start;
      if (!tokens.closing && !tokens.selfClosing) depth++;
      if (tokens.closing) depth--;
      if (depth === 0) {
        current.items.push(xml.slice(itemStart, tokens.end));
        current.starts.push(itemStart);
      }
    }
    for (const item of this.sections.get("numFmts")?.items ?? []) {
      const id = Number(/numFmtId="(\d+)"/.exec(item)?.[1] ?? 0);
      if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
  }

  private count(name: SectionName): number {
    const s = this.sections.get(name);
    return s ? s.items.length + s.added.length : 0;
  }

  /** The scope inside a section, or inside the root for a section the part lacks. */
  private scopeOf(name: SectionName | "styleSheet"): Scope {
    let scope = this.scopes.get(name);
    if (!scope) {
      const s = name === "styleSheet" ? undefined : this.sections.get(name);
      const root = findElement(this.xml, this.part, "styleSheet");
      scope = s && s.open >= 0 ? scopeWithin(scopeAt(this.xml, this.part, s.open), this.xml.slice(s.open, s.openEnd)) : root ? scopeInside(this.xml, this.part, root) : new Map<string, string>();
      this.scopes.set(name, scope);
    }
    return scope;
  }

  /** The checker's own markup, written in Excel's prefixes, as it goes into a section. */
  private own(name: SectionName, markup: string): string {
    return fitFragment(markup, SPREADSHEET, this.scopeOf(name));
  }

  private addOwn(name: SectionName, markup: string): number {
    return this.add(name, this.own(name, markup));
  }

  private add(name: SectionName, markup: string): number {
    let section = this.sections.get(name);
    if (!section) {
      section = { name, open: -1, openEnd: -1, close: -1, items: [], starts: [], added: [] };
      this.sections.set(name, section);
    }
    section.added.push(markup);
    return section.items.length + section.added.length - 1;
  }

  private solidFill(hex: string): number {
    let id = this.fillIds.get(hex);
    if (id === undefined) {
      // Excel reads fills 0 and 1 as "none" and "gray125" whatever they hold: never use them.
      while (this.count("fills") < 2) this.addOwn("fills", this.count("fills") === 0 ? '<fill><patternFill patternType="none"/></fill>' : '<fill><patternFill patternType="gray125"/></fill>');
      id = this.addOwn("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`);
      this.fillIds.set(hex, id);
    }
    return id;
  }

  /** The cell format `style` (a cell's `s`) with a solid fill of `hex` instead of its own. */
  withFill(style: number, hex: string): number {
    const key = `${style}|${hex}`;
    let id = this.highlighted.get(key);
    if (id === undefined) {
      const xfs = this.sections.get("cellXfs")?.items ?? [];
      const original = xfs[style] ?? xfs[0] ?? this.own("cellXfs", PLAIN_XF);
      const fillId = this.solidFill(hex);
      id = this.add("cellXfs", setAttrs(original, { fillId: String(fillId), applyFill: "1" }));
      this.highlighted.set(key, id);
    }
    return id;
  }

  /** How many items each section holds now. */
  counts(): StyleCounts {
    return Object.fromEntries(SECTIONS.map((name) => {
      const s = this.sections.get(name);
      return [name, s && s.open >= 0 ? s.items.length : -1];
    }));
  }

  /**
   * The part cut back to `counts` items per section (what it held before the checker appended
   * to it): a section it lacked is taken out whole. Only for a part the checker's writing left
   * as it was.
   */
  cutBackTo(counts: StyleCounts): string {
    const edits: { at: number; remove: number; text: string }[] = [];
    for (const name of SECTIONS) {
      const s = this.sections.get(name);
      const keep = counts[name];
      if (!s || s.open < 0 || keep === undefined || keep >= s.items.length) continue;
      if (keep < 0) {
        edits.push({ at: s.open, remove: this.xml.indexOf(">", s.close) + 1 - s.open, text: "" });
        continue;
      }
      edits.push({ at: s.starts[keep], remove: s.close - s.starts[keep], text: "" });
      edits.push({ at: s.open, remove: s.openEnd - s.open, text: setAttrs(this.xml.slice(s.open, s.openEnd), { count: String(keep) }) });
    }
    let out = this.xml;
    for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
    return out;
  }

  /** How many cell formats the part holds, added ones included. */
  cellFormatCount(): number {
    return this.count("cellXfs");
  }

  /** The <fill> markup of a cell format as it is in the part; null for "no fill" (fill 0). */
  fillMarkupOf(style: number | null): string | null {
    const xf = this.sections.get("cellXfs")?.items[style ?? 0];
    const fillId = Number(/fillId="(\d+)"/.exec(xf ?? "")?.[1] ?? 0);
    return fillId === 0 ? null : (this.sections.get("fills")?.items[fillId] ?? null);
  }

  /** The cell format `style` with the fill `fill` (markup; null: none), for putting a fill back. */
  withFillMarkup(style: number | null, fill: string | null): number {
    const xfs = this.sections.get("cellXfs")?.items ?? [];
    const original = xfs[style ?? 0] ?? xfs[0] ?? this.own("cellXfs", PLAIN_XF);
    const fillId = fill === null ? 0 : this.add("fills", fill);
    return this.add("cellXfs", setAttrs(original, { fillId: String(fillId) }));
  }

  /** A cell format for one of the checker's own styles. */
  styleOf(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.styleIds.get(key);
    if (id === undefined) {
      const font = this.addOwn("fonts", fontXml(style));
      const fill = style.fill ? this.solidFill(style.fill) : 0;
      const numFmt = style.numberFormat ? this.numFmtOf(style.numberFormat) : 0;
      if (this.count("borders") === 0) this.addOwn("borders", "<border><left/><right/><top/><bottom/><diagonal/></border>");
      const align = `<alignment vertical="top"${style.wrap ? ' wrapText="1"' : ""}/>`;
      id = this.addOwn("cellXfs", `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0" applyFont="1"${fill ? ' applyFill="1"' : ""}${numFmt ? ' applyNumberFormat="1"' : ""} applyAlignment="1">${align}</xf>`);
      this.styleIds.set(key, id);
    }
    return id;
  }

  private numFmtOf(code: string): number {
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.addOwn("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      this.numFmtIds.set(code, id);
    }
    return id;
  }

  /** The part with what was added; the same text when nothing was. */
  toXml(): string {
    const edits: { at: number; remove: number; text: string }[] = [];
    let missing = "";
    for (const name of SECTIONS) {
      const s = this.sections.get(name);
      if (!s || s.added.length === 0) continue;
      const total = s.items.length + s.added.length;
      if (s.open < 0) {
        // A section the part lacks goes in schema order, before the next section it has.
        const wrapper = fitFragment(`<${name} count="${total}"></${name}>`, SPREADSHEET, this.scopeOf("styleSheet"));
        const markup = `${wrapper.slice(0, wrapper.lastIndexOf("</"))}${s.added.join("")}${wrapper.slice(wrapper.lastIndexOf("</"))}`;
        const after = SECTIONS.slice(SECTIONS.indexOf(name) + 1).map((n) => this.sections.get(n)).find((n) => n && n.open >= 0);
        if (after) edits.push({ at: after.open, remove: 0, text: markup });
        else missing += markup;
        continue;
      }
      const openTag = this.xml.slice(s.open, s.openEnd);
      if (s.close < 0) {
        edits.push({ at: s.open, remove: s.openEnd - s.open, text: `${setAttrs(openTag.replace(/\s*\/>$/, ">"), { count: String(total) })}${s.added.join("")}</${/^<([^\s/>]+)/.exec(openTag)![1]}>` });
      } else {
        edits.push({ at: s.open, remove: s.openEnd - s.open, text: setAttrs(openTag, { count: String(total) }) });
        edits.push({ at: s.close, remove: 0, text: s.added.join("") });
      }
    }
    let out = this.xml;
    if (missing) {
      const root = /<(?:\w+:)?styleSheet\b[^>]*?(\/?)>/.exec(out);
      if (root) edits.push({ at: root.index + root[0].length, remove: 0, text: missing });
    }
    // At one offset the replaced open tag goes first, so that an insertion there lands before it.
    for (const e of edits.sort((a, b) => b.at - a.at || b.remove - a.remove)) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
    return out;
  }
}

function fontXml(style: CellStyle): string {
  const parts = [style.bold ? "<b/>" : "", style.italic ? "<i/>" : "", style.underline ? "<u/>" : "", `<sz val="${style.size ?? 11}"/>`, style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : '<color theme="1"/>', '<name val="Calibri"/><family val="2"/><scheme val="minor"/>'];
  return `<font>${parts.join("")}</font>`;
}

const attrPatterns = new Map<string, RegExp>();

/** The pattern of an attribute and its value, made once per name: a sheet patch sets one on each of thousands of cells. */
function attrPattern(name: string): RegExp {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`)));
  return re;
}

/** An element's start tag with attributes set (replaced where present, else added). */
export function setAttrs(markup: string, attrs: Record<string, string>): string {
  const end = markup.search(/\/?>/);
  let tag = markup.slice(0, end);
  for (const [name, value] of Object.entries(attrs)) {
    const re = attrPattern(name);
    tag = re.test(tag) ? tag.replace(re, `$1"${value}"`) : `${tag} ${name}="${value}"`;
  }
  return tag + markup.slice(end);
}

/** The minimal styles part for a package that has none. */
export const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
