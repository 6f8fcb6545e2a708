/**
 * How a corpus plan is written down: the cells, merges and fills of each sheet as its authors
 * kept it. Dates the authors typed as text stay strings; dates Excel holds as serials are
 * `date(...)` cells with the number format the sheet showed them in.
 */

/** Fill colours as plans paint them (RAG by fill, header shading). */
export const FILL = {
  red: "FF0000",
  amber: "FFC000",
  green: "00B050",
  blue: "0070C0",
  grey: "D9D9D9",
  header: "BDD7EE",
  yellow: "FFFF00",
  lightGreen: "C6EFCE",
  lightRed: "FFC7CE",
  lightAmber: "FFEB9C",
} as const;

export interface DateCell {
  kind: "date";
  /** YYYY-MM-DD */
  iso: string;
  format: string;
}

export interface StyledCell {
  kind: "styled";
  value: string | number | DateCell | null;
  fill?: string;
  bold?: boolean;
}

export type CellSpec = string | number | null | DateCell | StyledCell;

export interface SheetDefinition {
  name: string;
  /** rows[0] is row 1; null or [] for a blank row. */
  rows: (CellSpec[] | null)[];
  /** A1 ranges, e.g. "A1:H1". */
  merges?: string[];
  /** Column widths in characters, from column A. */
  widths?: number[];
}

export interface PlanDefinition {
  sheets: SheetDefinition[];
}

export function date(iso: string, format = "dd/mm/yyyy"): DateCell {
  return { kind: "date", iso, format };
}

/** A cell with a fill (a RAG painted, not typed) and optionally a value. */
export function fill(colour: string, value: StyledCell["value"] = null): StyledCell {
  return { kind: "styled", value, fill: colour };
}

export function bold(value: StyledCell["value"], colour?: string): StyledCell {
  return { kind: "styled", value, bold: true, fill: colour };
}

export function definePlan(plan: PlanDefinition): PlanDefinition {
  return plan;
}
