import type { AsOfSource, CheckResult, PlanResult } from "../check";
import { address } from "../grid";
import type { LogEntry } from "../plan";
import { columnRef, sourceCell } from "./actions-sheet";
import { date, literally, formula, link, num, quoted, ragCell, text } from "./cells";
import { ragOf } from "../values/rag";
import { whyEscalated } from "./escalations";
import { dueSoonBlock } from "./due-soon-block";
import { LEGEND, RAG_WORDS, RAGS } from "./palette";
import { SheetBuilder } from "./sheet-builder";
import { savingOf } from "./totals";
import type { SummarySheet } from "./write-types";

const AS_OF_SOURCE: Record<AsOfSource, string> = {
  option: "chosen when the check was run",
  sheet: "the plan's reporting date",
  today: "the day of the check: the plan gives no reporting date",
};

function ragCounts(b: SheetBuilder, table: string, plan: string): void {
  // One row per item: its first step's row, so an item of five steps counts once.
  const sheetIs = `${columnRef(table, "sheet")},${literally(plan)},${columnRef(table, "step")},1`;
  b.add(text("Items by RAG", "heading"));
  b.add(text("RAG", "header"), text("By Action RAG", "header"), text("By Savings RAG", "header"), text("Saving (£) by Savings RAG", "header"));
  const first = b.next;
  for (const rag of [...RAGS, null]) {
    const word = rag ? quoted(RAG_WORDS[rag]) : quoted("None");
    b.add(
      ragCell(rag),
      formula(`COUNTIFS(${sheetIs},${columnRef(table, "actionRag")},${word})`, "count"),
      formula(`COUNTIFS(${sheetIs},${columnRef(table, "savingsRag")},${word})`, "count"),
      formula(`SUMIFS(${columnRef(table, "saving")},${columnRef(table, "sheet")},${literally(plan)},${columnRef(table, "savingsRag")},${word})`, "money"),
    );
  }
  const last = b.next - 1;
  b.add(text("Total", "total-label"), ...["B", "C", "D"].map((col, i) => formula(`SUM(${col}${first}:${col}${last})`, i === 2 ? "total-money" : "total-count")));
}

function escalations(b: SheetBuilder, check: CheckResult, result: PlanResult): void {
  const items = result.plan.items.filter((item) => check.escalation.picks(item));
  b.add(text(`Escalations (${items.length})`, "heading"));
  // Not wrapped: column A is narrow, and the sentence may run on over the empty cells beside it.
  b.add(text(`The rule: ${check.escalation.words}.`));
  if (items.length === 0) {
    b.add(text("No item meets the rule."));
    return;
  }
  b.add(...["ID", "Title", "Owner", "Action RAG", "Savings RAG", "Saving (£)", "Why", "Cell"].map((h) => text(h, "header")));
  for (const item of items) {
    const cell = address(item.row, result.plan.columns.id ?? result.plan.columns.title ?? 1);
    b.add(
      text(item.id ?? `row ${item.row}`),
      text(item.title, "wrap"),
      text(item.owner?.read.owners.join(" / ") ?? ""),
      ragCell(ragOf(item.actionRag)),
      ragCell(ragOf(item.savingsRag)),
      savingOf(item) > 0 ? num(savingOf(item), "money") : null,
      text(whyEscalated({ actionRag: ragOf(item.actionRag), savingsRag: ragOf(item.savingsRag), saving: savingOf(item) }, check.escalation.id), "wrap"),
      link(cell, result.plan.name, cell),
    );
  }
}

function lateSteps(b: SheetBuilder, result: PlanResult): void {
  const late = result.plan.items.flatMap((item) =>
    item.steps
      .filter((step) => {
        const s = result.status(step);
        return s.slippageDays !== null || s.overdueDays !== null;
      })
      .map((step) => ({ item, step })),
  );
  b.add(text(`Slipped and overdue actions (${late.length})`, "heading"));
  if (late.length === 0) {
    b.add(text("No action has slipped or is overdue."));
    return;
  }
  b.add(...["ID", "Action", "Owner", "Target date", "Revised date", "Slipped (days)", "Overdue (days)", "Cell"].map((h) => text(h, "header")));
  for (const { item, step } of late) {
    const s = result.status(step);
    const cell = sourceCell(result.plan, step.row);
    b.add(
      text(item.id ?? `row ${item.row}`),
      text(step.text || item.title, "wrap"),
      text(item.owner?.read.owners.join(" / ") ?? ""),
      s.targetDate ? date(s.targetDate) : null,
      s.revisedDate ? date(s.revisedDate) : null,
      s.slippageDays !== null ? num(s.slippageDays, "days") : null,
      s.overdueDays !== null ? num(s.overdueDays, "days") : null,
      link(cell, result.plan.name, cell),
    );
  }
}

function log(b: SheetBuilder, result: PlanResult, title: string, entries: LogEntry[], headers: string[]): void {
  b.add(text(`${title} (${entries.length})`, "heading"));
  if (entries.length === 0) {
    b.add(text("None in the plan."));
    return;
  }
  b.add(...headers.map((h) => text(h, "header")));
  for (const entry of entries) {
    const cell = address(entry.row, result.plan.columns.id ?? 1);
    b.add(text(entry.id), text(entry.text, "wrap"), text(entry.owner ?? ""), text(entry.action, "wrap"), link(cell, result.plan.name, cell));
  }
}

function legend(b: SheetBuilder): void {
  b.add(text("Highlight colours in the plan", "heading"));
  b.add(text("Colour", "header"), text("Meaning", "header"));
  for (const entry of LEGEND) b.add(text(entry.label, `highlight-${entry.kind}`), text(entry.meaning, "wrap"));
  b.add(text("Each highlighted cell has a note saying why. A RAG here is always written as its word as well as its colour."));
}

/** The page a board reads: what is late, what goes to the board and why, per plan sheet. */
export function describeBoardSheet(name: string, table: string, check: CheckResult, plans: PlanResult[]): SummarySheet {
  const b = new SheetBuilder();
  plans.forEach((result, i) => {
    if (i > 0) b.blank();
    b.add(text(`Board summary: ${result.plan.name}`, "title"));
    b.add(text("Plan sheet", "label"), link(result.plan.name, result.plan.name, "A1"));
    b.add(text("As of", "label"), date(check.asOf), text(AS_OF_SOURCE[check.asOfSource]));
    b.add(text("Escalation rule", "label"), text(check.escalation.words));
    b.blank();
    ragCounts(b, table, result.plan.name);
    b.blank();
    escalations(b, check, result);
    b.blank();
    lateSteps(b, result);
    b.blank();
    dueSoonBlock(b, result, check.dueWithin);
    b.blank();
    log(b, result, "Issues for escalation", result.plan.issues, ["No.", "Issue", "Owner", "Action", "Cell"]);
    b.blank();
    log(b, result, "Risks to be added to the risk log", result.plan.risks, ["No.", "Risk", "Owner", "Mitigating action", "Cell"]);
  });
  b.blank();
  legend(b);
  return b.finish("board", name, [16, 44, 20, 13, 13, 13, 40, 9], 0);
}
