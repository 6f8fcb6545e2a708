import type { Package } from "../package";
import { XmlTokens } from "../xml";

/** What a cell format means to the grid: its number format code and its solid RGB fill. */
export interface CellFormat {
  numberFormat?: string;
  /** "#RRGGBB" */
  fill?: string;
}

/** Excel's built-in number formats, by id, as Excel shows them in an English locale. */
const BUILT_IN: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: "m/d/yy \"h\":mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** The cell formats (cellXfs) by index, resolved to what the grid needs. */
export function readCellFormats(pkg: Package, part: string | undefined): CellFormat[] {
  if (!part) return [];
  const tokens = new XmlTokens(pkg.text(part), part);
  const numFmts = new Map<number, string>();
  const fills: (string | undefined)[] = [];
  const formats: CellFormat[] = [];
  let section = "";
  let fill: { solid: boolean; rgb?: string } | null = null;
  while (tokens.next()) {
    const name = tokens.name;
    if (name === "numFmts" || name === "fills" || name === "cellXfs" || name === "cellStyleXfs" || name === "dxfs") {
      section = tokens.closing || tokens.selfClosing ? "" : name;
      continue;
    }
    if (section === "numFmts" && name === "numFmt" && !tokens.closing) numFmts.set(Number(tokens.attr("numFmtId")), tokens.attr("formatCode") ?? "");
    else if (section === "fills") {
      if (name === "fill") {
        if (tokens.closing || tokens.selfClosing) {
          fills.push(fill?.solid && fill.rgb ? fill.rgb : undefined);
          fill = null;
        } else fill = { solid: false };
      } else if (name === "patternFill" && fill && !tokens.closing) fill.solid = tokens.attr("patternType") === "solid";
      // Theme and indexed colours need the workbook's theme to resolve; only RGB fills are read.
      else if (name === "fgColor" && fill && !tokens.closing) {
        const rgb = tokens.attr("rgb");
        if (rgb && /^[0-9A-Fa-f]{8}$/.test(rgb)) fill.rgb = `#${rgb.slice(2).toUpperCase()}`;
      }
    } else if (section === "cellXfs" && name === "xf" && !tokens.closing) {
      const numFmtId = Number(tokens.attr("numFmtId") ?? 0);
      formats.push({ numberFormat: numFmtId ? (numFmts.get(numFmtId) ?? BUILT_IN[numFmtId]) : undefined, fill: fills[Number(tokens.attr("fillId") ?? 0)] });
      tokens.skipElement();
    }
  }
  return formats;
}
