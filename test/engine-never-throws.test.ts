import fc from "fast-check";
import { checkWorkbook, ReportSchema, toReport, type Cell, type Grid } from "../src/engine";

/**
 * Whatever a worksheet holds, the engine answers with a report (perhaps "not a plan", perhaps
 * full of findings) and never throws: only a bug may throw.
 */

const headerWords = ["No.", "Action", "Owner", "Lead", "Target Date", "Revised End Date", "RAG", "Savings RAG", "Target Saving (£K)", "Update", "Status", "Recommendation"];
const cellTexts = ["Mar-16", "TBC", "Complete", "Ongoing", "-219", "£48k", "Red", "A/G", "Yellow", "1.1", "R3", ".", "T. Collins/ J. Gregg", "OUTCOME 1: X", "I02", "Issues for escalation", "=SUM(A1)", "03/04/2016", "Q3 2018/19", "", " "];

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.oneof(fc.constantFrom(...headerWords, ...cellTexts), fc.string()).map((text): Cell => ({ value: text, text })),
  fc.record({
    value: fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1e6, max: 3e6 })),
    numberFormat: fc.constantFrom("General", "mmm-yy", "dd/mm/yyyy", "#,##0", "@"),
    fill: fc.option(fc.constantFrom("#FF0000", "#FFC000", "#00B050", "#00B0F0", "#123456"), { nil: undefined }),
  }).map((c): Cell => ({ ...c, text: String(c.value) })),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }),
    date1904: fc.boolean(),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 12 }), h: fc.nat(3), w: fc.nat(3) }),
      { maxLength: 4 },
    ),
  })
  .map(({ rows, date1904, merges }) => ({
    name: "Sheet1",
    rows,
    date1904,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

describe("the engine on any grid", () => {
  it("returns a report that satisfies the contract, and never throws", () => {
    fc.assert(
      fc.property(grid, fc.constantFrom("en-GB", "en-US", null), (g, locale) => {
        const report = toReport(checkWorkbook([g], { today: "2026-11-23", locale }), "any.xlsx");
        expect(ReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("compares any grid with any earlier one (--since) and still satisfies the contract", () => {
    const withHeader = (g: Grid, header: string[]): Grid => ({ ...g, rows: [header.map((text): Cell => ({ value: text, text })), ...g.rows] });
    const headed = fc.tuple(grid, fc.shuffledSubarray(headerWords, { minLength: 3 })).map(([g, header]) => withHeader(g, header));
    fc.assert(
      fc.property(headed, headed, (now, before) => {
        const report = toReport(checkWorkbook([now], { today: "2026-11-23", locale: "en-GB", since: { file: "before.xlsx", grids: [before, now] } }), "any.xlsx");
        expect(ReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("reads a grid that has a header row over random rows without throwing", () => {
    const withHeader = fc.tuple(grid, fc.shuffledSubarray(headerWords, { minLength: 3 })).map(([g, header]) => ({
      ...g,
      rows: [header.map((text): Cell => ({ value: text, text })), ...g.rows],
    }));
    fc.assert(
      fc.property(withHeader, (g) => {
        const report = toReport(checkWorkbook([g], { today: "2026-11-23", locale: "en-GB" }), "any.xlsx");
        expect(report.sheets).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
