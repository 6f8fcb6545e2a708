import type { PlanResult } from "../check";
import { address } from "../grid";
import { plural } from "../words";
import { date, link, num, shortened, text } from "./cells";
import type { SheetBuilder } from "./sheet-builder";

/**
 * The Board summary's "Due soon" block: what must be delivered before the next report, with
 * who answers for it and its latest update, each line linked to the deadline's cell.
 */
export function dueSoonBlock(b: SheetBuilder, result: PlanResult, within: number): void {
  const soon = result.dueSoon;
  b.add(text(`Due soon: within ${plural(within, "day")} of the as-of date (${soon.length})`, "heading"));
  if (soon.length === 0) {
    b.add(text("No step that is not done falls due in that time."));
    return;
  }
  b.add(...["ID", "Action", "Owner", "Due date", "Days left", null, "Latest update", "Cell"].map((h) => text(h ?? "", "header")));
  for (const { item, step, dueDate, daysLeft, dueCell } of soon) {
    const cell = address(dueCell.row, dueCell.col);
    b.add(
      text(item.id ?? `row ${item.row}`),
      text(shortened(step.text || item.title), "wrap"),
      text(item.owner?.read.owners.join(" / ") ?? ""),
      date(dueDate),
      num(daysLeft, "days"),
      null,
      text(shortened(step.update), "wrap"),
      link(cell, result.plan.name, cell),
    );
  }
}
