import { readWorkbook, worksheetToGrid } from "../../src/adapters/exceljs/read-workbook";
import { writeWorkbook } from "../../src/adapters/exceljs/write-workbook";
import { checkWorkbook, describeWrite } from "../../src/engine";
import { juneAndMay } from "../compare/seed-004-may";
import { toBuffer } from "../fixtures/seed-workbooks";
import { load, save } from "./workbook-snapshot";

/** Seed 004's June plan checked against May and written, as `check june.xlsx --since may.xlsx --out`. */
export async function writtenWithChanges(): Promise<{ original: Buffer; written: Buffer }> {
  const { june, may } = juneAndMay();
  const original = await toBuffer(june);
  const workbook = await load(original);
  const result = checkWorkbook(
    workbook.worksheets.map((ws) => worksheetToGrid(ws, false)),
    { today: "2026-11-23", locale: "en-GB", since: { file: "lac-progress-may-16.xlsx", grids: (await readWorkbook(await toBuffer(may))).grids } },
  );
  writeWorkbook(workbook, describeWrite(result, { sheetNames: workbook.worksheets.map((ws) => ws.name) }));
  return { original, written: await save(workbook) };
}
