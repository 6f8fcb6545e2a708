import { sheetRef } from "../../engine/summary/sheet-names";
import { areaAddresses, groupBy, parseCell, type CellRef } from "./addresses";
import { bytesOf, type WriteBatch } from "./batch";

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

/** Cells of a column further apart than this are read as separate ranges rather than one span. */
const SPAN_GAP = 50;

interface ColumnSpan {
  sheet: string;
  col: number;
  top: number;
  rows: number[];
}

function columnSpans(cells: PlanCell[]): ColumnSpan[] {
  const spans: ColumnSpan[] = [];
  for (const [, group] of groupBy(cells, (c) => `${c.sheet}\u0000${parseCell(c.cell).col}`)) {
    const refs = group.map((c) => parseCell(c.cell));
    const rows = [...new Set(refs.map((r) => r.row))].sort((a, b) => a - b);
    let span: ColumnSpan | null = null;
    for (const row of rows) {
      if (!span || row - span.rows[span.rows.length - 1] > SPAN_GAP) {
        span = { sheet: group[0].sheet, col: refs[0].col, top: row, rows: [] };
        spans.push(span);
      }
      span.rows.push(row);
    }
  }
  return spans;
}

const noteAddress = (c: PlanCell): string => `${sheetRef(c.sheet)}!${c.cell}`;

/**
 * Queues the read of the cells' fills (getCellProperties, ExcelApi 1.9, one call per column
 * span rather than per cell) and, when `notes`, their notes; the returned function answers
 * after the sync.
 */
export function queueMarksRead(context: Excel.RequestContext, cells: PlanCell[], notes: boolean): () => Map<string, CellMarks> {
  const sheets = context.workbook.worksheets;
  const fills = columnSpans(cells).map((span) => {
    const height = span.rows[span.rows.length - 1] - span.top + 1;
    const range = sheets.getItem(span.sheet).getRangeByIndexes(span.top - 1, span.col - 1, height, 1);
    return { span, props: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
  });
  const noteItems = notes
    ? cells.map((c) => {
        const note = context.workbook.notes.getItemOrNullObject(noteAddress(c));
        note.load("content");
        return { c, note };
      })
    : [];
  return () => {
    const fillAt = new Map<string, string | null>();
    for (const { span, props } of fills) {
      for (const row of span.rows) {
        const fill = props.value[row - span.top]?.[0]?.format?.fill;
        // Pattern tells "no fill" from a white fill: both report the colour #FFFFFF.
        const color = fill?.color && fill.pattern !== "None" ? fill.color.toUpperCase() : null;
        fillAt.set(`${span.sheet}\u0000${span.col},${row}`, color);
      }
    }
    const marks = new Map<string, CellMarks>();
    for (const c of cells) {
      const { row, col } = parseCell(c.cell);
      marks.set(cellKey(c), { fill: fillAt.get(`${c.sheet}\u0000${col},${row}`) ?? null, note: null });
    }
    for (const { c, note } of noteItems) marks.get(cellKey(c))!.note = note.isNullObject ? null : note.content;
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
