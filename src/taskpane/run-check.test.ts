import { readGrids } from "../adapters/xlsx";
import { oneTabAMonth } from "../../test/compare/seed-004-may";
import { toBuffer } from "../../test/fixtures/seed-workbooks";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BOARD_SUMMARY_LAYOUT, boardSummaryGrid } from "../../test/fixtures/board-summary";
import { rowCells, runCheck } from "./run-check";
import { DEFAULT_SETTINGS } from "./settings";

describe("the pane's check with 'Compare with…' set to another tab", () => {
  it("gives the Changes tab the same changes as the command line", async () => {
    const [june, may] = readGrids(await toBuffer(oneTabAMonth())).grids;
    const choices = { asOf: "", today: "2026-11-23", settings: DEFAULT_SETTINGS, layout: null };
    const { report } = runCheck(june, "lac-2016.xlsx", { ...choices, since: { file: `lac-2016.xlsx#${may.name}`, grids: [may] } });
    const sheet = report.sheets[0];
    expect(sheet.kind === "plan" && sheet.changes?.map((c) => `${c.id} ${c.kind}`)).toEqual(["2.1 rag", "2.1 escalated", "2.2 owner", "2.2 revised", "2.3 revised", "4.4 done", "4.8 added"]);
    const alone = runCheck(june, "lac-2016.xlsx", choices).report.sheets[0];
    expect(alone.kind === "plan" && [alone.since, alone.changes, alone.dueSoon?.length]).toEqual([null, [], 14]);
  });
});

describe("a finding's row as the pane shows it", () => {
  const [grid] = readGrids(readFileSync(path.resolve(__dirname, "../../examples/lac-progress-2016.xlsx"))).grids;
  const check = runCheck(grid, "lac-progress-2016.xlsx", { asOf: "", today: "2026-11-23", settings: DEFAULT_SETTINGS, layout: null });

  it("names a table row's cells by the table's headers", () => {
    expect(rowCells(check, 25).slice(0, 2).map((c) => `${c.letter} ${c.header}`)).toEqual(["C WORKSTREAM DETAILS AND ACTIONS REQUIRED (DELIVERABLES)", "D UPDATE"]);
  });

  it("does not put the table's headers on the board list above it", () => {
    expect(rowCells(check, 13).map((c) => c.header)).toEqual(rowCells(check, 13).map(() => ""));
    expect(rowCells(check, 13)[0]).toMatchObject({ letter: "A", text: "2.4" });
  });
});

describe("the pane's check with the columns chosen by hand", () => {
  it("reads the earlier tab under 'Compare with…' with the same columns", () => {
    const june = boardSummaryGrid();
    const may = { ...june, name: "Board actions May", rows: june.rows.map((row, i) => (i === 4 ? row.map((cell, c) => (c === 4 ? { value: "Amber", text: "Amber" } : cell)) : row)) };
    const choices = { asOf: "", today: "2026-11-23", settings: DEFAULT_SETTINGS, layout: { ...BOARD_SUMMARY_LAYOUT, columns: { ...BOARD_SUMMARY_LAYOUT.columns, id: 1 } } };
    const sheet = runCheck(june, "board.xlsx", { ...choices, since: { file: "board.xlsx#Board actions May", grids: [may] } }).report.sheets[0];
    expect(sheet.kind === "plan" && sheet.changes?.map((c) => `${c.id} ${c.kind}`)).toEqual(["QS/24/031 Falls audit rag"]);
  });
});
