import { readGrids } from "../../src/adapters/xlsx/workbook";
import { checkWorkbook, type CheckResult, type Finding } from "../../src/engine";
import { findingReport } from "../../src/engine/to-report";
import { buildSeedWorkbooks } from "../fixtures/seed-workbooks";

/** The rules on seed 004 as read from its workbook, as of its reporting date (29 June 2016). */
let result: CheckResult;
let findings: Finding[];
beforeAll(async () => {
  const built = await buildSeedWorkbooks();
  const { grids } = readGrids(built.find((b) => b.name === "004-text")!.buffer);
  result = checkWorkbook(grids, { today: "2026-11-23", locale: "en-GB" });
  findings = result.sheets[0].findings;
});

const of = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.itemId ?? ""}@${f.cell}`);

describe("seed 004's findings", () => {
  it("board list: 2.4 and 5.1 are listed but have no saving attached", () => {
    expect(of("board-list-disagrees")).toEqual(["2.4@A13", "5.1@A15"]);
  });
  it("revised before target: 4.7 and 5.1", () => {
    expect(of("revised-before-target")).toEqual(["4.7@G174", "5.1@G188"]);
  });
  it("RAG missing: 4.2 and 4.3", () => {
    expect(of("rag-missing")).toEqual(["4.2@J150", "4.3@J158"]);
  });
  it("'TBC' in F24 is a missing target date; 'Ongoing' and 'Termly Review' are not", () => {
    const tbc = findings.find((f) => f.rule === "target-date-missing" && f.cell === "F24");
    expect(tbc).toMatchObject({ value: "TBC", params: { reason: "to-be-confirmed" } });
    expect(findings.filter((f) => f.rule === "target-date-missing" && /ongoing|termly/i.test(f.value ?? ""))).toEqual([]);
    expect(of("date-not-understood")).toEqual([]);
  });
  it("2.1's Apr-16 → May-16 steps slipped 31 days and are 29 days overdue", () => {
    expect(findings.filter((f) => f.rule === "slipped" && f.itemId === "2.1").map((f) => [f.cell, f.params])).toContainEqual(["G72", { target: "Apr-16", revised: "May-16", days: 31 }]);
    expect(findings.find((f) => f.rule === "overdue" && f.cell === "G72")?.params).toMatchObject({ days: 29 });
  });
  it("savings without a Savings RAG (2.5, 4.2) and a Savings RAG without a saving (2.2, 2.3, 3.5)", () => {
    expect(of("saving-without-savings-rag").map((s) => s.split("@")[0])).toEqual(["2.5", "4.2"]);
    expect(of("savings-rag-without-saving").map((s) => s.split("@")[0])).toEqual(["2.2", "2.3", "3.5"]);
  });
  it("no placeholder sub-table row, no duplicate id, no unreadable value", () => {
    for (const rule of ["duplicate-item-id", "saving-not-understood", "rag-not-understood", "no-rag-column", "owner-missing"]) expect(of(rule)).toEqual([]);
  });
  it("outcome 3's issue I01 has '.' for its owner; the empty I02/I03 and R01-R03 rows raise nothing", () => {
    expect(findings.filter((f) => f.rule === "owner-placeholder").map((f) => [f.cell, f.value, f.params])).toEqual([["C137", ".", { entry: "Issue I01" }]]);
    const subTableRows = new Set([63, 64, 65, 69, 138, 139, 140, 141, 143, 144, 145]);
    expect(findings.filter((f) => f.row !== null && subTableRows.has(f.row))).toEqual([]);
  });
  it("a rule set off is not run, and a severity set by the user is used", async () => {
    const built = await buildSeedWorkbooks();
    const { grids } = readGrids(built.find((b) => b.name === "004-text")!.buffer);
    const tuned = checkWorkbook(grids, { today: "2026-11-23", locale: "en-GB", rules: { slipped: { enabled: false }, "rag-missing": { severity: "error" } } }).sheets[0].findings;
    expect(tuned.filter((f) => f.rule === "slipped")).toEqual([]);
    expect(tuned.filter((f) => f.rule === "rag-missing").map((f) => f.severity)).toEqual(["error", "error"]);
  });
});

describe("seed 004 with its RAGs given only as fill colours", () => {
  it("names each RAG in words, as the text variant does", async () => {
    const built = await buildSeedWorkbooks();
    const { grids } = readGrids(built.find((b) => b.name === "004-fills")!.buffer);
    const fills = checkWorkbook(grids, { today: "2026-11-23", locale: "en-GB" }).sheets[0].findings.map(findingReport);
    expect(fills.find((f) => f.rule === "rag-inconsistent-with-dates")?.message).toBe(
      "Item 1.3 is rated Green in J32 but 1 step is overdue (up to 29 days): change the RAG or revise the dates.",
    );
    expect(fills.find((f) => f.rule === "savings-rag-without-saving")?.message).toBe(
      "Item 2.2 has a Savings RAG (Red) in K82 but no target saving: enter the saving it rates, or clear the Savings RAG.",
    );
  });
});
