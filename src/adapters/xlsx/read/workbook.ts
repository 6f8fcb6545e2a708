import { isRelType, REL, type Package } from "../package";
import { XmlTokens } from "../xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

/** A worksheet as workbook.xml lists it (chart sheets and dialog sheets are left out). */
export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  state: SheetState;
  /** Its part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
  /** Its place among all `<sheet>` elements, which a local defined name refers to. */
  index: number;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
}

export interface BookInfo {
  part: string;
  sheets: SheetEntry[];
  /** Every `<sheet>` element, worksheets or not, for their count and ids. */
  allSheetIds: string[];
  date1904: boolean;
  definedNames: DefinedName[];
  sharedStringsPart?: string;
  stylesPart?: string;
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** workbook.xml and its relationships: sheet names, order and state, the date system, names. */
export function readBook(pkg: Package): BookInfo {
  const part = pkg.workbookPart();
  const rels = pkg.rels(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const tokens = new XmlTokens(pkg.text(part), part);
  const info: BookInfo = { part, sheets: [], allSheetIds: [], date1904: false, definedNames: [] };
  let index = 0;
  while (tokens.next()) {
    if (tokens.closing) continue;
    if (tokens.name === "workbookPr") info.date1904 = truthy(tokens.attr("date1904"));
    else if (tokens.name === "sheet") {
      const relId = tokens.attr("r:id") ?? relIdAttr(tokens);
      const rel = relId ? byId.get(relId) : undefined;
      const sheetId = tokens.attr("sheetId") ?? "";
      info.allSheetIds.push(sheetId);
      if (rel && isRelType(rel.type, REL.worksheet) && pkg.has(rel.target)) {
        const state = tokens.attr("state");
        info.sheets.push({
          name: tokens.attr("name") ?? "",
          sheetId,
          relId: relId!,
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          part: rel.target,
          index,
        });
      }
      index++;
    } else if (tokens.name === "definedName") {
      const local = tokens.attr("localSheetId");
      info.definedNames.push({ name: tokens.attr("name") ?? "", localSheetId: local === undefined ? undefined : Number(local) });
    }
  }
  info.sharedStringsPart = rels.find((r) => isRelType(r.type, REL.sharedStrings) && pkg.has(r.target))?.target;
  info.stylesPart = rels.find((r) => isRelType(r.type, REL.styles) && pkg.has(r.target))?.target;
  return info;
}

/** Some writers bind the relationships namespace to a prefix other than "r". */
function relIdAttr(tokens: XmlTokens): string | undefined {
  const tag = tokens.xml.slice(tokens.start, tokens.end);
  const m = /\s[A-Za-z0-9_]+:id\s*=\s*"([^"]*)"/.exec(tag);
  return m?.[1];
}
