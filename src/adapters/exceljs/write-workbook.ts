import type ExcelJS from "exceljs";
import type { CellStyle, Highlight, StyleId, SummarySheet, WriteCell, WriteDescription } from "../../engine/summary/write-description";
import { sheetRef } from "../../engine/summary/sheet-names";
import { type StoredCell, writeStore } from "./tool-store";

/** A plan sheet is protected: the tool will not write into it (nor silently skip it). */
export class ProtectedSheetError extends Error {
  constructor(readonly sheets: string[]) {
    super(`protected sheets: ${sheets.join(", ")}`);
  }
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
function highlighter(): (cell: ExcelJS.Cell, hex: string) => void {
  const restyled = new Map<Partial<ExcelJS.Style>, Map<string, Partial<ExcelJS.Style>>>();
  return (cell, hex) => {
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

function applyHighlights(workbook: ExcelJS.Workbook, highlights: Highlight[]): StoredCell[] {
  const stored: StoredCell[] = [];
  const highlight = highlighter();
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
  }
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SummarySheet, styles: Record<StyleId, CellStyle>): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
    pageSetup: {
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: sheet.print.area,
      printTitlesRow: sheet.frozenRows > 0 ? `1:${sheet.frozenRows}` : undefined,
    },
  });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  sheet.rowHeights?.forEach((height, i) => {
    if (height !== null) ws.getRow(i + 1).height = height;
  });
  // One style object per style id, shared by its cells as ExcelJS shares loaded styles.
  const shared = new Map<StyleId, Partial<ExcelJS.Style>>();
  const styleOf = (id: StyleId) => shared.get(id) ?? shared.set(id, excelStyle(styles[id])).get(id)!;
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = excelValue(cell);
      target.style = styleOf(cell.style ?? "text");
    }),
  );
  for (const table of sheet.tables) {
    const [from, to] = table.ref.split(":").map((a) => ws.getCell(a));
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = Number(from.row) + 1; r <= Number(to.row); r++) {
      rows.push(table.columns.map((_, c) => ws.getCell(r, Number(from.col) + c).value));
    }
    ws.addTable({
      name: table.name,
      ref: from.address,
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
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
  const cells = applyHighlights(workbook, description.highlights);
  for (const sheet of description.sheets) addSheet(workbook, sheet, description.styles);
  writeStore(workbook, {
    sheets: description.sheets.map((s) => ({ name: s.name, markerCell: s.marker.cell, marker: s.marker.text })),
    cells,
  });
  // Formulas go without cached results: every spreadsheet computes them on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
}
