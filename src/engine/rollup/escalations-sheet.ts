import { fileLink, num, ragCell, text } from "../summary/cells";
import { SheetBuilder } from "../summary/sheet-builder";
import { sheetRef } from "../summary/sheet-names";
import type { SummarySheet } from "../summary/write-types";
import type { PlanLine, RollupLine } from "./plan-line";
import { finishRollupSheet, rulesText, type RollupOptions } from "./rollup-options";

const HEADERS = ["Plan", "Sheet", "ID", "Title", "Owner", "Action RAG", "Savings RAG", "Saving (£)", "Why", "Cell"];
const WIDTHS = [30, 16, 7, 36, 18, 9, 9, 12, 28, 8];

/** Every item across the plans that goes to the board, each with a link to its cell in its file. */
export function describeEscalationsSheet(lines: RollupLine[], options: RollupOptions): SummarySheet {
  const b = new SheetBuilder();
  const plans = lines.filter((line): line is PlanLine => line.kind === "plan");
  const count = plans.reduce((n, plan) => n + plan.escalations.length, 0);
  b.add(text(`Escalations across the plans (${count})`, "title"));
  b.add(text(rulesText(plans), "small"));
  b.blank();
  if (count === 0) {
    b.add(text("No item in any plan meets its escalation rule."));
    return finishRollupSheet(b, "rollup-escalations", "Escalations", WIDTHS, 0);
  }
  const header = b.add(...HEADERS.map((h) => text(h, "header")));
  for (const plan of plans) {
    const target = options.linkTo(plan.file);
    for (const item of plan.escalations) {
      b.add(
        fileLink(plan.file, target),
        text(plan.sheet, "wrap"),
        text(item.id),
        text(item.title, "wrap"),
        text(item.owners.join(" / "), "wrap"),
        ragCell(item.actionRag),
        ragCell(item.savingsRag),
        item.saving !== null && item.saving > 0 ? num(item.saving, "money") : null,
        text(item.why, "wrap"),
        fileLink(item.cell, target, `${sheetRef(plan.sheet)}!${item.cell}`),
      );
    }
  }
  return finishRollupSheet(b, "rollup-escalations", "Escalations", WIDTHS, header);
}
