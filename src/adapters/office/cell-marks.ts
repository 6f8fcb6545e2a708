import { sheetRef } from "../../engine";
import { areaAddresses, groupBy, parseCell, type CellRef } from "./addresses";
import { bytesOf, type WriteBatch } from "./batch";
import type { ReadBatch } from "./read-batch";

/** A cell of the user's plan that the tool marks. */
export interface PlanCell {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** A plan cell's own fill ("#RRGGBB", null for none) and note (null for none). */
export interface CellMarks {
  fill: string | null;
  note: string | null;
}

/** A plan cell, what it carries now and what it should carry. */
export interface CellChange extends PlanCell {
  now: CellMarks;
  next: CellMarks;
}

export const cellKey = (c: PlanCell): string => `${c.sheet}\u0000${c.cell}`;

/**
 * Cells of a column further apart than this are read as separate ranges rather than one span:
 * a row read for nothing costs about 64 bytes of response, a call of its own about 200 of
 * request, so beyond a few rows apart a call of its own is the cheaper.
 */
const SPAN_GAP = 4;
/** A cell's fill as getCellProperties returns it: {"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}}, and a little. */
const FILL_RESPONSE_BYTES = 64;
/** Rows of one column read in one getCellProperties call: half a response's budget, so that one call stays well inside it. */
const fillRowsPerRead = (batch: ReadBatch): number => Math.max(1, Math.floor(batch.budget.response / 2 / FILL_RESPONSE_BYTES));
/** A note as it comes back: most are a line or two; a longer one is caught by the batch's retry. */
const NOTE_RESPONSE_BYTES = 300;

interface ColumnSpan {
  sheet: string;
  col: number;
  top: number;
  rows: number[];
}

function columnSpans(cells: PlanCell[], rowsPerRead: number): ColumnSpan[] {
  const spans: ColumnSpan[] = [];
  for (const [, group] of groupBy(cells, (c) => `${c.sheet}\u0000${parseCell(c.cell).col}`)) {
    const refs = group.map((c) => parseCell(c.cell));
    const rows = [...new Set(refs.map((r) => r.row))].sort((a, b) => a - b);
    let span: ColumnSpan | null = null;
    for (const row of rows) {
      const last = span?.rows[span.rows.length - 1];
      if (!span || last === undefined || row - last > SPAN_GAP || row - span.top >= rowsPerRead) {
        span = { sheet: group[0].sheet, col: refs[0].col, top: row, rows: [] };
        spans.push(span);
      }
      span.rows.push(row);
    }
  }
  return spans;
}

const noteAddress = (c: PlanCell): string => `${sheetRef(c.sheet)}!${c.cell}`;

/** A fill as getCellProperties reports it; pattern tells "no fill" from a white fill, both #FFFFFF. */
function fillOf(properties: Excel.CellProperties | undefined): string | null {
  const fill = properties?.format?.fill;
  return fill?.color && fill.pattern !== "None" ? fill.color.toUpperCase() : null;
}

/**
 * Queues on `batch` the read of the cells' fills (getCellProperties, ExcelApi 1.9, one call per
 * column span rather than per cell) and, when `notes`, their notes (ExcelApi 1.18); the
 * returned function answers after the batch's last sync.
 */
export async function readMarks(batch: ReadBatch, context: Excel.RequestContext, cells: PlanCell[], notes: boolean): Promise<() => Map<string, CellMarks>> {
  const sheets = context.workbook.worksheets;
  const fills: { span: ColumnSpan; props: () => Excel.CellProperties[][] }[] = [];
  for (const span of columnSpans(cells, fillRowsPerRead(batch))) {
    const height = span.rows[span.rows.length - 1] - span.top + 1;
    const props = await batch.add({ request: bytesOf(span.sheet), response: height * FILL_RESPONSE_BYTES }, () => {
      const result = sheets.getItem(span.sheet).getRangeByIndexes(span.top - 1, span.col - 1, height, 1).getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return () => result.value;
    });
    fills.push({ span, props });
  }
  const noteReads: { c: PlanCell; content: () => string | null }[] = [];
  if (notes) {
    for (const c of cells) {
      const content = await batch.add({ request: bytesOf(noteAddress(c)), response: NOTE_RESPONSE_BYTES }, () => {
        const note = context.workbook.notes.getItemOrNullObject(noteAddress(c)).load("content");
        return () => (note.isNullObject ? null : note.content);
      });
      noteReads.push({ c, content });
    }
  }
  return () => {
    const fillAt = new Map<string, string | null>();
    for (const { span, props } of fills) {
      const value = props();
      for (const row of span.rows) fillAt.set(`${span.sheet}\u0000${span.col},${row}`, fillOf(value[row - span.top]?.[0]));
    }
    const marks = new Map<string, CellMarks>();
    for (const c of cells) {
      const { row, col } = parseCell(c.cell);
      marks.set(cellKey(c), { fill: fillAt.get(`${c.sheet}\u0000${col},${row}`) ?? null, note: null });
    }
    for (const { c, content } of noteReads) marks.get(cellKey(c))!.note = content();
    return marks;
  };
}

/** Queues fills, grouped by colour into RangeAreas (ExcelApi 1.9): a call per colour, not per cell. */
async function queueFills(batch: WriteBatch, context: Excel.RequestContext, changes: CellChange[]): Promise<void> {
  const changed = changes.filter((c) => c.now.fill !== c.next.fill);
  for (const [, group] of groupBy(changed, (c) => `${c.sheet}\u0000${c.next.fill ?? ""}`)) {
    const { sheet, next } = group[0];
    const refs: CellRef[] = group.map((c) => parseCell(c.cell));
    for (const address of areaAddresses(refs)) {
      await batch.reserve(bytesOf(address));
      const fill = context.workbook.worksheets.getItem(sheet).getRanges(address).format.fill;
      if (next.fill === null) fill.clear();
      else fill.color = next.fill;
    }
  }
}

/** Queues notes one by one: Excel has no bulk call for notes. */
async function queueNotes(batch: WriteBatch, context: Excel.RequestContext, changes: CellChange[]): Promise<void> {
  const notes = context.workbook.notes;
  for (const c of changes) {
    if (c.now.note === c.next.note) continue;
    await batch.reserve(bytesOf([c.sheet, c.cell, c.next.note]));
    if (c.next.note === null) notes.getItem(noteAddress(c)).delete();
    else if (c.now.note !== null) notes.getItem(noteAddress(c)).content = c.next.note;
    else notes.add(context.workbook.worksheets.getItem(c.sheet).getRange(c.cell), c.next.note);
  }
}

/** Queues every fill and (when `notes`) every note that differs from what the cell carries now. */
export async function queueMarks(batch: WriteBatch, context: Excel.RequestContext, changes: CellChange[], notes: boolean): Promise<void> {
  await queueFills(batch, context, changes);
  if (notes) await queueNotes(batch, context, changes);
}
