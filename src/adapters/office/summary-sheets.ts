import { type CellStyle, DATE_FORMAT, fileLinkAddress, sheetRef, type StyleId, type SummarySheet, type WriteCell } from "../../engine";
import { areaAddresses, groupBy, type CellRef } from "./addresses";
import { bytesOf, type WriteBatch } from "./batch";

/** Rows are written in blocks of about this many bytes, so the batch can split between them. */
const BLOCK_BYTES = 500_000;
/** Excel's column width is in points; a character of the default font is about 7 pixels. */
const POINTS_PER_CHARACTER = 5.25;
/** Excel's text number format: a string written into such a cell stays text (see `numberFormatOf`). */
export const TEXT_FORMAT = "@";

const EPOCH_1900_SERIAL = 25_569;

/** "YYYY-MM-DD" → the serial Excel stores: a date string would be parsed in US order (office-js#1559). */
export function dateSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + EPOCH_1900_SERIAL;
}

/** A string literal inside a formula. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function valueOf(cell: WriteCell | null): string | number {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
    case "number":
      return cell.value;
    case "date":
      return dateSerial(cell.value);
    case "formula":
      return `=${cell.value}`;
    case "link":
      return `=HYPERLINK(${literal(`#${sheetRef(cell.sheet)}!${cell.cell}`)},${literal(cell.value)})`;
    case "file-link":
      return `=HYPERLINK(${literal(fileLinkAddress(cell.target, cell.cell))},${literal(cell.value)})`;
  }
}

/**
 * Text cells get the text format before their values are written: a string written to
 * `values` that starts with "=", "+" or "-" is otherwise taken for a formula (typings of
 * Range.values), and "@" also stops "@SUM(A1)" and "0044" being read. Formula and link
 * cells must not be text-formatted, or Excel would keep them as text.
 */
function numberFormatOf(cell: WriteCell | null, styles: Record<StyleId, CellStyle>): string {
  if (!cell) return "General";
  const own = styles[cell.style ?? "text"]?.numberFormat;
  switch (cell.kind) {
    case "text":
      return TEXT_FORMAT;
    case "date":
      return own ?? DATE_FORMAT;
    case "link":
    case "file-link":
      return "General";
    default:
      return own ?? "General";
  }
}

/** True when a style asks for more than a number format, so its cells need a format call. */
function looks(style: CellStyle | undefined): boolean {
  return style !== undefined && Object.keys(style).some((k) => k !== "numberFormat");
}

function queueStyle(areas: Excel.RangeAreas, style: CellStyle): void {
  const { format } = areas;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = "Single";
  if (style.size) format.font.size = style.size;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap) format.wrapText = true;
}

async function queueCells(batch: WriteBatch, ws: Excel.Worksheet, sheet: SummarySheet, width: number, styles: Record<StyleId, CellStyle>): Promise<void> {
  const padded = (row: (WriteCell | null)[]) => Array.from({ length: width }, (_, c) => row[c] ?? null);
  for (let top = 0; top < sheet.rows.length; ) {
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    while (top + values.length < sheet.rows.length && bytes < BLOCK_BYTES) {
      const row = padded(sheet.rows[top + values.length]);
      values.push(row.map(valueOf));
      formats.push(row.map((cell) => numberFormatOf(cell, styles)));
      bytes += JSON.stringify(values[values.length - 1]).length + JSON.stringify(formats[formats.length - 1]).length;
    }
    await batch.reserve(bytesOf(values) + bytesOf(formats));
    const range = ws.getRangeByIndexes(top, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    top += values.length;
  }
}

async function queueStyles(batch: WriteBatch, ws: Excel.Worksheet, sheet: SummarySheet, styles: Record<StyleId, CellStyle>): Promise<void> {
  const styled: { style: StyleId; ref: CellRef }[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && looks(styles[cell.style ?? "text"])) styled.push({ style: cell.style ?? "text", ref: { row: r + 1, col: c + 1 } });
    }),
  );
  for (const [, group] of groupBy(styled, (s) => s.style)) {
    const style = styles[group[0].style];
    for (const address of areaAddresses(group.map((s) => s.ref))) {
      await batch.reserve(bytesOf(address) + bytesOf(style));
      queueStyle(ws.getRanges(address), style);
    }
  }
}

/** Rows of one height in a run are set together: one request per run, not per row. */
async function queueRowHeights(batch: WriteBatch, ws: Excel.Worksheet, heights: (number | null)[]): Promise<void> {
  for (let start = 0; start < heights.length; ) {
    const height = heights[start];
    let end = start + 1;
    while (end < heights.length && heights[end] === height) end++;
    if (height !== null) {
      await batch.reserve(64);
      ws.getRangeByIndexes(start, 0, end - start, 1).format.rowHeight = height;
    }
    start = end;
  }
}

async function queueLayout(batch: WriteBatch, ws: Excel.Worksheet, sheet: SummarySheet, width: number): Promise<void> {
  await batch.reserve(bytesOf(sheet.widths) + bytesOf(sheet.tables) + bytesOf(sheet.dataBars) + bytesOf(sheet.print));
  if (sheet.rows.length > 0) ws.getRangeByIndexes(0, 0, sheet.rows.length, width).format.verticalAlignment = "Top";
  sheet.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w * POINTS_PER_CHARACTER));
  await queueRowHeights(batch, ws, sheet.rowHeights);
  for (const spec of sheet.tables) {
    const table = ws.tables.add(spec.ref, true);
    table.name = spec.name;
    table.style = "TableStyleLight1";
  }
  for (const bar of sheet.dataBars) {
    const format = ws.getRange(bar.range).conditionalFormats.add("DataBar" as Excel.ConditionalFormatType.dataBar);
    format.dataBar.positiveFormat.fillColor = bar.color;
  }
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  const page = ws.pageLayout;
  page.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (sheet.print.paper === "A4") page.paperSize = "A4";
  // Excel's Narrow margins: a quarter inch (18 points) at the sides.
  if (sheet.print.narrowMargins) page.leftMargin = page.rightMargin = 18;
  page.setPrintArea(sheet.print.area);
  if (sheet.print.fitToWidth) page.zoom = { horizontalFitToPages: 1 };
  if (sheet.frozenRows > 0) page.setPrintTitleRows(`$1:$${sheet.frozenRows}`);
}

/**
 * Queues one summary sheet: number formats then values as whole 2-D arrays (in blocks when
 * large), then tables over the written cells, then styles, data bars, panes and print setup.
 */
export async function queueSummarySheet(batch: WriteBatch, context: Excel.RequestContext, sheet: SummarySheet, styles: Record<StyleId, CellStyle>): Promise<void> {
  await batch.reserve(bytesOf(sheet.name));
  const ws = context.workbook.worksheets.add(sheet.name);
  const width = Math.max(1, sheet.widths.length, ...sheet.rows.map((r) => r.length));
  await queueCells(batch, ws, sheet, width, styles);
  await queueLayout(batch, ws, sheet, width);
  await queueStyles(batch, ws, sheet, styles);
}
