import { readGrids } from "../../src/adapters/xlsx/workbook";
import { checkWorkbook, type Finding } from "../../src/engine";
import { buildSeedWorkbooks } from "../fixtures/seed-workbooks";

/** The rules on seeds 000 and 001 as a careful reader finds them, on dates chosen for each. */
async function findingsOf(name: string, asOf: string): Promise<Finding[]> {
  const built = await buildSeedWorkbooks();
  const { grids } = readGrids(built.find((b) => b.name === name)!.buffer);
  return checkWorkbook(grids, { asOf, today: "2026-11-23", locale: "en-GB" }).sheets[0].findings;
}

const where = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.cell ?? "sheet"}`);

describe("seed 000 before its first deadline (1 December 2016)", () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await findingsOf("000-typed", "2016-12-01");
  });

  it("says once that the sheet has no RAG column, and points at the page-2 header where it starts (B9)", () => {
    expect(where(findings).sort()).toEqual(["header-repeated@B9", "no-rag-column@sheet"]);
  });
});

describe("seed 001 in mid-June 2010", () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await findingsOf("001-pasted", "2010-06-15");
  });

  it("finds item 2's March and May actions and item 4's May action overdue, not the June ones", () => {
    expect(findings.filter((f) => f.rule === "overdue").map((f) => [f.itemId, f.cell, f.params])).toEqual([
      ["2", "H8", { due: "Mar 2010", days: 76, asOf: "2010-06-15" }],
      ["2", "H9", { due: "May 2010", days: 15, asOf: "2010-06-15" }],
      ["4", "H18", { due: "May 2010", days: 15, asOf: "2010-06-15" }],
    ]);
  });

  it("asks for item 7's empty date but takes item 1's 'Ongoing' as it is", () => {
    expect(where(findings.filter((f) => f.rule === "target-date-missing"))).toEqual(["target-date-missing@H23"]);
  });

  it("skips the three repeated page headers and reads 'None' savings as nothing to find", () => {
    expect(where(findings.filter((f) => f.rule === "header-repeated"))).toEqual(["header-repeated@A7", "header-repeated@A17", "header-repeated@A21"]);
    expect(findings.filter((f) => f.rule === "saving-not-understood" || f.rule === "owner-missing")).toEqual([]);
  });
});
