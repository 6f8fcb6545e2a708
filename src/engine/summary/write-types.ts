/**
 * What the tool writes into a workbook, as plain data. Every host (ExcelJS in Node or a
 * browser, Office.js inside Excel) applies the same description, so nothing here may depend
 * on a host: no functions, no classes, only strings, numbers and arrays.
 */

/** Why a cell of the plan is highlighted. One fill colour per kind, explained in the legend. */
export type HighlightKind = "error" | "warning" | "overdue" | "slipped" | "info";

/** A fill and a note on one cell of the user's plan. The cell's value is never touched. */
export interface Highlight {
  sheet: string;
  /** A1 address of the cell (the master cell of a merged area). */
  cell: string;
  /** The most pressing reason on the cell; it decides the fill. */
  kind: HighlightKind;
  /** "#RRGGBB". */
  fill: string;
  /** Every reason on the cell, in plain English, one per line. */
  note: string;
}

export type StyleId =
  | "title"
  | "heading"
  | "header"
  | "label"
  | "text"
  | "wrap"
  | "money"
  | "date"
  | "days"
  | "count"
  | "total-label"
  | "total-money"
  | "total-count"
  | "link"
  | "link-wrap"
  | "small"
  | "rag-blue"
  | "rag-green"
  | "rag-amber"
  | "rag-red"
  | `highlight-${HighlightKind}`;

/** How a style looks; adapters map it onto their own style objects. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" solid fill */
  fill?: string;
  /** Excel number format code, e.g. "£#,##0" or "dd mmm yyyy". */
  numberFormat?: string;
  wrap?: boolean;
}

/**
 * A cell the tool writes. Text is always text, even when it begins with "=", "+", "-" or
 * "@": an adapter must write it so that no host can take it for a formula.
 */
export type WriteCell =
  | { kind: "text"; value: string; style?: StyleId }
  | { kind: "number"; value: number; style?: StyleId }
  /** value is "YYYY-MM-DD"; adapters write a real date (a serial with a date format). */
  | { kind: "date"; value: string; style?: StyleId }
  /** value is the formula without its leading "=", in Excel's English syntax. */
  | { kind: "formula"; value: string; style?: StyleId }
  /** An internal hyperlink showing `value`, going to `cell` on `sheet`. */
  | { kind: "link"; value: string; sheet: string; cell: string; style?: StyleId }
  /**
   * A hyperlink to another file showing `value`: `target` is its path relative to the
   * workbook written, with "/" between folders; `cell` (e.g. "'Plan Jun-16'!E41") is where in
   * it to go, absent for the file itself.
   */
  | { kind: "file-link"; value: string; target: string; cell?: string; style?: StyleId };

/** An Excel table over cells already in `rows`: its header row is `ref`'s first row. */
export interface TableSpec {
  name: string;
  /** e.g. "A1:R120", header row included. */
  ref: string;
  columns: string[];
}

/** A data bar over a range of amounts. */
export interface DataBar {
  range: string;
  /** "#RRGGBB" */
  color: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  fitToWidth: boolean;
  /** e.g. "A1:H40" */
  area: string;
  /** Paper to print on; absent leaves the printer's default. */
  paper?: "A4";
  /** Excel's Narrow margins (a quarter inch at the sides) for a wide table; absent: the defaults. */
  narrowMargins?: boolean;
}

/** The sheets of a checked plan, then those of a roll-up of many plans. */
export type SummarySheetKey = "board" | "savings" | "actions" | "changes" | "rollup-plans" | "rollup-escalations" | "rollup-savings";

/** A worksheet the tool owns: replaced on every run, removed by `clear`. */
export interface SummarySheet {
  key: SummarySheetKey;
  /** Valid, and unique against the user's sheets. */
  name: string;
  /** Text written in `marker.cell` so the sheet is known as the tool's whatever its name. */
  marker: { cell: string; text: string };
  /** rows[r][c] is the cell at row r + 1, column c + 1; null leaves it blank. */
  rows: (WriteCell | null)[][];
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Row heights in points, row 1 first, where wrapped text needs more than one line; null: default. */
  rowHeights: (number | null)[];
  frozenRows: number;
  print: PrintSetup;
  tables: TableSpec[];
  dataBars: DataBar[];
}

/** A colour of the highlight palette with its meaning, for the legend. */
export interface LegendEntry {
  kind: HighlightKind;
  fill: string;
  label: string;
  meaning: string;
}

export interface WriteDescription {
  /** Names the tool's marks in a workbook. */
  owner: "action-plan-checker";
  highlights: Highlight[];
  sheets: SummarySheet[];
  styles: Record<StyleId, CellStyle>;
  legend: LegendEntry[];
}
