import type { PlanResult } from "../check";
import { address, columnLetter } from "../grid";
import type { Item, PlanSheet, Step } from "../plan";
import { date, link, num, ragCell, text, type Row } from "./cells";
import { ragOf } from "../values/rag";
import { STYLES } from "./palette";
import { rowHeights } from "./row-heights";
import { ownerKey } from "./totals";
import type { SummarySheet, WriteCell } from "./write-types";

/** The Actions table's columns: header text and width. Formulas elsewhere name them. */
export const ACTION_COLUMNS = {
  sheet: { header: "Plan sheet", width: 18 },
  id: { header: "ID", width: 10 },
  section: { header: "Section", width: 30 },
  title: { header: "Title", width: 40 },
  step: { header: "Step", width: 6 },
  action: { header: "Action", width: 60 },
  owners: { header: "Owners", width: 22 },
  target: { header: "Target date", width: 13 },
  revised: { header: "Revised date", width: 13 },
  slipped: { header: "Slipped (days)", width: 9 },
  overdue: { header: "Overdue (days)", width: 9 },
  done: { header: "Done", width: 7 },
  actionRag: { header: "Action RAG", width: 9 },
  savingsRag: { header: "Savings RAG", width: 9 },
  saving: { header: "Saving (£)", width: 13 },
  savingNote: { header: "Saving note", width: 16 },
  financeManager: { header: "Finance manager", width: 18 },
  cell: { header: "Cell", width: 8 },
} as const;

export type ActionColumn = keyof typeof ACTION_COLUMNS;
const KEYS = Object.keys(ACTION_COLUMNS) as ActionColumn[];

/** A structured reference to a column of the Actions table: it grows with the table. */
export function columnRef(table: string, key: ActionColumn): string {
  return `${table}[${ACTION_COLUMNS[key].header}]`;
}

/** Which cell a step's row is best found by: its action text, else the item's id. */
export function sourceCell(plan: PlanSheet, row: number): string {
  return address(row, plan.columns.action ?? plan.columns.id ?? plan.columns.title ?? 1);
}

/** "up to, per annum", or the unreadable text itself, so the £ figure is never read bare. */
export function savingNote(item: Item): string {
  const read = item.saving?.read;
  if (read?.kind === "unreadable") return `Not understood: ${read.text}`;
  if (read?.kind !== "money") return "";
  return [read.upTo ? "up to" : "", read.perAnnum ? "per annum" : ""].filter(Boolean).join(", ");
}

function savingCell(item: Item) {
  const read = item.saving?.read;
  if (read?.kind === "money") return num(read.pounds, "money");
  if (read?.kind === "none") return num(0, "money");
  return null;
}

/** Cells the same on many rows, made once and shared: a description is never changed once made. */
const DONE = { yes: text("Yes"), no: text("No") };

/**
 * A cell shared by every row showing the same value: a plan has a few hundred dates and day
 * counts and few steps to an item, on tens of thousands of rows the writing must hold at once.
 */
function sharedCell<K>(made: (key: K) => WriteCell): (key: K) => WriteCell {
  const cells = new Map<K, WriteCell>();
  return (key) => {
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = made(key)));
    return cell;
  };
}

interface SharedCells {
  date: (value: string) => WriteCell;
  days: (value: number) => WriteCell;
  step: (value: number) => WriteCell;
  /** Text many items repeat: sections, owners, finance managers. */
  text: (value: string) => WriteCell;
}

/** An item's own cells, on each of its steps' rows. */
interface ItemCells {
  id: WriteCell | null;
  title: WriteCell;
}

function actionRow(plan: PlanSheet, sheetCell: WriteCell, shared: SharedCells, result: PlanResult, item: Item, own: ItemCells, step: Step | null, index: number): Row {
  const s = step ? result.status(step) : null;
  const row = step?.row ?? item.row;
  const first = index === 0;
  const at = sourceCell(plan, row);
  // In ACTION_COLUMNS' order, made as the row itself: one object keyed by column and then mapped
  // to a row would be two more objects per row, tens of thousands of rows.
  return [
    sheetCell,
    own.id,
    item.section === null ? null : shared.text(item.section),
    own.title,
    shared.step(index + 1),
    step ? text(step.text, "wrap") : null,
    item.owner?.read.owners.length ? shared.text(ownerKey(item)) : null,
    s?.targetDate ? shared.date(s.targetDate) : null,
    s?.revisedDate ? shared.date(s.revisedDate) : null,
    s?.slippageDays != null ? shared.days(s.slippageDays) : null,
    s?.overdueDays != null ? shared.days(s.overdueDays) : null,
    step?.done ? DONE.yes : DONE.no,
    ragCell(ragOf(item.actionRag)),
    ragCell(ragOf(item.savingsRag)),
    // An item's saving is on its first row only, so a sum over the column counts it once.
    first ? savingCell(item) : null,
    first && savingNote(item) ? text(savingNote(item)) : null,
    item.financeManager === null ? null : shared.text(item.financeManager),
    link(at, plan.name, at),
  ];
}

/** One clean table of every item and step of every plan sheet. */
export function describeActionsSheet(name: string, table: string, plans: PlanResult[]): SummarySheet {
  const header: Row = KEYS.map((key) => text(ACTION_COLUMNS[key].header, "header"));
  const body: Row[] = [];
  const shared: SharedCells = { date: sharedCell((value: string) => date(value)), days: sharedCell((value: number) => num(value, "days")), step: sharedCell((value: number) => num(value, "count")), text: sharedCell((value: string) => text(value)) };
  for (const result of plans) {
    const sheetCell = text(result.plan.name);
    for (const item of result.plan.items) {
      const steps = item.steps.length ? item.steps : [null];
      const own: ItemCells = { id: item.id === null ? null : text(item.id), title: text(item.title) };
      for (let i = 0; i < steps.length; i++) body.push(actionRow(result.plan, sheetCell, shared, result, item, own, steps[i], i));
    }
  }
  // Excel keeps at least one data row in a table.
  if (body.length === 0) body.push(KEYS.map(() => null));
  const last = columnLetter(KEYS.length);
  const markerRow = body.length + 3;
  const marker = { cell: `A${markerRow}`, text: "Written by Action Plan Checker: this sheet is replaced each time the plan is checked." };
  const rows = [header, ...body, [], [text(marker.text, "small")]];
  const widths = KEYS.map((key) => ACTION_COLUMNS[key].width);
  return {
    key: "actions",
    name,
    marker,
    rows,
    widths,
    rowHeights: rowHeights(rows, widths, STYLES),
    frozenRows: 1,
    print: { orientation: "landscape", fitToWidth: true, area: `A1:${last}${body.length + 1}` },
    tables: [{ name: table, ref: `A1:${last}${body.length + 1}`, columns: KEYS.map((key) => ACTION_COLUMNS[key].header) }],
    dataBars: [],
  };
}
