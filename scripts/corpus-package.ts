/**
 * What a workbook package holds, read for comparison: its parts by kind, each sheet's
 * features (validations, conditional formats, hyperlinks, merges, column widths, frozen panes,
 * filters) and the cells of chosen sheets with their values and resolved styles. Used by
 * `npm run corpus` and by the tests of workbooks made by other programs, so that both judge a
 * copy by the same measure.
 */
import { unzipSync } from "fflate";
import { canonical, child, descendants, elements, parseXml, textOf, type XmlElement } from "./corpus-xml";

export type Parts = Map<string, Uint8Array>;

/** Kinds of part a workbook may carry beside its sheets, found by where the part lives. */
export const PART_KINDS = {
  charts: /^xl\/charts\/chart[^/]*\.xml$/,
  "chart sheets": /^xl\/chartsheets\/[^/]+\.xml$/,
  "chart styles and colours": /^xl\/charts\/(style|colors)[^/]*\.xml$/,
  drawings: /^xl\/drawings\/[^/]+\.xml$/,
  "VML drawings": /^xl\/drawings\/[^/]+\.vml$/,
  "images and media": /^xl\/media\//,
  "pivot tables": /^xl\/pivotTables\/[^/]+\.xml$/,
  "pivot caches": /^xl\/pivotCache\/[^/]+\.xml$/,
  tables: /^xl\/tables\/[^/]+\.xml$/,
  comments: /^xl\/comments[^/]*(\/[^/]+)?\.xml$/,
  "threaded comments": /^xl\/threadedComments\/[^/]+\.xml$/,
  persons: /^xl\/persons\/[^/]+\.xml$/,
  "form controls": /^xl\/ctrlProps\/[^/]+\.xml$/,
  "ActiveX controls": /^xl\/activeX\//,
  "embedded objects": /^xl\/embeddings\//,
  "custom XML": /^customXml\//,
  "external links": /^xl\/externalLinks\/[^/]+\.xml$/,
  VBA: /^xl\/vbaProject\.bin$/,
  "data connections": /^xl\/connections\.xml$/,
  "query tables": /^xl\/queryTables\/[^/]+\.xml$/,
  "printer settings": /^xl\/printerSettings\//,
  slicers: /^xl\/(slicers|slicerCaches)\//,
  timelines: /^xl\/(timelines|timelineCaches)\//,
  "custom properties": /^docProps\/custom\.xml$/,
  "web extensions": /^xl\/webextensions\//,
  "rich data": /^xl\/richData\//,
  "metadata": /^xl\/metadata\.xml$/,
} as const;
export type PartKind = keyof typeof PART_KINDS;

export const SHEET_FEATURES = ["data validations", "conditional formats", "hyperlinks", "merges", "column widths", "frozen panes", "autofilters"] as const;
export type SheetFeature = (typeof SHEET_FEATURES)[number];

export interface Sheet {
  name: string;
  /** The part, or undefined when the workbook names a sheet it does not hold. */
  path: string | undefined;
  /** Each feature as a list of signatures, sorted: equal lists mean the same feature. */
  features: Record<SheetFeature, string[]>;
}

export interface Workbook {
  parts: Parts;
  sheets: Sheet[];
  definedNames: string[];
}

const decoder = new TextDecoder();
export const text = (parts: Parts, name: string): string | undefined => {
  const bytes = parts.get(name);
  return bytes && decoder.decode(bytes);
};

/** The package's parts by name; directories, which some zips list, are left out. */
export function unzipPackage(data: Uint8Array): Parts {
  const files = unzipSync(data);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}

export function countKinds(parts: Parts): Record<PartKind, number> {
  const counts = Object.fromEntries(Object.keys(PART_KINDS).map((k) => [k, 0])) as Record<PartKind, number>;
  for (const name of parts.keys()) {
    for (const [kind, pattern] of Object.entries(PART_KINDS) as Array<[PartKind, RegExp]>) if (pattern.test(name)) counts[kind]++;
  }
  return counts;
}

/** The part a relationship of `source` points at: targets are relative to the source's folder unless absolute. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** A part's relationships by id: the resolved target, or the target as written when external. */
export function relationships(parts: Parts, source: string): Map<string, { type: string; target: string; external: boolean }> {
  const slash = source.lastIndexOf("/");
  const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  const xml = text(parts, relsName);
  const rels = new Map<string, { type: string; target: string; external: boolean }>();
  if (!xml) return rels;
  for (const rel of elements(parseXml(xml), "Relationship")) {
    const external = rel.attrs.TargetMode === "External";
    rels.set(rel.attrs.Id, { type: rel.attrs.Type ?? "", target: external ? rel.attrs.Target : resolveTarget(source, rel.attrs.Target ?? ""), external });
  }
  return rels;
}

/** The workbook part, as the package's root relationships name it. */
export function workbookPath(parts: Parts): string {
  for (const rel of relationships(parts, "").values()) if (rel.type.endsWith("/officeDocument")) return rel.target;
  return "xl/workbook.xml";
}

const rangeList = (sqref: string | undefined) => (sqref ?? "").trim().split(/\s+/).sort().join(" ");

function sheetFeatures(parts: Parts, path: string): Record<SheetFeature, string[]> {
  const features = Object.fromEntries(SHEET_FEATURES.map((f) => [f, [] as string[]])) as Record<SheetFeature, string[]>;
  const xml = text(parts, path);
  if (!xml) return features;
  const root = parseXml(xml);
  const rels = relationships(parts, path);
  for (const v of descendants(root, "dataValidation")) {
    const formulas = ["formula1", "formula2"].map((f) => descendants(v, f).map(textOf).join("")).join("|");
    // Excel 2010+ keeps validations that point at other sheets under x14, with the range in xm:sqref.
    const sqref = v.attrs.sqref ?? descendants(v, "sqref").map(textOf).join(" ");
    features["data validations"].push(`${rangeList(sqref)} ${v.attrs.type ?? "any"} ${v.attrs.operator ?? ""} ${formulas}`);
  }
  for (const cf of descendants(root, "conditionalFormatting")) {
    const sqref = cf.attrs.sqref ?? descendants(cf, "sqref").map(textOf).join(" ");
    for (const rule of elements(cf, "cfRule")) {
      const formulas = descendants(rule, "f").concat(descendants(rule, "formula")).map(textOf).join("|");
      features["conditional formats"].push(`${rangeList(sqref)} ${rule.attrs.type ?? ""} ${rule.attrs.operator ?? ""} ${rule.attrs.text ?? ""} ${formulas}`);
    }
  }
  for (const link of descendants(root, "hyperlink")) {
    const rel = link.attrs["r:id"] ? rels.get(link.attrs["r:id"]) : undefined;
    features.hyperlinks.push(`${link.attrs.ref} → ${rel?.target ?? ""}${link.attrs.location ? `#${link.attrs.location}` : ""}`);
  }
  features.merges = descendants(root, "mergeCell").map((m) => m.attrs.ref);
  for (const col of descendants(child(root, "cols") ?? { name: "", attrs: {}, children: [] }, "col")) {
    const width = col.attrs.width === undefined ? "default" : String(Number(col.attrs.width));
    const hidden = col.attrs.hidden === "1" || col.attrs.hidden === "true" ? " hidden" : "";
    // One signature per column, so that a range split or joined by another writer still compares equal.
    const max = Math.min(Number(col.attrs.max), Number(col.attrs.min) + 255);
    for (let c = Number(col.attrs.min); c <= max; c++) features["column widths"].push(`${c}: ${width}${hidden}`);
  }
  for (const pane of descendants(root, "pane")) {
    if (pane.attrs.state === "frozen" || pane.attrs.state === "frozenSplit") features["frozen panes"].push(`${pane.attrs.xSplit ?? 0},${pane.attrs.ySplit ?? 0} ${pane.attrs.topLeftCell ?? ""}`);
  }
  for (const filter of elements(root, "autoFilter")) features.autofilters.push(`${filter.attrs.ref} ${descendants(filter, "filterColumn").length} filtered`);
  for (const list of Object.values(features)) list.sort();
  return features;
}

/** Reads a package's sheets (by name, in order), their features and its defined names. */
export function readWorkbookPackage(data: Uint8Array): Workbook {
  const parts = unzipPackage(data);
  const path = workbookPath(parts);
  const xml = text(parts, path);
  if (!xml) return { parts, sheets: [], definedNames: [] };
  const root = parseXml(xml);
  const rels = relationships(parts, path);
  const sheets = descendants(root, "sheet").map((s): Sheet => {
    const target = rels.get(s.attrs["r:id"])?.target;
    const part = target && parts.has(target) ? target : undefined;
    return { name: s.attrs.name, path: part, features: part ? sheetFeatures(parts, part) : sheetFeatures(parts, "") };
  });
  const definedNames = descendants(root, "definedName")
    .map((d) => `${d.attrs.name}${d.attrs.localSheetId === undefined ? "" : `@${d.attrs.localSheetId}`} = ${textOf(d)}`)
    .sort();
  return { parts, sheets, definedNames };
}

/** A cell as a user sees it: its value, its formula, and the fill, font and number format it shows. */
export interface CellLook {
  value: string;
  formula: string;
  fill: string;
  font: string;
  numFmt: string;
}

/** Column letters to a 1-based number. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const columnLetters = (n: number): string => (n > 26 ? columnLetters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** The number formats every spreadsheet knows by id alone (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<string, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

interface Styles {
  look(index: number): Omit<CellLook, "value" | "formula">;
}

function readStyles(parts: Parts, workbook: string): Styles {
  const stylesPart = [...relationships(parts, workbook).values()].find((r) => r.type.endsWith("/styles"))?.target;
  const xml = stylesPart && text(parts, stylesPart);
  const root = xml ? parseXml(xml) : undefined;
  const list = (name: string, item: string) => (root && child(root, name) ? elements(child(root, name)!, item).map(canonical) : []);
  const fills = list("fills", "fill");
  const fonts = list("fonts", "font");
  const formats = new Map((root && child(root, "numFmts") ? elements(child(root, "numFmts")!, "numFmt") : []).map((f) => [f.attrs.numFmtId, f.attrs.formatCode]));
  const xfs = root && child(root, "cellXfs") ? elements(child(root, "cellXfs")!, "xf") : [];
  return {
    look(index) {
      const xf = xfs[index]?.attrs ?? {};
      const fmtId = xf.numFmtId ?? "0";
      return {
        fill: fills[Number(xf.fillId ?? 0)] ?? "",
        font: fonts[Number(xf.fontId ?? 0)] ?? "",
        // A format is compared by its code, whatever id a writer gave it.
        numFmt: formatCode(formats.get(fmtId) ?? BUILT_IN_FORMATS[fmtId] ?? `built-in ${fmtId}`),
      };
    },
  };
}

/** Cell text as the user reads it: OOXML writes characters XML cannot hold as `_xHHHH_` (and `_` before one as `_x005F_`). */
const decodeText = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A number format's code as it displays: `\-` and `-` show the same, as do the other characters Excel shows as they are. */
const formatCode = (code: string) => code.replace(/\\([-$+/():!^&'~{}<>= ])/g, "$1");

function sharedStrings(parts: Parts, workbook: string): string[] {
  const part = [...relationships(parts, workbook).values()].find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const xml = part && text(parts, part);
  if (!xml) return [];
  // Phonetic runs (rPh) are a reading aid, not the text.
  const visible = (n: XmlElement): string => n.children.map((c) => (typeof c === "string" ? "" : c.name === "t" ? textOf(c) : c.name === "rPh" ? "" : visible(c))).join("");
  return elements(parseXml(xml), "si").map((s) => decodeText(visible(s)));
}

export interface SheetCells {
  /** Every cell the sheet's XML holds, by address; rows and cells without `r=` follow the one before. */
  cells: Map<string, CellLook>;
  /** How a cell the XML lacks looks: empty, in the workbook's default style. */
  blank: CellLook;
}

/** The cells of a sheet as a user sees them. */
export function sheetCells(book: Workbook, sheetName: string): SheetCells {
  const { parts } = book;
  const cells = new Map<string, CellLook>();
  const wb = workbookPath(parts);
  const styles = readStyles(parts, wb);
  const blank = { value: "", formula: "", ...styles.look(0) };
  const sheet = book.sheets.find((s) => s.name === sheetName);
  const xml = sheet?.path && text(parts, sheet.path);
  if (!xml) return { cells, blank };
  const strings = sharedStrings(parts, wb);
  const data = child(parseXml(xml), "sheetData");
  let rowNumber = 0;
  for (const row of data ? elements(data, "row") : []) {
    rowNumber = row.attrs.r ? Number(row.attrs.r) : rowNumber + 1;
    let col = 0;
    for (const c of elements(row, "c")) {
      const ref = c.attrs.r ? /^([A-Z]+)(\d+)$/.exec(c.attrs.r) : null;
      col = ref ? columnNumber(ref[1]) : col + 1;
      const raw = textOf(child(c, "v") ?? "");
      const type = c.attrs.t ?? "n";
      const value =
        type === "s" ? (strings[Number(raw)] ?? "") : type === "inlineStr" ? decodeText(textOf(child(c, "is") ?? "")) : type === "n" && raw !== "" ? String(Number(raw)) : type === "b" ? (raw === "1" ? "TRUE" : "FALSE") : raw;
      const f = child(c, "f");
      // A shared formula's followers hold no text of their own; whether they stay shared is a writer's choice.
      const formula = f ? textOf(f) || (f.attrs.t === "shared" ? "shared" : "") : "";
      cells.set(`${columnLetters(col)}${rowNumber}`, { value, formula, ...styles.look(Number(c.attrs.s ?? 0)) });
    }
  }
  return { cells, blank };
}
