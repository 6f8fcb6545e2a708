import { address, columnLetter } from "../grid";
import type { ChangeReport, DueSoonReport, SinceReport } from "../report";
import type { DueSoonStep } from "../summary/due-soon";
import type { Change } from "./changes";
import type { Comparison } from "./compare";

const letter = (col: number | null) => (col === null ? null : columnLetter(col));

export function sinceReport(comparison: Comparison): SinceReport {
  return {
    file: comparison.file,
    sheet: comparison.plan.name,
    asOf: comparison.asOf,
    columns: comparison.columns.map((d) => ({ role: d.role, column: letter(d.col), header: d.header, sinceColumn: letter(d.sinceCol), sinceHeader: d.sinceHeader })),
  };
}

function fromTo(change: Change): Pick<ChangeReport, "from" | "to" | "days" | "extensions" | "direction" | "step"> {
  const none = { from: null, to: null, days: null, extensions: null, direction: null, step: null };
  switch (change.kind) {
    case "rag":
    case "savings-rag":
      return { ...none, from: change.from, to: change.to, direction: change.direction };
    case "target":
    case "revised":
      return { ...none, from: change.from, to: change.to, days: change.days, extensions: change.extensions, step: change.step.step.row };
    case "done":
      return { ...none, from: change.from, to: change.to, step: change.step.step.row };
    case "owner":
    case "saving":
    case "renumbered":
      return { ...none, from: change.from, to: change.to };
    case "added":
    case "removed":
    case "escalated":
    case "no-longer-escalated":
      return none;
  }
}

export function changeReport(change: Change): ChangeReport {
  const item = change.item ?? change.since;
  return { id: item?.id ?? null, kind: change.kind, row: change.item?.row ?? null, sinceRow: change.since?.row ?? null, ...fromTo(change) };
}

export function dueSoonReport({ item, step, dueDate, daysLeft, dueCell }: DueSoonStep): DueSoonReport {
  return { id: item.id, row: step.row, targetDate: dueDate, daysLeft, cell: address(dueCell.row, dueCell.col), text: step.text, owners: item.owner?.read.owners ?? [] };
}
