import { REL } from "../package";
import type { XlsxWorkbook } from "../workbook";
import { escapeXml, XmlTokens } from "../xml";
import { addRelationship, removeElements } from "./package-edits";
import { setAttrs } from "./styles-editor";

/** Elements of <workbook> that come after <definedNames>, in schema order. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);

/** Where a top-level element goes: before the first of `after` the workbook has, else before </workbook>. */
function placeBefore(xml: string, part: string, after: string[]): number {
  const tokens = new XmlTokens(xml, part);
  let depth = 0;
  while (tokens.next()) {
    if (tokens.name === "workbook") {
      if (tokens.closing) return tokens.start;
      continue;
    }
    if (depth === 0 && !tokens.closing && after.includes(tokens.name)) return tokens.start;
    if (tokens.closing) depth--;
    else if (!tokens.selfClosing) depth++;
  }
  throw new Error("workbook.xml has no </workbook>");
}

function insertAt(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * Lists the new sheets in workbook.xml (after the user's, so no local name of theirs changes
 * its sheet), adds their print names, and asks for formulas to be calculated on opening: the
 * summary's formulas are written without results. Returns the <calcPr> tag as it was.
 */
export function addToWorkbookXml(workbook: XlsxWorkbook, sheets: { name: string; part: string; state?: "veryHidden" }[], names: string): string | null {
  const { pkg, book } = workbook;
  let nextId = Math.max(0, ...book.allSheetIds.map(Number).filter(Number.isFinite)) + 1;
  const elements = sheets.map((s) => {
    const { id } = addRelationship(pkg, book.part, REL.worksheet, s.part);
    return `<sheet name="${escapeXml(s.name)}" sheetId="${nextId++}"${s.state ? ` state="${s.state}"` : ""} r:id="${id}"/>`;
  });
  let xml = pkg.text(book.part);
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? "";
  const sheetsClose = new RegExp(`</${prefix}sheets>`).exec(xml);
  if (!sheetsClose) throw new Error("workbook.xml has no </sheets>");
  xml = insertAt(xml, sheetsClose.index, elements.join(""));
  if (names) {
    const close = new RegExp(`</${prefix}definedNames>`).exec(xml);
    xml = close ? insertAt(xml, close.index, names) : insertAt(xml, placeBefore(xml, book.part, AFTER_DEFINED_NAMES), `<${prefix}definedNames>${names}</${prefix}definedNames>`);
  }
  const calc = new RegExp(`<${prefix}calcPr\\b[^>]*?/?>`).exec(xml);
  if (calc) {
    xml = xml.slice(0, calc.index) + setAttrs(calc[0], { fullCalcOnLoad: "1" }) + xml.slice(calc.index + calc[0].length);
  } else xml = insertAt(xml, placeBefore(xml, book.part, AFTER_CALC_PR), `<${prefix}calcPr fullCalcOnLoad="1"/>`);
  pkg.set(book.part, xml);
  return calc ? calc[0] : null;
}

/**
 * Takes sheets out of workbook.xml: their <sheet>, the names local to them (the local names of
 * sheets after them renumbered), and puts <calcPr> back as it was.
 */
export function removeFromWorkbookXml(workbook: XlsxWorkbook, relIds: Set<string>, calcPr: string | null | undefined): void {
  const { pkg, book } = workbook;
  const removedIndexes = book.sheets.filter((s) => relIds.has(s.relId)).map((s) => s.index);
  let xml = pkg.text(book.part);
  xml = removeElements(xml, book.part, "sheet", (attr) => relIds.has(attr("r:id") ?? ""));
  xml = removeElements(xml, book.part, "definedName", (attr) => removedIndexes.includes(Number(attr("localSheetId") ?? -1)));
  xml = xml.replace(/(<definedName\b[^>]*\blocalSheetId=")(\d+)"/g, (whole, head: string, index: string) => {
    const shift = removedIndexes.filter((r) => r < Number(index)).length;
    return shift ? `${head}${Number(index) - shift}"` : whole;
  });
  xml = xml.replace(/<(\w+:)?definedNames>\s*<\/(\w+:)?definedNames>/, "");
  if (calcPr !== undefined) {
    const calc = /<(\w+:)?calcPr\b[^>]*?\/?>/.exec(xml);
    if (calc) xml = xml.slice(0, calc.index) + (calcPr ?? "") + xml.slice(calc.index + calc[0].length);
  }
  pkg.set(book.part, xml);
}
