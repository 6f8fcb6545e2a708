import type ExcelJS from "exceljs";
import { type CellStyle, fileLinkAddress, type Highlight, sheetRef, type StyleId, type SummarySheet, type WriteCell, type WriteDescription } from "../../engine";
import { type StoredCell, writeStore } from "./tool-store";

/** A plan sheet is protected: the tool will not write into it (nor silently skip it). */
export class ProtectedSheetError extends Error {
  constructor(readonly sheets: string[]) {
    super(`protected sheets: ${sheets.join(", ")}`);
  }
}

/** ExcelJS rows have a style object, which its typings do not declare. */
type Styled = { style: Partial<ExcelJS.Style> };

/** ExcelJS's value type of a formula cell, whose default number format follows its result. */
const FORMULA_TYPE = 6;

/**
 * ExcelJS gives every row, and every cell without a style of its own, a fresh empty style
 * object, and on writing renders each distinct object to XML to find its style id: some
 * 500,000 renders for a 50,000-row plan and its summary. Rows, and cells of one value type,
 * that have no style of their own are given one shared empty object instead (per value type,
 * as ExcelJS picks a default number format by type), which writes the same file. Formula
 * cells, whose default follows their result, keep their own.
 */
function emptyStyleSharer(): { cell: (cell: ExcelJS.Cell) => void; sheet: (ws: ExcelJS.Worksheet) => void } {
  const forRows: Partial<ExcelJS.Style> = {};
  const forCells = new Map<number, Partial<ExcelJS.Style>>();
  const isEmpty = (style: Partial<ExcelJS.Style>) => {
    for (const key in style) if (Object.hasOwn(style, key)) return false;
    return true;
  };
  const cell = (target: ExcelJS.Cell) => {
    if (target.type === FORMULA_TYPE || !isEmpty(target.style)) return;
    const type: number = target.type;
    let shared = forCells.get(type);
    if (!shared) forCells.set(type, (shared = {}));
    target.style = shared;
  };
  const sheet = (ws: ExcelJS.Worksheet) => {
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r) as (ExcelJS.Row & Styled) | undefined;
      if (!row) continue;
      // Nothing writes a row's style after this, which would change every row sharing it.
      if (isEmpty(row.style)) row.style = forRows;
      for (let c = 1; c <= row.cellCount; c++) {
        const found = row.findCell(c);
        if (found) cell(found);
      }
    }
  };
  return { cell, sheet };
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

/**
 * ExcelJS shares one style object between every cell loaded with the same style, so a cell is
 * restyled by giving it a fresh object: assigning `cell.fill` would repaint its neighbours.
 */
export function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/**
 * Removes a note. ExcelJS has no API for it: a note set to undefined is still written, and a
 * loaded cell also keeps its note in its value's model, which re-setting the value renews.
 */
export function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  const value = cell.value;
  cell.value = value;
}

function noteText(note: ExcelJS.Comment | string): string {
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** Highlights several reasons landing on one merged area become one, on its master cell. */
function byMasterCell(workbook: ExcelJS.Workbook, highlights: Highlight[]): Map<ExcelJS.Cell, Highlight> {
  const out = new Map<ExcelJS.Cell, Highlight>();
  for (const h of highlights) {
    const ws = workbook.getWorksheet(h.sheet);
    if (!ws) continue;
    const master = ws.getCell(h.cell).master;
    const seen = out.get(master);
    out.set(master, seen ? { ...seen, note: `${seen.note}\n${h.note}` } : h);
  }
  return out;
}

/**
 * Restyles highlighted cells sharing one new style object per (old style, colour), as ExcelJS
 * shares them on loading: writing the file costs a style lookup per distinct object, which
 * a fresh object per cell would turn into one per cell.
 */
function highlighter(shareEmptyStyle: (cell: ExcelJS.Cell) => void): (cell: ExcelJS.Cell, hex: string) => void {
  const restyled = new Map<Partial<ExcelJS.Style>, Map<string, Partial<ExcelJS.Style>>>();
  return (cell, hex) => {
    // A cell the plan left empty is made here, with an empty style object of its own.
    shareEmptyStyle(cell);
    const byColour = restyled.get(cell.style) ?? new Map<string, Partial<ExcelJS.Style>>();
    restyled.set(cell.style, byColour);
    let style = byColour.get(hex);
    if (!style) {
      style = { ...cell.style, fill: solidFill(hex) };
      byColour.set(hex, style);
    }
    cell.style = style;
  };
}

function applyHighlights(workbook: ExcelJS.Workbook, highlights: Highlight[], shareEmptyStyle: (cell: ExcelJS.Cell) => void): StoredCell[] {
  const stored: StoredCell[] = [];
  const highlight = highlighter(shareEmptyStyle);
  for (const [cell, h] of byMasterCell(workbook, highlights)) {
    const original = cell.note;
    stored.push({ sheet: cell.worksheet.name, cell: cell.address, fill: cell.style.fill ?? null, note: original ?? null });
    highlight(cell, h.fill);
    // The user's own note stays first; ours follows, so nothing of theirs is hidden.
    const ours = `Action Plan Checker:\n${h.note}`;
    cell.note = original ? `${noteText(original)}\n\n${ours}` : ours;
  }
  return stored;
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { alignment: { vertical: "top", wrapText: style.wrap ?? false } };
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.underline) font.underline = true;
  if (style.size) font.size = style.size;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length) out.font = font;
  if (style.fill) out.fill = solidFill(style.fill);
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/** Strings stay strings: ExcelJS writes a formula only for a { formula } value, never for text. */
function excelValue(cell: WriteCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
      return cell.value;
    case "date":
      return new Date(`${cell.value}T00:00:00Z`);
    case "formula":
      return { formula: cell.value, date1904: false };
    case "link":
      return { text: cell.value, hyperlink: `#${sheetRef(cell.sheet)}!${cell.cell}` };
    case "file-link":
      return { text: cell.value, hyperlink: fileLinkAddress(cell.target, cell.cell) };
  }
}

/** The rows below each table's header: ExcelJS's addTable writes their values itself. */
function tableBodies(sheet: SummarySheet): Array<{ top: number; bottom: number; left: number; right: number }> {
  return sheet.tables.map((table) => {
    const [from, to] = table.ref.split(":").map(decodeAddress);
    return { top: from.row + 1, bottom: to.row, left: from.col, right: to.col };
  });
}

function decodeAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]), col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

/** Excel's "Narrow" margins preset, in inches. */
const NARROW_MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

function addSheet(workbook: ExcelJS.Workbook, sheet: SummarySheet, styles: Record<StyleId, CellStyle>, shareEmptyStyles: (ws: ExcelJS.Worksheet) => void): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
    pageSetup: {
      orientation: sheet.print.orientation,
      // ExcelJS's (and the file format's) paper numbers: 9 is A4.
      paperSize: sheet.print.paper === "A4" ? 9 : undefined,
      margins: sheet.print.narrowMargins ? NARROW_MARGINS : undefined,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: sheet.print.area,
      printTitlesRow: sheet.frozenRows > 0 ? `1:${sheet.frozenRows}` : undefined,
    },
  });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  sheet.rowHeights.forEach((height, i) => {
    if (height !== null) ws.getRow(i + 1).height = height;
  });
  // One style object per style id, shared by its cells as ExcelJS shares loaded styles.
  const shared = new Map<StyleId, Partial<ExcelJS.Style>>();
  const styleOf = (id: StyleId) => shared.get(id) ?? shared.set(id, excelStyle(styles[id])).get(id)!;
  const bodies = tableBodies(sheet);
  const inBody = (r: number, c: number) => bodies.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  sheet.rows.forEach((cells, r) => {
    if (!cells.some(Boolean)) return;
    // Cells are reached through their row: the sheet's getCell parses an address for each.
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      // A table body's values are set once, by addTable below, rather than twice.
      if (!inBody(r + 1, c + 1)) target.value = excelValue(cell);
      target.style = styleOf(cell.style ?? "text");
    });
  });
  sheet.tables.forEach((table, t) => {
    const body = bodies[t];
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = body.top; r <= body.bottom; r++) {
      const cells = sheet.rows[r - 1] ?? [];
      rows.push(table.columns.map((_, c) => {
        const cell = cells[body.left - 1 + c];
        return cell ? excelValue(cell) : null;
      }));
    }
    ws.addTable({
      name: table.name,
      ref: table.ref.split(":")[0],
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  });
  // After the tables, which add a cell for every empty place in their bodies.
  shareEmptyStyles(ws);
  for (const bar of sheet.dataBars) {
    ws.addConditionalFormatting({
      ref: bar.range,
      rules: [{ type: "dataBar", priority: 1, gradient: false, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: argb(bar.color) } } as ExcelJS.DataBarRuleType],
    });
  }
}

/** ExcelJS loads a sheet's protection but its typings do not declare it. */
type Protectable = ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } | null };

/** Plan sheets the description would mark that the user has protected. */
export function protectedSheets(workbook: ExcelJS.Workbook, description: WriteDescription): string[] {
  const names = new Set(description.highlights.map((h) => h.sheet));
  return [...names].filter((name) => (workbook.getWorksheet(name) as Protectable | undefined)?.sheetProtection?.sheet);
}

/**
 * Writes a description into a workbook the tool has cleared of any earlier run: highlights
 * and notes on the plan (values, formats, merges and widths untouched), the tool's sheets,
 * and the hidden store that lets `clear` give the workbook back as it was.
 */
export function writeWorkbook(workbook: ExcelJS.Workbook, description: WriteDescription): void {
  const locked = protectedSheets(workbook, description);
  if (locked.length) throw new ProtectedSheetError(locked);
  const shareEmpty = emptyStyleSharer();
  // Before highlighting, so that highlighted cells share their new styles too.
  workbook.worksheets.forEach(shareEmpty.sheet);
  const cells = applyHighlights(workbook, description.highlights, shareEmpty.cell);
  for (const sheet of description.sheets) addSheet(workbook, sheet, description.styles, shareEmpty.sheet);
  writeStore(workbook, {
    sheets: description.sheets.map((s) => ({ name: s.name, markerCell: s.marker.cell, marker: s.marker.text })),
    cells,
  });
  // Formulas go without cached results: every spreadsheet computes them on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
}
