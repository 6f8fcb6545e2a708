import type { SummarySheet, WriteCell } from "../summary/write-types";
import { describeRollup } from ".";
import { summariseReport, unreadLine } from "./plan-line";
import { planSheet, report } from "./test-reports";

const options = { today: "2016-08-31", linkTo: (file: string) => `../plans/${file}` };

/** The row whose first cell shows `value`, as [row number, cells]. */
function rowOf(sheet: SummarySheet, value: string): [number, (WriteCell | null)[]] {
  const index = sheet.rows.findIndex((row) => row[0]?.value === value);
  if (index < 0) throw new Error(`no row starts with ${value}`);
  return [index + 1, sheet.rows[index]];
}

function headerRow(sheet: SummarySheet, first: string): string[] {
  return rowOf(sheet, first)[1].map((cell) => (cell && cell.kind === "text" ? cell.value : ""));
}

const fresh = report({ file: "adults/care-act.xlsx", sheets: [planSheet({ name: "Care Act", reportingDate: "2016-08-15" })] });
const stale = report({ file: "children/lac-progress.xlsx" });
const lines = [...summariseReport(stale), unreadLine("children/broken.xlsx", "'children/broken.xlsx' is empty."), ...summariseReport(fresh)];
const [plans, escalations, savings] = describeRollup(lines, options);

describe("describeRollup: the roll-up workbook as data", () => {
  it("lists every plan on the Plans sheet in order of file, each linked to its file and sheet", () => {
    const files = plans.rows.flatMap((row) => (row[0]?.kind === "file-link" ? [row[0].value] : []));
    expect(files).toEqual(["adults/care-act.xlsx", "children/broken.xlsx", "children/lac-progress.xlsx"]);
    const [, row] = rowOf(plans, "children/lac-progress.xlsx");
    expect(row[0]).toEqual({ kind: "file-link", value: "children/lac-progress.xlsx", target: "../plans/children/lac-progress.xlsx", style: "link-wrap" });
    expect(row[1]).toMatchObject({ kind: "file-link", value: "LAC Progress Jun-16", cell: "'LAC Progress Jun-16'!A1" });
  });

  it("flags a plan whose as-of date is more than 45 days before the roll-up, in colour and in words", () => {
    const headers = headerRow(plans, "File");
    const age = headers.indexOf("Age (days)");
    const note = headers.indexOf("Note");
    const [, old] = rowOf(plans, "children/lac-progress.xlsx");
    expect(old[age]).toEqual({ kind: "number", value: 63, style: "highlight-warning" });
    expect(old[note]).toMatchObject({ value: "Stale: 63 days old." });
    const [, recent] = rowOf(plans, "adults/care-act.xlsx");
    expect(recent[age]).toEqual({ kind: "number", value: 16, style: "days" });
    expect(recent[note]).toBeNull();
  });

  it("gives a workbook that could not be read its row, with the reason", () => {
    const [, row] = rowOf(plans, "children/broken.xlsx");
    expect(row[row.length - 1]).toMatchObject({ kind: "text", value: "'children/broken.xlsx' is empty." });
  });

  it("sums the Plans sheet's counts and savings with live formulas", () => {
    const headers = headerRow(plans, "File");
    const [first] = rowOf(plans, "adults/care-act.xlsx");
    const [last] = rowOf(plans, "children/lac-progress.xlsx");
    const [, total] = rowOf(plans, "Total");
    expect(total[headers.indexOf("Items")]).toEqual({ kind: "formula", value: `SUM(E${first}:E${last})`, style: "total-count" });
    expect(total[headers.indexOf("Saving Red (£)")]).toMatchObject({ kind: "formula", value: `SUM(K${first}:K${last})` });
  });

  it("lists every escalation with its plan, and a link to its cell in its file", () => {
    const headers = headerRow(escalations, "Plan");
    const body = escalations.rows.filter((row) => row[0]?.kind === "file-link");
    expect(body.map((row) => [row[0]!.kind === "file-link" && row[0]!.value, row[headers.indexOf("ID")]])).toEqual([
      ["adults/care-act.xlsx", { kind: "text", value: "2.1" }],
      ["children/lac-progress.xlsx", { kind: "text", value: "2.1" }],
    ]);
    expect(body[1][headers.indexOf("Cell")]).toEqual({
      kind: "file-link",
      value: "A62",
      target: "../plans/children/lac-progress.xlsx",
      cell: "'LAC Progress Jun-16'!A62",
      style: "link-wrap",
    });
  });

  it("totals savings by plan and Savings RAG with SUM formulas on the Savings sheet", () => {
    const [row, cells] = rowOf(savings, "adults/care-act.xlsx");
    expect(cells.slice(2)).toEqual([
      { kind: "number", value: 219000, style: "money" },
      ...[0, 0, 0, 0].map((value) => ({ kind: "number", value, style: "money" })),
      { kind: "formula", value: `SUM(C${row}:G${row})`, style: "money" },
    ]);
    const [, total] = rowOf(savings, "Total");
    expect(total.slice(2).map((cell) => cell?.kind === "formula" && cell.value)).toEqual(["C", "D", "E", "F", "G", "H"].map((c) => `SUM(${c}${row}:${c}${row + 1})`));
  });

  it("prints each sheet on A4 landscape, one page wide, and marks it as the tool's", () => {
    for (const sheet of [plans, escalations, savings]) {
      expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true, paper: "A4" });
      expect(sheet.marker.text).toMatch(/^Written by Action Plan Checker/);
    }
    expect([plans, escalations, savings].map((s) => s.name)).toEqual(["Plans", "Escalations", "Savings"]);
  });

  it("gives a 'Changes since' count only when some plan was compared with its earlier version, blank for one that was not", () => {
    expect(headerRow(plans, "File")).not.toContain("Changes since");
    const since = { file: "may/care-act.xlsx", sheet: "Care Act", asOf: "2016-07-15", columns: [] };
    const moved = { id: "2.1", kind: "rag" as const, row: 62, sinceRow: 62, step: null, from: "Green", to: "Amber", days: null, extensions: null, direction: "worse" as const };
    const compared = report({ file: "adults/care-act.xlsx", sheets: [planSheet({ name: "Care Act", reportingDate: "2016-08-15", since, changes: [moved] })] });
    const [withChanges] = describeRollup([...summariseReport(stale), ...summariseReport(compared)], options);
    const headers = headerRow(withChanges, "File");
    const column = headers.indexOf("Changes since");
    expect(headers.slice(column - 1, column + 2)).toEqual(["Due soon", "Changes since", "Errors"]);
    expect(rowOf(withChanges, "adults/care-act.xlsx")[1][column]).toEqual({ kind: "number", value: 1, style: "count" });
    expect(rowOf(withChanges, "children/lac-progress.xlsx")[1][column]).toBeNull();
    expect(rowOf(withChanges, "Total")[1][headers.indexOf("Saving total (£)")]).toMatchObject({ kind: "formula", style: "total-money" });
  });

  it("is the same whichever order the plans were checked in", () => {
    expect(describeRollup([...lines].reverse(), options)).toEqual(describeRollup(lines, options));
  });
});
