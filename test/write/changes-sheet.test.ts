import type ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { writtenWithChanges } from "./changes-kit";
import { clearCopy, load, snapshot } from "./workbook-snapshot";

/** Column A's text on each row where it has some, with the row number. */
function columnA(ws: ExcelJS.Worksheet): Array<[number, string]> {
  const rows: Array<[number, string]> = [];
  ws.eachRow((row, r) => {
    const value = row.getCell(1).value;
    if (typeof value === "string") rows.push([r, value]);
  });
  return rows;
}

const cellText = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const value = ws.getCell(row, col).value;
  return value && typeof value === "object" && "text" in value ? value.text : value;
};

/**
 * Every internal link in the workbook as "H75 → 'Sheet'!J75". Links are written in Excel's
 * `location` form, which ExcelJS does not read, so they are read from the sheet parts.
 */
function internalLinks(buffer: Buffer): string[] {
  return Object.entries(unzipSync(buffer))
    .filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
    .flatMap(([, bytes]) => [...strFromU8(bytes).matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g)].map(([, ref, at]) => `${ref} → ${at.replace(/&apos;/g, "'")}`));
}

describe("the Changes sheet and the Due soon block, written", () => {
  let written: ExcelJS.Workbook;
  let original: Buffer;
  let writtenBuffer: Buffer;
  beforeAll(async () => {
    ({ original, written: writtenBuffer } = await writtenWithChanges());
    written = await load(writtenBuffer);
  });

  it("adds a Changes sheet after the Board summary", () => {
    expect(written.worksheets.map((ws) => ws.name)).toEqual(["LAC Progress Jun-16", "Board summary", "Changes", "Savings", "Actions", "ActionPlanChecker"]);
  });

  it("groups the changes as the board reads them: worse, slipped, done, new, savings", () => {
    const headings = columnA(written.getWorksheet("Changes")!).map(([, a]) => a).filter((a) => /\(\d+\)$/.test(a));
    expect(headings).toEqual(["Worse (1)", "Slipped (2)", "Done (1)", "New (1)", "Savings (0)", "Escalations: in and out (1)", "Other changes (1)"]);
  });

  it("writes a RAG as its word on its colour, and links each line to its cell in the plan", () => {
    const ws = written.getWorksheet("Changes")!;
    const [worse] = columnA(ws).find(([, a]) => a === "Worse (1)")!;
    const row = worse + 2;
    expect([ws.getCell(row, 1).value, cellText(ws, row, 3), ws.getCell(row, 4).value, ws.getCell(row, 5).value]).toEqual(["2.1", "Action RAG", "Green", "Amber"]);
    expect([ws.getCell(row, 4).fill, ws.getCell(row, 5).fill].map((f) => (f as ExcelJS.FillPattern).fgColor?.argb)).toEqual(["FFA9D08E", "FFFFD966"]);
    expect(cellText(ws, row, 8)).toBe("J75");
    expect(internalLinks(writtenBuffer)).toContain(`H${row} → 'LAC Progress Jun-16'!J75`);
    const [slipped] = columnA(ws).find(([, a]) => a === "Slipped (2)")!;
    expect([2, 3].map((i) => [ws.getCell(slipped + i, 1).value, ws.getCell(slipped + i, 3).value, ws.getCell(slipped + i, 6).value])).toEqual([
      ["2.2", "Revised date: 1st extension", 61],
      ["2.3", "Revised date: 2nd extension", 61],
    ]);
  });

  it("puts a Due soon block on the Board summary, each line linked to the deadline's cell", () => {
    const ws = written.getWorksheet("Board summary")!;
    const [heading] = columnA(ws).find(([, a]) => a.startsWith("Due soon"))!;
    expect(ws.getCell(heading, 1).value).toBe("Due soon: within 28 days of the as-of date (14)");
    expect([1, 2, 3, 4, 5, 7].map((c) => cellText(ws, heading + 1, c))).toEqual(["ID", "Action", "Owner", "Due date", "Days left", "Latest update"]);
    expect([ws.getCell(heading + 2, 1).value, ws.getCell(heading + 2, 3).value, ws.getCell(heading + 2, 5).value, cellText(ws, heading + 2, 8)]).toEqual([
      "1.1", "L. Lofting / C. Smith", 1, "F25",
    ]);
    expect(internalLinks(writtenBuffer)).toContain(`H${heading + 2} → 'LAC Progress Jun-16'!F25`);
  });

  it("is taken out by clear, with the rest of what the tool wrote", async () => {
    expect(snapshot(await load(await clearCopy(writtenBuffer)))).toEqual(snapshot(await load(original)));
  });
});
