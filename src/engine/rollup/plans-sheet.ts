import { plural } from "../words";
import { daysBetween } from "../status";
import { date, fileLink, formula, num, text } from "../summary/cells";
import { RAG_WORDS } from "../summary/palette";
import { SheetBuilder } from "../summary/sheet-builder";
import { sheetRef } from "../summary/sheet-names";
import type { SummarySheet, WriteCell } from "../summary/write-types";
import { columnLetter } from "../grid";
import { SAVINGS_KEYS, type PlanLine, type RollupLine } from "./plan-line";
import { finishRollupSheet, rulesText, type RollupOptions } from "./rollup-options";

/** A plan whose as-of date is further back than this from the roll-up's date is not being kept up. */
export const STALE_AFTER_DAYS = 45;

/** A count of a plan's: its header, and the count (null for none to show). */
type Count = [header: string, of: (line: PlanLine) => number | null];

/** The counts of a plan; "Changes since" only when some plan was compared (`--since`). */
function countsOf(withChanges: boolean): Count[] {
  const changes: Count[] = withChanges ? [["Changes since", (line) => line.changes]] : [];
  return [
    ["Items", (line) => line.items],
    ["Escalations", (line) => line.escalations.length],
    ["Slipped steps", (line) => line.slipped],
    ["Overdue steps", (line) => line.overdue],
    ["Due soon", (line) => line.dueSoon],
    ...changes,
    ["Errors", (line) => line.errors],
  ];
}
const SAVINGS_HEADERS = SAVINGS_KEYS.map((key) => `Saving ${key === "none" ? "no RAG" : RAG_WORDS[key]} (£)`);
/** Column of the first count, the first the Total row sums. */
const FIRST_SUMMED = 5;

interface Layout {
  counts: Count[];
  headers: string[];
  widths: number[];
}

function layoutFor(withChanges: boolean): Layout {
  const counts = countsOf(withChanges);
  const headers = ["File", "Sheet", "As of", "Age (days)", ...counts.map(([header]) => header), ...SAVINGS_HEADERS, "Saving total (£)", "Note"];
  const widths = [30, 18, 11, 6, 6, 11, 8, 8, 6, ...(withChanges ? [8] : []), 6, 12, 12, 12, 12, 12, 13, 22];
  return { counts, headers, widths };
}

function planRow(line: PlanLine, row: number, options: RollupOptions, layout: Layout): (WriteCell | null)[] {
  const target = options.linkTo(line.file);
  const age = line.asOf ? daysBetween(line.asOf, options.today) : null;
  const stale = age !== null && age > STALE_AFTER_DAYS;
  const note = line.asOf === null ? "No reporting date: its age is unknown." : stale ? `Stale: ${age} days old.` : "";
  const firstSaving = columnLetter(FIRST_SUMMED + layout.counts.length);
  const lastSaving = columnLetter(FIRST_SUMMED + layout.counts.length + SAVINGS_KEYS.length - 1);
  return [
    fileLink(line.file, target),
    fileLink(line.sheet, target, `${sheetRef(line.sheet)}!A1`),
    line.asOf ? date(line.asOf) : null,
    age === null ? null : num(age, stale ? "highlight-warning" : "days"),
    // A plan not compared has no count of changes: blank, not 0.
    ...layout.counts.map(([, count]) => {
      const n = count(line);
      return n === null ? null : num(n, "count");
    }),
    ...SAVINGS_KEYS.map((key) => num(line.savingByRag[key], "money")),
    formula(`SUM(${firstSaving}${row}:${lastSaving}${row})`, "money"),
    note ? text(note, "wrap") : null,
  ];
}

/** One row per plan (and per workbook that gave none), its counts, savings and age, with a link to it. */
export function describePlansSheet(lines: RollupLine[], options: RollupOptions): SummarySheet {
  const b = new SheetBuilder();
  const plans = lines.filter((line): line is PlanLine => line.kind === "plan");
  const files = new Set(lines.map((line) => line.file)).size;
  const layout = layoutFor(plans.some((line) => line.changes !== null));
  const lastSummed = FIRST_SUMMED + layout.counts.length + SAVINGS_KEYS.length;
  b.add(text(`Roll-up: ${plural(plans.length, "plan")} from ${plural(files, "workbook")}`, "title"));
  b.add(text("Made on", "label"), date(options.today));
  b.add(text(`A plan is stale when its as-of date is more than ${STALE_AFTER_DAYS} days before the roll-up was made: its age is highlighted and its note says so.`, "small"));
  b.add(text(rulesText(plans), "small"));
  b.blank();
  const header = b.add(...layout.headers.map((h) => text(h, "header")));
  const first = b.next;
  for (const line of lines) {
    if (line.kind === "plan") b.add(...planRow(line, b.next, options, layout));
    else b.add(fileLink(line.file, options.linkTo(line.file)), ...Array<null>(layout.headers.length - 2).fill(null), text(line.reason, "wrap"));
  }
  const last = b.next - 1;
  const sums: WriteCell[] = [];
  for (let c = FIRST_SUMMED; c <= lastSummed; c++) {
    const col = columnLetter(c);
    sums.push(formula(`SUM(${col}${first}:${col}${last})`, c < FIRST_SUMMED + layout.counts.length ? "total-count" : "total-money"));
  }
  if (last >= first) b.add(text("Total", "total-label"), null, null, null, ...sums);
  return finishRollupSheet(b, "rollup-plans", "Plans", layout.widths, header);
}
