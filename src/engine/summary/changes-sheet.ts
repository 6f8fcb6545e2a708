import type { CheckResult, PlanResult } from "../check";
import type { Change, Comparison } from "../compare";
import { changeWords, valueText, type ChangeValue } from "../compare/change-words";
import { CHANGE_GROUPS, changeGroup } from "../compare/groups";
import { changeReport } from "../compare/to-report";
import { address } from "../grid";
import type { Item } from "../plan";
import { dayText } from "../words";
import { date, link, num, ragCell, shortened, text } from "./cells";
import { SheetBuilder } from "./sheet-builder";
import type { SummarySheet, WriteCell } from "./write-types";

/** A before or after as a cell: a RAG as its word on its colour, a date or an amount as a number Excel can sort. */
function valueCell(value: ChangeValue | null): WriteCell {
  if (value === null) return text("");
  if (value.kind === "rag") return ragCell(value.rag);
  if (value.kind === "date" && value.iso) return date(value.iso);
  if (value.kind === "pounds" && value.amount !== null) return num(value.amount, "money");
  // Owner lists are written "A / B" on every sheet of ours, as in this sheet's Owner column.
  if (value.kind === "owners" && value.owners.length) return text(value.owners.join(" / "), "wrap");
  const words = valueText(value);
  return text(words.charAt(0).toUpperCase() + words.slice(1), value.kind === "owners" ? "wrap" : undefined);
}

/** The cell of this version the change is about, to go to from the line. */
function cellOf(change: Change, item: Item, result: PlanResult): string {
  const idCell = address(item.row, result.plan.columns.id ?? result.plan.columns.title ?? 1);
  switch (change.kind) {
    case "rag":
      return item.actionRag ? address(item.actionRag.row, item.actionRag.col) : idCell;
    case "savings-rag":
      return item.savingsRag ? address(item.savingsRag.row, item.savingsRag.col) : idCell;
    case "target":
    case "revised":
    case "done": {
      const { step } = change.step;
      const cell = (change.kind === "target" ? step.target : step.revised) ?? step.revised ?? step.target;
      return cell ? address(cell.row, cell.col) : address(step.row, result.plan.columns.action ?? 1);
    }
    case "owner":
      return item.owner ? address(item.owner.row, item.owner.col) : idCell;
    case "saving":
      return item.saving ? address(item.saving.row, item.saving.col) : idCell;
    default:
      return idCell;
  }
}

function changeRow(change: Change, result: PlanResult): WriteCell[] {
  const words = changeWords(changeReport(change));
  const item = change.item ?? change.since!;
  const stepText = "step" in change ? change.step.step.text : "";
  const days = (change.kind === "target" || change.kind === "revised") && change.days !== null ? num(change.days, "days") : null;
  const at = change.item ? cellOf(change, change.item, result) : null;
  // An item no longer in the plan has no cell here to go to: say where it was.
  const cell = at ? link(at, result.plan.name, at) : text(`Was row ${item.row}`, "small");
  return [
    text(item.id ?? `row ${item.row}`),
    text(shortened(stepText || item.title), "wrap"),
    text(words.extension ? `${words.what}: ${words.extension}` : words.what, "wrap"),
    valueCell(words.from),
    valueCell(words.to),
    days ?? text(""),
    text(item.owner?.read.owners.join(" / ") ?? "", "wrap"),
    cell,
  ];
}

function versions(b: SheetBuilder, check: CheckResult, comparison: Comparison, result: PlanResult): void {
  b.add(text("This version", "label"), link(result.plan.name, result.plan.name, "A1"));
  // Words, not date cells: a date in the wide column B would sit at its far right.
  b.add(text("As of", "label"), text(dayText(check.asOf)));
  b.add(text("Earlier version", "label"), text(`${comparison.file}, sheet '${comparison.plan.name}'`));
  b.add(text("Its as-of", "label"), text(comparison.asOf ? dayText(comparison.asOf) : "Not given: the earlier version has no reporting date"));
  if (comparison.columns.length === 0) return;
  b.add(text("Columns", "label"), text("The two versions' columns differ; they were matched by what they hold:"));
  for (const d of comparison.columns) {
    const was = d.sinceHeader ?? "no column";
    const now = d.header ?? "no column";
    b.add(null, text(`'${was}' then, '${now}' now${d.col !== null && d.sinceCol !== null ? "" : ": not compared"}`));
  }
}

/** The Changes sheet: what moved since the earlier version, grouped as the board reads it. */
export function describeChangesSheet(name: string, check: CheckResult, plans: PlanResult[]): SummarySheet {
  const b = new SheetBuilder();
  plans.forEach((result, i) => {
    const comparison = result.comparison;
    if (!comparison) return;
    if (i > 0) b.blank();
    b.add(text(`Changes since the earlier version: ${result.plan.name}`, "title"));
    versions(b, check, comparison, result);
    for (const group of CHANGE_GROUPS) {
      const changes = comparison.changes.filter((change) => changeGroup(changeReport(change)) === group.key);
      b.blank();
      b.add(text(`${group.title} (${changes.length})`, "heading"));
      if (changes.length === 0) {
        b.add(text(group.none));
        continue;
      }
      b.add(...["ID", "Item or step", "What changed", "Before", "Now", "Days", "Owner", "Cell"].map((h) => text(h, "header")));
      for (const change of changes) b.add(...changeRow(change, result));
    }
  });
  b.blank();
  b.add(text("A RAG here is always written as its word as well as its colour. Days: how far a deadline moved; a deadline moved later again counts one more extension."));
  return b.finish("changes", name, [15, 44, 22, 13, 13, 7, 22, 9], 0);
}
