import type ExcelJS from "exceljs";
import { z } from "zod";

/**
 * What the tool must remember inside the workbook to undo its own writing days later: its
 * sheets (by name at write time and by the marker written on each) and, for every cell it
 * highlighted, the fill and note that were there before. Kept as JSON in a very hidden sheet,
 * which travels with the file, is invisible in Excel's Unhide list and is not a user's sheet.
 */
export const STORE_SHEET = "ActionPlanChecker";
const STORE_TAG = "Action Plan Checker store v1: do not edit";
/** Excel holds at most 32,767 characters in a cell. */
const CHUNK = 30_000;

const StoredSheetSchema = z.object({ name: z.string(), markerCell: z.string(), marker: z.string() });
const StoredCellSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  /** ExcelJS's fill object as it was, or null when the cell had none of its own. */
  fill: z.unknown().nullable(),
  /** ExcelJS's note (text or rich-text model) as it was, or null. */
  note: z.unknown().nullable(),
});
const StoreSchema = z.object({ sheets: z.array(StoredSheetSchema), cells: z.array(StoredCellSchema) });

export type Store = z.infer<typeof StoreSchema>;
export type StoredCell = z.infer<typeof StoredCellSchema>;

function isStore(ws: ExcelJS.Worksheet): boolean {
  return ws.getCell("A1").value === STORE_TAG;
}

/** The store sheet, found by its tag rather than its name: a user may own that name too. */
export function findStoreSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(isStore);
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function readStore(ws: ExcelJS.Worksheet): Store {
  let json = "";
  for (let row = 2; typeof ws.getCell(row, 1).value === "string"; row++) json += ws.getCell(row, 1).value as string;
  // A store the tool cannot read is treated as empty: clearing then leaves the cells alone
  // rather than "restoring" them to something it cannot vouch for.
  const parsed = StoreSchema.safeParse(parseJson(json));
  return parsed.success ? parsed.data : { sheets: [], cells: [] };
}

export function writeStore(workbook: ExcelJS.Workbook, store: Store): void {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  let name = STORE_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${STORE_SHEET}${n}`;
  const ws = workbook.addWorksheet(name, { state: "veryHidden" });
  ws.getCell("A1").value = STORE_TAG;
  const json = JSON.stringify(store);
  for (let i = 0; i * CHUNK < json.length; i++) ws.getCell(i + 2, 1).value = json.slice(i * CHUNK, (i + 1) * CHUNK);
}
