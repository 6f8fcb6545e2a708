import type { PlanResult } from "../check";
import type { Item } from "../plan";
import { columnRef, type ActionColumn } from "./actions-sheet";
import { exactly, formula, literally, ragCell, text } from "./cells";
import { ragOf } from "../values/rag";
import { DATA_BAR_COLOR, RAG_WORDS, RAGS } from "./palette";
import { SheetBuilder } from "./sheet-builder";
import { ownerKey, savingOf } from "./totals";
import type { SummarySheet, WriteCell } from "./write-types";

interface Group {
  /** What the row shows in column A. */
  label: WriteCell;
  /** The value the Actions table holds for these items; "" when it holds nothing. */
  key: string;
  items: Item[];
}

/** Groups in order of first appearance; a missing key is the empty cell of the table. */
function groupBy(items: Item[], keyOf: (item: Item) => string, none: string): Group[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, members]) => ({ key, label: text(key || none, "wrap"), items: members }));
}

/** "2 up to; 1 per annum": the £ figures above them are ceilings or yearly, not sure sums. */
function qualifiers(items: Item[]): string {
  const money = items.map((item) => item.saving?.read).filter((read) => read?.kind === "money");
  const upTo = money.filter((read) => read.upTo).length;
  const perAnnum = money.filter((read) => read.perAnnum).length;
  return [upTo ? `${upTo} "up to"` : "", perAnnum ? `${perAnnum} per annum` : ""].filter(Boolean).join("; ");
}

function block(b: SheetBuilder, table: string, plan: string, title: string, column: ActionColumn, groups: Group[]): void {
  b.add(text(title, "heading"));
  b.add(text(column === "savingsRag" ? "Savings RAG" : "Group", "header"), text("Saving (£)", "header"), text("Items", "header"), text("Of which", "header"));
  const first = b.next;
  const ofPlan = `${columnRef(table, "sheet")},${literally(plan)}`;
  for (const group of groups) {
    const row = b.next;
    // The label cell is the criterion while it shows the key; an empty key cannot be shown.
    const criterion = group.key === "" ? literally("") : exactly(`$A$${row}`);
    const of = `${ofPlan},${columnRef(table, column)},${criterion}`;
    b.add(
      group.label,
      formula(`SUMIFS(${columnRef(table, "saving")},${of})`, "money"),
      formula(`COUNTIFS(${of},${columnRef(table, "saving")},">0")`, "count"),
      text(qualifiers(group.items)),
    );
  }
  const last = b.next - 1;
  b.add(text("Total", "total-label"), formula(`SUM(B${first}:B${last})`, "total-money"), formula(`SUM(C${first}:C${last})`, "total-count"), text(qualifiers(groups.flatMap((g) => g.items))));
  if (last >= first) b.dataBars.push({ range: `B${first}:B${last}`, color: DATA_BAR_COLOR });
}

function ragGroups(items: Item[]): Group[] {
  return [...RAGS, null].map((rag) => ({
    key: rag ? RAG_WORDS[rag] : "None",
    label: ragCell(rag),
    items: items.filter((item) => ragOf(item.savingsRag) === rag),
  }));
}

/** Savings by section, Savings RAG, owner and finance manager, summed live from the Actions table. */
export function describeSavingsSheet(name: string, table: string, plans: PlanResult[]): SummarySheet {
  const b = new SheetBuilder();
  plans.forEach((result, i) => {
    if (i > 0) b.blank();
    const plan = result.plan.name;
    const items = result.plan.items.filter((item) => savingOf(item) > 0);
    b.add(text(`Savings: ${plan}`, "title"));
    b.add(text("Amounts are in pounds, summed from the Actions sheet: edit an amount there and these totals follow.", "small"));
    b.blank();
    block(b, table, plan, "By section or outcome", "section", groupBy(items, (item) => item.section ?? "", "(no section)"));
    b.blank();
    block(b, table, plan, "By Savings RAG", "savingsRag", ragGroups(items));
    b.blank();
    block(b, table, plan, "By owner", "owners", groupBy(items, (item) => (item.owner?.read.owners.length ? ownerKey(item) : ""), "(no owner)"));
    b.blank();
    block(b, table, plan, "By finance manager", "financeManager", groupBy(items, (item) => item.financeManager ?? "", "(no finance manager)"));
  });
  return b.finish("savings", name, [50, 14, 8, 24], 0);
}
