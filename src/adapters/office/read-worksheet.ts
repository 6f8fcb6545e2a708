import type { Cell, CellValue, Grid, MergedArea } from "../../engine";
import { parseMergedAddress } from "./merged-address";
import { budgetBytes, EXCEL_PAYLOAD_LIMITS, type PayloadLimits } from "./limits";
import { isPayloadError } from "./read-batch";
import { detectExcelFeatures, type ExcelFeatures } from "./requirements";

/** The first block is sized blind, at up to ~250 bytes a cell: 20,000 cells still fit 5 MB. */
const BLIND_CELL_BYTES = 250;
/** `getMergedAreasOrNullObject` fails above 512 areas, so it is asked about at most 512 cells at a time. */
const MAX_MERGED_AREAS = 512;

export interface ReadOptions {
  /** Defaults to asking `Office.context.requirements`. */
  features?: ExcelFeatures;
  /** Defaults to Excel on the web's. */
  limits?: PayloadLimits;
}

/** The used range's position, 0-based as Office.js gives it. */
interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** What one block of rows queued before its sync; read only after the sync. */
interface QueuedBlock {
  firstRow: number;
  rowCount: number;
  range: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merges: Excel.RangeAreas[];
}

function queueBlock(sheet: Excel.Worksheet, extent: Extent, firstRow: number, rowCount: number, features: ExcelFeatures): QueuedBlock {
  const range = sheet.getRangeByIndexes(extent.rowIndex + firstRow, extent.columnIndex, rowCount, extent.columnCount);
  range.load("values,text,numberFormat");
  // Pattern tells "no fill" from a white fill: both report the colour #FFFFFF.
  const fills = features.cellProperties ? range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : null;
  const merges: Excel.RangeAreas[] = [];
  if (features.mergedAreas) {
    const step = Math.max(1, Math.floor(MAX_MERGED_AREAS / extent.columnCount));
    for (let r = 0; r < rowCount; r += step) {
      const part = sheet.getRangeByIndexes(extent.rowIndex + firstRow + r, extent.columnIndex, Math.min(step, rowCount - r), extent.columnCount);
      const areas = part.getMergedAreasOrNullObject();
      areas.load("address");
      merges.push(areas);
    }
  }
  return { firstRow, rowCount, range, fills, merges };
}

/** Bytes the block's answer took, measured as the JSON it travelled as. */
function responseBytes(block: QueuedBlock): number {
  const { values, text, numberFormat } = block.range;
  return JSON.stringify(values).length + JSON.stringify(text).length + JSON.stringify(numberFormat).length +
    (block.fills ? JSON.stringify(block.fills.value).length : 0);
}

function fillOf(properties: Excel.CellProperties | undefined): string | undefined {
  const fill = properties?.format?.fill;
  if (!fill?.color || fill.pattern === "None") return undefined;
  return fill.color.toUpperCase();
}

/** Excel reports a blank cell as ""; the engine's blank is null. */
function cellOf(value: unknown, text: unknown, numberFormat: unknown, fill: string | undefined): Cell | undefined {
  const raw: CellValue = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
  const cellValue = raw === "" ? null : raw;
  const format = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
  const shown = typeof text === "string" ? text : "";
  if (cellValue === null && shown === "" && format === undefined && fill === undefined) return undefined;
  const cell: Cell = { value: cellValue, text: shown };
  if (format !== undefined) cell.numberFormat = format;
  if (fill !== undefined) cell.fill = fill;
  return cell;
}

function trimRow(row: (Cell | undefined)[]): (Cell | undefined)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === undefined) end--;
  return row.slice(0, end);
}

function copyBlock(block: QueuedBlock, extent: Extent, rows: (Cell | undefined)[][], merges: Map<string, MergedArea>): void {
  const { values, text, numberFormat } = block.range;
  const fills = block.fills?.value;
  for (let r = 0; r < block.rowCount; r++) {
    const row: (Cell | undefined)[] = new Array(extent.columnIndex).fill(undefined);
    for (let c = 0; c < extent.columnCount; c++) {
      row.push(cellOf(values[r]?.[c], text[r]?.[c], numberFormat[r]?.[c], fillOf(fills?.[r]?.[c])));
    }
    rows[extent.rowIndex + block.firstRow + r] = trimRow(row);
  }
  for (const areas of block.merges) {
    if (areas.isNullObject) continue;
    // A merge across two asked-about parts is reported by both (unverified: if Excel clipped it
    // instead, its lower part would read as a separate merge); the key keeps one copy.
    for (const m of parseMergedAddress(areas.address)) merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
  }
}

/**
 * Moves a worksheet's cells into the engine's Grid, positioned as on the sheet (row 1 is row 1).
 * Dates stay serial numbers and `text` is what the user sees; nothing is interpreted here.
 *
 * Round trips: one sync for the used range, then one per block of rows, each block sized to keep
 * its response under Excel on the web's 5 MB limit (a whole 1,000-row plan is one block). A block
 * the host still refuses as too big is halved and asked again. The count grows with the bytes on
 * the sheet, never per row: the 5 MB limit is per sync, so no fixed count can hold any sheet.
 */
export async function readWorksheet(context: Excel.RequestContext, sheet: Excel.Worksheet, options: ReadOptions = {}): Promise<Grid> {
  const features = options.features ?? detectExcelFeatures();
  const limits = options.limits ?? EXCEL_PAYLOAD_LIMITS;
  // valuesOnly: a sheet whose only content is formatting is blank for the checker.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  sheet.load("name");
  await context.sync();

  // 1904 dates are only exposed in preview APIs, so a 1904 workbook is not detected yet.
  const grid: Grid = { name: sheet.name, rows: [], merges: [], date1904: false };
  if (used.isNullObject) return grid;

  const extent: Extent = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  const rows: (Cell | undefined)[][] = Array.from({ length: extent.rowIndex + extent.rowCount }, () => []);
  const merges = new Map<string, MergedArea>();
  let blockRows = Math.max(1, Math.floor(limits.payloadBytes / BLIND_CELL_BYTES / extent.columnCount));
  let bytesPerRow = 0;
  for (let firstRow = 0; firstRow < extent.rowCount; ) {
    const count = Math.min(blockRows, extent.rowCount - firstRow);
    const block = queueBlock(sheet, extent, firstRow, count, features);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      blockRows = Math.ceil(count / 2);
      continue;
    }
    copyBlock(block, extent, rows, merges);
    // Rows differ in length, so the wordiest block so far sizes the next one; the budget stays
    // well under 5 MB because rows further down may be wordier still.
    bytesPerRow = Math.max(bytesPerRow, responseBytes(block) / count);
    blockRows = Math.max(1, Math.floor(budgetBytes(limits) / bytesPerRow));
    firstRow += count;
  }
  grid.rows = rows;
  grid.merges = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return grid;
}
