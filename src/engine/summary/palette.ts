import type { Rag } from "../values/rag";
import type { CellStyle, HighlightKind, LegendEntry, StyleId } from "./write-types";

/**
 * Highlight fills: light tints of the Okabe–Ito palette, whose hues stay apart for the
 * common colour-vision deficiencies, light enough that the user's black text stays legible.
 * The order is the order of precedence when several reasons fall on one cell.
 */
export const LEGEND: readonly LegendEntry[] = [
  { kind: "error", fill: "#EEBF99", label: "Error", meaning: "Something in the cell must be put right (vermilion)." },
  { kind: "warning", fill: "#F8D999", label: "Warning", meaning: "Something in the cell should be looked at (orange)." },
  { kind: "overdue", fill: "#EBC9DC", label: "Overdue", meaning: "The step is past its due date on the as-of date and not marked done (reddish purple)." },
  { kind: "slipped", fill: "#BBE1F6", label: "Slipped", meaning: "The revised date is later than the target date (sky blue)." },
  { kind: "info", fill: "#C2E6DC", label: "Note", meaning: "For information only (bluish green)." },
];

export function legendOf(kind: HighlightKind): LegendEntry {
  return LEGEND.find((entry) => entry.kind === kind)!;
}

/** The RAG colours used beside the RAG word in summaries; never the colour alone. */
const RAG_FILLS: Record<Rag, string> = { blue: "#9DC3E6", green: "#A9D08E", amber: "#FFD966", red: "#FF8B8B" };

export const RAG_WORDS: Record<Rag, string> = { blue: "Blue", green: "Green", amber: "Amber", red: "Red" };
export const RAGS: readonly Rag[] = ["red", "amber", "green", "blue"];

export const MONEY_FORMAT = "£#,##0";
export const DATE_FORMAT = "dd mmm yyyy";
/** Sky blue of the same palette: a data bar never reads as a RAG. */
export const DATA_BAR_COLOR = "#56B4E9";

export const STYLES: Record<StyleId, CellStyle> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  header: { bold: true, fill: "#D9D9D9", wrap: true },
  label: { bold: true },
  text: {},
  wrap: { wrap: true },
  money: { numberFormat: MONEY_FORMAT },
  date: { numberFormat: DATE_FORMAT },
  days: { numberFormat: "0" },
  count: { numberFormat: "0" },
  "total-label": { bold: true },
  "total-money": { bold: true, numberFormat: MONEY_FORMAT },
  "total-count": { bold: true, numberFormat: "0" },
  link: { underline: true, fontColor: "#0563C1" },
  "link-wrap": { underline: true, fontColor: "#0563C1", wrap: true },
  small: { italic: true, fontColor: "#595959" },
  "rag-blue": { fill: RAG_FILLS.blue },
  "rag-green": { fill: RAG_FILLS.green },
  "rag-amber": { fill: RAG_FILLS.amber },
  "rag-red": { fill: RAG_FILLS.red },
  "highlight-error": { fill: legendOf("error").fill },
  "highlight-warning": { fill: legendOf("warning").fill },
  "highlight-overdue": { fill: legendOf("overdue").fill },
  "highlight-slipped": { fill: legendOf("slipped").fill },
  "highlight-info": { fill: legendOf("info").fill },
};
