import { columnLetter } from "../grid";
import { fileLink, formula, num, ragCell, text } from "../summary/cells";
import { DATA_BAR_COLOR } from "../summary/palette";
import { SheetBuilder } from "../summary/sheet-builder";
import type { SummarySheet } from "../summary/write-types";
import { SAVINGS_KEYS, type PlanLine, type RollupLine } from "./plan-line";
import { finishRollupSheet, type RollupOptions } from "./rollup-options";

const WIDTHS = [36, 18, 13, 13, 13, 13, 13, 14];
/** Column of the first RAG's amounts (C). */
const FIRST = 3;

/** Savings by plan and Savings RAG: the amounts as reported, every total a live formula. */
export function describeSavingsSheet(lines: RollupLine[], options: RollupOptions): SummarySheet {
  const b = new SheetBuilder();
  const plans = lines.filter((line): line is PlanLine => line.kind === "plan");
  const from = columnLetter(FIRST);
  const to = columnLetter(FIRST + SAVINGS_KEYS.length - 1);
  const totalColumn = columnLetter(FIRST + SAVINGS_KEYS.length);
  b.add(text("Savings by plan and Savings RAG", "title"));
  b.add(text("Amounts are in pounds. The totals are formulas: correct an amount here and they follow.", "small"));
  b.blank();
  const header = b.add(
    text("Plan", "header"),
    text("Sheet", "header"),
    ...SAVINGS_KEYS.map((key) => (key === "none" ? text("No Savings RAG", "header") : ragCell(key))),
    text("Total", "header"),
  );
  const first = b.next;
  for (const plan of plans) {
    const row = b.next;
    b.add(
      fileLink(plan.file, options.linkTo(plan.file)),
      text(plan.sheet, "wrap"),
      ...SAVINGS_KEYS.map((key) => num(plan.savingByRag[key], "money")),
      formula(`SUM(${from}${row}:${to}${row})`, "money"),
    );
  }
  const last = b.next - 1;
  const columns = Array.from({ length: SAVINGS_KEYS.length + 1 }, (_, i) => columnLetter(FIRST + i));
  b.add(text("Total", "total-label"), null, ...columns.map((col) => formula(`SUM(${col}${first}:${col}${last})`, "total-money")));
  if (last >= first) b.dataBars.push({ range: `${totalColumn}${first}:${totalColumn}${last}`, color: DATA_BAR_COLOR });
  return finishRollupSheet(b, "rollup-savings", "Savings", WIDTHS, header);
}
