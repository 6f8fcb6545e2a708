import { z } from "zod";
import { lazySchema } from "../engine";

/**
 * What the tool must remember inside the workbook to undo its own writing days later: its
 * sheets (by name at write time and by the marker written on each) and, for every cell it
 * highlighted, the fill and note that were there before. Kept as JSON in column A of a very
 * hidden sheet, which travels with the file, is invisible in Excel's Unhide list and is not a
 * user's sheet. Both writers (ExcelJS for the CLI, Office.js for the add-in) use this one
 * format, so a workbook written by either clears in the other.
 *
 * Column A: the tag below in A1, then the JSON in pieces from A2 down.
 */
export const STORE_SHEET = "ActionPlanChecker";
export const STORE_TAG = "Action Plan Checker store v1: do not edit";
/** Excel holds at most 32,767 characters in a cell. */
export const STORE_CHUNK_CHARS = 30_000;

const StoredSheetSchema = lazySchema(() => z.object({ name: z.string(), markerCell: z.string(), marker: z.string() }));
const StoredCellSchema = lazySchema(() =>
  z.object({
    sheet: z.string(),
    cell: z.string(),
    /** ExcelJS's fill object as it was, or null when the cell had none of its own. */
    fill: z.unknown().nullable(),
    /** ExcelJS's note (text or rich-text model) as it was, or null. */
    note: z.unknown().nullable(),
    /** The .xlsx writer's own record: the cell's style index as it was (null: none). */
    style: z.number().int().nonnegative().nullable().optional(),
    /** The .xlsx writer's own record: the user's comment markup as it was, when the cell had one. */
    comment: z.string().optional(),
    /** The .xlsx writer's own record: the style index it gave the cell, and the cell's own <fill> markup. */
    marked: z.number().int().nonnegative().optional(),
    fillXml: z.string().nullable().optional(),
  }),
);
/**
 * What the .xlsx writer added to the package beyond sheets and notes, so that clear takes out
 * exactly that. Absent from a store written by Office.js.
 */
const PackageRecordSchema = lazySchema(() =>
  z.object({
    /** Parts the writer created (its sheets, tables, comment and drawing parts). */
    parts: z.array(z.string()),
    /** File extensions whose content-type Default the writer added. */
    contentTypeDefaults: z.array(z.string()),
    /** The workbook's <calcPr> tag as it was; null when it had none. */
    calcPr: z.string().nullable(),
    /**
     * The workbook's empty <definedNames> element as written (`<definedNames/>`), to put back when
     * clear leaves it empty; null when the writer created it; absent when the user's held names.
     */
    definedNames: z.string().nullable().optional(),
    /** Relationships the writer added to the user's parts. */
    relationships: z.array(z.object({ source: z.string(), id: z.string() })),
    /** How many cell formats styles.xml held after writing: fewer or more means another program re-saved it. */
    cellXfs: z.number().int().nonnegative(),
    /** How many items each section of styles.xml held before writing (-1: the section was absent). */
    styleCounts: z.record(z.string(), z.number().int()),
  }),
);
const StoreSchema = lazySchema(() => z.object({ sheets: z.array(StoredSheetSchema), cells: z.array(StoredCellSchema), package: PackageRecordSchema.optional() }));
export type PackageRecord = z.infer<typeof PackageRecordSchema>;

export type Store = z.infer<typeof StoreSchema>;
export type StoredCell = z.infer<typeof StoredCellSchema>;

/** The store as the values of column A, from A1 down. */
export function encodeStore(store: Store): string[] {
  const json = JSON.stringify(store);
  const column = [STORE_TAG];
  for (let i = 0; i * STORE_CHUNK_CHARS < json.length; i++) column.push(json.slice(i * STORE_CHUNK_CHARS, (i + 1) * STORE_CHUNK_CHARS));
  return column;
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * The store held by column A (from A1 down; a blank cell reads as null in ExcelJS and "" in
 * Office.js, and either ends it), or null when A1 is not the tag: the sheet is not a store.
 */
/**
 * The store's record of the checker's last run is there but cannot be read. Clearing must not
 * guess ("nothing to restore" would delete the only record of the plan's own fills), so each
 * host says this sentence and stops.
 */
export class StoreUnreadableError extends Error {
  override name = "StoreUnreadableError";
  constructor(readonly sheet: string) {
    super(`The record Action Plan Checker keeps in this workbook (the hidden sheet '${sheet}') is damaged, so the plan's own fills and notes cannot be put back. Use a copy of the workbook saved before it was checked.`);
  }
}

/** The store in a sheet's first column; null when the sheet is no store. Throws StoreUnreadableError for a damaged one. */
export function decodeStore(column: readonly unknown[], sheet: string): Store | null {
  const store = parseStore(column);
  if (store === "unreadable") throw new StoreUnreadableError(sheet);
  return store;
}

/** As decodeStore, but a store that is there and cannot be read says so. */
export function parseStore(column: readonly unknown[]): Store | "unreadable" | null {
  if (column[0] !== STORE_TAG) return null;
  let json = "";
  for (let i = 1; i < column.length && typeof column[i] === "string" && column[i] !== ""; i++) json += column[i] as string;
  const parsed = StoreSchema.safeParse(parseJson(json));
  return parsed.success ? parsed.data : "unreadable";
}

/** A name for the store sheet that no sheet has (ActionPlanChecker, ActionPlanChecker2 …). */
export function storeSheetName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = STORE_SHEET;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${STORE_SHEET}${n}`;
  return name;
}

/** The sheets that may be a store, by the names `storeSheetName` gives. */
export function storeCandidates(names: readonly string[]): string[] {
  const pattern = new RegExp(`^${STORE_SHEET}\\d*$`, "i");
  return names.filter((n) => pattern.test(n));
}

/** "#RRGGBB" → the ExcelJS fill the CLI would have recorded; null is no fill of the cell's own. */
export function storedFill(color: string | null): unknown {
  return color === null ? null : { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } };
}

/** What ExcelJS loads for a cell that has a style but no fill. */
const NoFill = lazySchema(() => z.object({ type: z.literal("pattern"), pattern: z.literal("none") }));
const SolidFill = lazySchema(() => z.object({ type: z.literal("pattern"), pattern: z.literal("solid"), fgColor: z.object({ argb: z.string().regex(/^[0-9A-Fa-f]{8}$/) }) }));

/**
 * A recorded fill as a colour either host can put back. A theme or gradient fill recorded by
 * ExcelJS has no "#RRGGBB" form: it comes back as no fill, and `exact` says so.
 */
export function fillColor(stored: unknown): { color: string | null; exact: boolean } {
  if (stored === null || stored === undefined || NoFill.safeParse(stored).success) return { color: null, exact: true };
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
