import type { Cell, CellValue, Grid, MergedArea } from "../../../engine";
import { columnOfRef, parseRange, rowOfRef } from "../cells";
import { fileProblem } from "../errors";
import { LIMITS } from "../limits";
import { attrIn, decodeExcelEscapes, XmlTokens } from "../xml";
import { displayText, utcToSerial } from "./display-text";
import type { CellFormat } from "./styles";

export interface SheetContext {
  strings: string[];
  formats: CellFormat[];
  date1904: boolean;
}

export interface SheetRead {
  grid: Grid;
  /** The user has protected the sheet (Review > Protect Sheet). */
  protected: boolean;
}

function cellValue(type: string | undefined, raw: string | null, inline: string | null, ctx: SheetContext): CellValue {
  switch (type) {
    case "s":
      return raw === null ? null : (ctx.strings[Number(raw)] ?? null);
    case "inlineStr":
      return inline === null ? raw : decodeExcelEscapes(inline);
    case "str":
      return raw === null ? null : decodeExcelEscapes(raw);
    case "b":
      return raw === null ? null : raw === "1" || raw === "true";
    case "e":
      return raw;
    case "d": {
      if (raw === null) return null;
      const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(time) ? raw : utcToSerial(new Date(time), ctx.date1904);
    }
    default: {
      if (raw === null || raw === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

/**
 * Excel keeps a merged area's value in its top-left cell only; a writer may leave copies in
 * the others, which the engine would read as values of their own.
 */
function emptyMergedCells(rows: (Cell | undefined)[][], merges: MergedArea[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++) if (r !== m.top || c !== m.left) row[c - 1] = undefined;
    }
  }
}

/**
 * One worksheet's cells and merges, streamed: each cell is read from its tag and children and
 * nothing of the XML is kept. Rows and cells without `r=` follow the one before; a formula cell
 * is read by its cached value (shared formulas included, their value is cached per cell).
 */
export function readSheet(xml: string, part: string, name: string, ctx: SheetContext): SheetRead {
  const tokens = new XmlTokens(xml, part);
  const rows: (Cell | undefined)[][] = [];
  const merges: MergedArea[] = [];
  let isProtected = false;
  let rowNumber = 0;
  let col = 0;
  let cells: (Cell | undefined)[] = [];
  let rowHasValue = false;
  let count = 0;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  let raw: string | null = null;
  let inline: string[] | null = null;
  let inInline = false;

  const endRow = () => {
    // As Excel's own object model, a row of blank cells (fills alone) is no row of values.
    if (rowHasValue) rows[rowNumber - 1] = cells;
  };
  const endCell = () => {
    const value = cellValue(type, raw, inline && inline.join(""), ctx);
    const format = ctx.formats[style];
    const fill = format?.fill;
    if (value !== null || fill) {
      const numberFormat = format?.numberFormat;
      cells[col - 1] = { value, text: displayText(value, numberFormat, ctx.date1904), numberFormat, fill };
      if (value !== null) rowHasValue = true;
    }
  };

  while (tokens.next()) {
    const tag = tokens.name;
    if (tokens.closing) {
      if (tag === "c") endCell();
      else if (tag === "row") endRow();
      else if (tag === "is") inInline = false;
      continue;
    }
    switch (tag) {
      case "row": {
        const r = tokens.attr("r");
        rowNumber = r ? Number(r) : rowNumber + 1;
        col = 0;
        cells = [];
        rowHasValue = false;
        if (tokens.selfClosing) endRow();
        break;
      }
      case "c": {
        const start = tokens.start;
        const end = tokens.end;
        const ref = attrIn(xml, start, end, "r");
        col = ref ? columnOfRef(ref) : col + 1;
        if (ref && rowNumber === 0) rowNumber = rowOfRef(ref);
        type = attrIn(xml, start, end, "t");
        const s = attrIn(xml, start, end, "s");
        style = s ? Number(s) : 0;
        raw = null;
        inline = null;
        if (++count > LIMITS.cellsPerSheet) throw fileProblem({ kind: "too-many-cells", sheet: name, count });
        if (tokens.selfClosing) endCell();
        break;
      }
      case "v":
        if (!tokens.selfClosing) raw = tokens.text();
        break;
      case "is":
        inline = [];
        inInline = !tokens.selfClosing;
        break;
      case "t":
        if (inInline && !tokens.selfClosing) inline!.push(tokens.text());
        break;
      case "rPh":
      case "Fallback":
        tokens.skipElement();
        break;
      case "mergeCell": {
        const area = parseRange(tokens.attr("ref") ?? "");
        if (area) merges.push(area);
        break;
      }
      case "sheetProtection": {
        const sheet = tokens.attr("sheet");
        isProtected = sheet === "1" || sheet === "true";
        break;
      }
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  emptyMergedCells(rows, merges);
  return { grid: { name, rows, merges, date1904: ctx.date1904 }, protected: isProtected };
}
