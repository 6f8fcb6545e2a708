/**
 * Small .xlsx packages written by hand, part by part, so that a test can hold exactly the XML
 * other programs write (inline strings, rows without r=, absolute targets…) and nothing else.
 */
import { strToU8, zipSync } from "fflate";

export interface SheetXml {
  name: string;
  /** The <sheetData> and what follows it, inside <worksheet>. */
  body: string;
  state?: "hidden" | "veryHidden";
}

export interface PackageSpec {
  sheets: SheetXml[];
  strings?: string[];
  /** Raw <si> elements, for rich text. */
  richStrings?: string[];
  /** The inside of <styleSheet>; a minimal one when absent. */
  styles?: string;
  date1904?: boolean;
  /** Targets written absolute ("/xl/worksheets/sheet1.xml"), as some writers do. */
  absoluteTargets?: boolean;
  extraParts?: Record<string, string>;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const MINIMAL_STYLES = `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`;

export function buildPackage(spec: PackageSpec): Uint8Array {
  const target = (p: string) => (spec.absoluteTargets ? `/xl/${p}` : p);
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  const overrides = spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${spec.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`);
  const sheets = spec.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}>${spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheets}</sheets></workbook>`);
  const n = spec.sheets.length;
  const rels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`).join("");
  put("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="${target("styles.xml")}"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/></Relationships>`);
  spec.sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${s.body}</worksheet>`));
  const si = [...(spec.strings ?? []).map((t) => `<si><t xml:space="preserve">${t}</t></si>`), ...(spec.richStrings ?? [])];
  put("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${si.length}" uniqueCount="${si.length}">${si.join("")}</sst>`);
  put("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${spec.styles ?? MINIMAL_STYLES}</styleSheet>`);
  for (const [name, text] of Object.entries(spec.extraParts ?? {})) put(name, text);
  return zipSync(files);
}
