import { z } from "zod";
import { bytesOf, type WriteBatch } from "./batch";

/**
 * The tool's memory inside the workbook, in the same format as the ExcelJS writer's
 * (src/adapters/exceljs/tool-store.ts), so a file written by the CLI clears in Excel and the
 * other way round: a very hidden sheet, its A1 the tag below, JSON in A2, A3 … (30,000
 * characters a cell). Fills are kept as ExcelJS fill objects and notes as text.
 */
export const STORE_SHEET = "ActionPlanChecker";
const STORE_TAG = "Action Plan Checker store v1: do not edit";
const CHUNK = 30_000;

const StoreSchema = z.object({
  sheets: z.array(z.object({ name: z.string(), markerCell: z.string(), marker: z.string() })),
  cells: z.array(z.object({ sheet: z.string(), cell: z.string(), fill: z.unknown().nullable(), note: z.unknown().nullable() })),
});

export type Store = z.infer<typeof StoreSchema>;
export type StoredCell = Store["cells"][number];

/** "#RRGGBB" → the ExcelJS fill the CLI would have recorded; null is no fill of the cell's own. */
export function storedFill(color: string | null): unknown {
  return color === null ? null : { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } };
}

const SolidFill = z.object({ type: z.literal("pattern"), pattern: z.literal("solid"), fgColor: z.object({ argb: z.string().regex(/^[0-9A-Fa-f]{8}$/) }) });

/**
 * A recorded fill as Office.js can set it. A theme or gradient fill recorded by the CLI has no
 * "#RRGGBB" form: it comes back as no fill, and `exact` says so.
 */
export function fillColor(stored: unknown): { color: string | null; exact: boolean } {
  if (stored === null || stored === undefined) return { color: null, exact: true };
  const solid = SolidFill.safeParse(stored);
  return solid.success ? { color: `#${solid.data.fgColor.argb.slice(2).toUpperCase()}`, exact: true } : { color: null, exact: false };
}

/** A recorded note as text: the CLI may have recorded a rich-text note. */
export function noteText(stored: unknown): string | null {
  if (stored === null || stored === undefined) return null;
  if (typeof stored === "string") return stored;
  const rich = z.object({ texts: z.array(z.object({ text: z.string() })) }).safeParse(stored);
  return rich.success ? rich.data.texts.map((t) => t.text).join("") : null;
}

/** The sheets that may be a store (ActionPlanChecker, ActionPlanChecker2 …), by name. */
export function storeCandidates(names: string[]): string[] {
  const pattern = new RegExp(`^${STORE_SHEET}\\d*$`, "i");
  return names.filter((n) => pattern.test(n));
}

/** Queues the read of a candidate's column A; `parse` then gives its store, or null when it is not one. */
export function queueStoreRead(context: Excel.RequestContext, sheetName: string): () => Store | null {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  used.load("values");
  return () => {
    if (used.isNullObject) return null;
    const column = used.values.map((row) => row[0]);
    if (column[0] !== STORE_TAG) return null;
    let json = "";
    for (let i = 1; i < column.length && typeof column[i] === "string" && column[i] !== ""; i++) json += column[i] as string;
    // A store the tool cannot read is treated as empty, as the CLI does: cells it cannot vouch for stay as they are.
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = null;
    }
    const store = StoreSchema.safeParse(parsed);
    return store.success ? store.data : { sheets: [], cells: [] };
  };
}

/** A name for the store sheet that no sheet has. */
export function storeSheetName(taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = STORE_SHEET;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${STORE_SHEET}${n}`;
  return name;
}

/** Queues the store sheet: very hidden, its cells text-formatted so no chunk is taken for a formula. */
export async function queueStoreWrite(batch: WriteBatch, context: Excel.RequestContext, name: string, store: Store): Promise<void> {
  const json = JSON.stringify(store);
  const column: string[][] = [[STORE_TAG]];
  for (let i = 0; i * CHUNK < json.length; i++) column.push([json.slice(i * CHUNK, (i + 1) * CHUNK)]);
  await batch.reserve(bytesOf(column) * 2);
  const sheet = context.workbook.worksheets.add(name);
  const range = sheet.getRangeByIndexes(0, 0, column.length, 1);
  range.numberFormat = column.map(() => ["@"]);
  range.values = column;
  sheet.visibility = "VeryHidden";
}
