import { REL } from "../package";
import type { XlsxWorkbook } from "../workbook";
import { escapeXml, XmlTokens } from "../xml";
import { appendInside, fitAt, SPREADSHEET, type ElementAt } from "./namespaces";
import { addRelationship, removeElements } from "./package-edits";
import { setAttrs } from "./styles-editor";

/** Elements of <workbook> that come after <definedNames>, in schema order. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);

/** The child `name` of <workbook>, or else where it would go: before the first of `after` it has, else before </workbook>. */
function childOrPlace(xml: string, part: string, name: string, after: string[]): ElementAt | number {
  const tokens = new XmlTokens(xml, part);
  let depth = 0;
  while (tokens.next()) {
    if (depth === 0 && tokens.name === "workbook") {
      if (tokens.closing) return tokens.start;
      continue;
    }
    if (depth === 0 && !tokens.closing) {
      if (tokens.name === name) {
        const { start, end } = tokens;
        if (tokens.selfClosing) return { start, end, close: -1 };
        tokens.skipElement();
        return { start, end, close: tokens.start };
      }
      if (after.includes(tokens.name)) return tokens.start;
    }
    if (tokens.closing) depth--;
    else if (!tokens.selfClosing) depth++;
  }
  throw new Error(`${part} has no </workbook>`);
}

function insertNew(xml: string, part: string, at: number, fragment: string): string {
  return xml.slice(0, at) + fitAt(xml, part, at, fragment, SPREADSHEET) + xml.slice(at);
}

/** What clear needs to put workbook.xml back: its <calcPr> tag and its empty <definedNames> tag as they were. */
export interface WorkbookXmlRecord {
  /** null: it had none. */
  calcPr: string | null;
  /** The empty element as written (`<definedNames/>`); null: the writer made it; absent: it held the user's names, or there was none to add to. */
  definedNames?: string | null;
}

/**
 * Lists the new sheets in workbook.xml (after the user's, so no local name of theirs changes
 * its sheet), adds their print names, and asks for formulas to be calculated on opening: the
 * summary's formulas are written without results. Every element goes in with the prefixes
 * workbook.xml itself binds.
 */
export function addToWorkbookXml(workbook: XlsxWorkbook, sheets: { name: string; part: string; state?: "veryHidden" }[], names: string): WorkbookXmlRecord {
  const { pkg, book } = workbook;
  const part = book.part;
  let nextId = Math.max(0, ...book.allSheetIds.map(Number).filter(Number.isFinite)) + 1;
  const elements = sheets.map((s) => {
    const { id } = addRelationship(pkg, part, REL.worksheet, s.part);
    return `<sheet name="${escapeXml(s.name)}" sheetId="${nextId++}"${s.state ? ` state="${s.state}"` : ""} r:id="${id}"/>`;
  });
  let xml = pkg.text(part);
  const sheetsElement = childOrPlace(xml, part, "sheets", []);
  if (typeof sheetsElement === "number") throw new Error(`${part} has no <sheets>`);
  xml = appendInside(xml, part, sheetsElement, elements.join(""), SPREADSHEET);
  const record: WorkbookXmlRecord = { calcPr: null };
  const definedNames = childOrPlace(xml, part, "definedNames", AFTER_DEFINED_NAMES);
  if (typeof definedNames !== "number") {
    const whole = xml.slice(definedNames.start, definedNames.close < 0 ? definedNames.end : xml.indexOf(">", definedNames.close) + 1);
    // An empty one (openpyxl writes <definedNames/>) is left empty by clear, and must come back as written.
    if (!/[<:]definedName\b/.test(whole)) record.definedNames = whole;
  }
  if (names && typeof definedNames === "number") {
    record.definedNames = null;
    xml = insertNew(xml, part, definedNames, `<definedNames>${names}</definedNames>`);
  } else if (names && typeof definedNames !== "number") xml = appendInside(xml, part, definedNames, names, SPREADSHEET);
  const calc = childOrPlace(xml, part, "calcPr", AFTER_CALC_PR);
  if (typeof calc === "number") xml = insertNew(xml, part, calc, '<calcPr fullCalcOnLoad="1"/>');
  else {
    record.calcPr = xml.slice(calc.start, calc.end);
    xml = xml.slice(0, calc.start) + setAttrs(record.calcPr, { fullCalcOnLoad: "1" }) + xml.slice(calc.end);
  }
  pkg.set(part, xml);
  return record;
}

/**
 * Takes sheets out of workbook.xml: their <sheet>, the names local to them (the local names of
 * sheets after them renumbered), and puts <calcPr> and an empty <definedNames> back as they were.
 * `record` is absent for a store that did not record them (written by Office.js).
 */
export function removeFromWorkbookXml(workbook: XlsxWorkbook, relIds: Set<string>, record: WorkbookXmlRecord | undefined): void {
  const { pkg, book } = workbook;
  const removed = book.sheets.filter((s) => relIds.has(s.relId));
  const removedIndexes = removed.map((s) => s.index);
  const removedNames = new Set(removed.map((s) => s.name));
  let xml = pkg.text(book.part);
  // By name, unique in a workbook, rather than by an id attribute whose prefix differs between writers.
  xml = removeElements(xml, book.part, "sheet", (attr) => removedNames.has(attr("name") ?? ""));
  xml = removeElements(xml, book.part, "definedName", (attr) => removedIndexes.includes(Number(attr("localSheetId") ?? -1)));
  xml = xml.replace(/(<(?:[\w.-]+:)?definedName\b[^>]*\blocalSheetId=")(\d+)"/g, (whole, head: string, index: string) => {
    const shift = removedIndexes.filter((r) => r < Number(index)).length;
    return shift ? `${head}${Number(index) - shift}"` : whole;
  });
  xml = xml.replace(/<([\w.-]+:)?definedNames\b[^>]*>\s*<\/([\w.-]+:)?definedNames>/, () => record?.definedNames ?? "");
  if (record !== undefined) {
    const calc = /<([\w.-]+:)?calcPr\b[^>]*?\/?>/.exec(xml);
    if (calc) xml = xml.slice(0, calc.index) + (record.calcPr ?? "") + xml.slice(calc.index + calc[0].length);
  }
  pkg.set(book.part, xml);
}
