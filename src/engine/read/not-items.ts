import { type Cell, type Grid, rawCellAt } from "../grid";
import { type FilledCells, filledCount } from "./row-text";
import { readRag } from "../values/rag";

/**
 * Rows that sit in a plan's table but are not actions: a key or legend, a note, a number
 * standing on its own. Read as actions they would each raise an owner-missing error that no
 * reader of the plan would raise.
 */

/** A line that heads a key or legend block: "Key", "RAG key:", "Legend", "Key to status". */
const KEY_HEADING = /^((rag|status|progress|colour|color|rating|bRAG)\s+)?(key|legend)(\s+to\s+[\w\s]+)?\s*:?$|^(rag|brag)\s+(ratings?|definitions?)\s*:?$/i;

export function isKeyHeading(text: string): boolean {
  return KEY_HEADING.test(text.trim());
}

/**
 * What a legend's entries say: how far an action got, or what a colour means ("Fully
 * Achieved", "Not on track", "Some slippage"). A short phrase opening with such words.
 */
const LEGEND_MEANING =
  /^(fully|partially|partly|not|no|on|off|complete[d]?|achieved|in progress|at risk|some|minor|major|significant|behind|delayed|overdue|slippage|exceeded|met|closed|superseded|action(s)? (is |are )?(complete|on|off|not|delayed|behind|at)|target (met|not|missed|achieved)|progress(ing)?|risk)\b/i;

/** A legend's code: "1", "2.", "A", a RAG word or letter. */
const LEGEND_CODE = /^(\d{1,2}|[A-Z])[.)]?$|^(red|amber|green|blue)$/i;

function isLegendMeaning(text: string): boolean {
  // The opening words first: most texts fail them at once, and are not split into words.
  return LEGEND_MEANING.test(text.trim()) && text.split(/\s+/).length <= 6;
}

/**
 * A legend entry: a code and a short meaning ("1 | Fully Achieved", "Red | Not on track"),
 * in one cell or two, or a painted swatch beside its meaning.
 */
function isLegendRow(grid: Grid, row: number, { cols, texts }: FilledCells): boolean {
  if (cols.length === 0 || cols.length > 2) return false;
  if (cols.length === 2) {
    const [code, meaning] = texts;
    return isLegendMeaning(meaning) && (LEGEND_CODE.test(code) || isSwatch(rawCellAt(grid, row, cols[0])));
  }
  const col = cols[0];
  const text = texts[0];
  const coded = /^(\d{1,2}[.)]?|red|amber|green|blue)\s*[-–—:=]?\s+(.+)$/i.exec(text);
  if (coded) return isLegendMeaning(coded[2]);
  return col > 1 && isSwatch(rawCellAt(grid, row, col - 1)) && isLegendMeaning(text);
}

function isSwatch(cell: Cell): boolean {
  return cell.text.trim() === "" && readRag(cell).kind === "rag";
}

/** A key block's own rows are short: a code or swatch and what it means. */
const KEY_ROW_CELLS = 3;

/**
 * The rows below the header that are a key, a legend or a note. A legend is told by its
 * entries standing together (two or more in a run: "1 Fully Achieved", "2 Partially
 * Achieved"), so a single short step that happens to open with "Complete" stays a step;
 * a block under a "Key" heading is skipped down to the next blank row.
 */
export function notItemRows(grid: Grid, fromRow: number, cellsOf: (row: number) => FilledCells): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let inKey = false;
  const endRun = () => {
    if (run.length >= 2) for (const r of run) out.add(r);
    // Most rows end no run: an empty one is kept rather than made anew for each.
    if (run.length > 0) run = [];
  };
  for (let row = fromRow; row <= grid.rows.length; row++) {
    const count = filledCount(grid, row);
    if (count === 0) {
      inKey = false;
      endRun();
      continue;
    }
    // Outside a key, a row of more than two cells is no key heading, note or legend: most of a table's rows, told without listing their cells.
    if (count > 2 && !inKey) {
      endRun();
      continue;
    }
    const cells = cellsOf(row);
    if (count === 1 && isKeyHeading(cells.texts[0])) {
      out.add(row);
      inKey = true;
      endRun();
      continue;
    }
    if (inKey && count <= KEY_ROW_CELLS) {
      out.add(row);
      continue;
    }
    inKey = false;
    if (count <= 2 && isNoteText(cells.texts[0])) out.add(row);
    if (isLegendRow(grid, row, cells)) run.push(row);
    else endRun();
  }
  endRun();
  return out;
}

/** "Note:", "Notes", "NB", "* Figures exclude VAT", "Source: …": a remark about the table. */
const NOTE = /^(notes?|nb|n\.b\.|please note|source|footnote)\b\s*\d*\s*[:.-]?|^\*+\s*\S/i;

export function isNoteText(text: string): boolean {
  return NOTE.test(text.trim());
}

/** A number typed alone: "-2,100", "£48k", "(150)". */
const NUMBER_TEXT = /^[-+(]?\s?[£$€]?\s?\d[\d,]*(\.\d+)?\s?[km]?\)?$/i;

export function isLoneNumber(cell: Cell): boolean {
  if (typeof cell.value === "number") return !/[dmy]/i.test((cell.numberFormat ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  return NUMBER_TEXT.test(cell.text.trim());
}
