import { markChecked, readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/engine";
import { juneAndMay } from "../compare/seed-004-may";
import { toBuffer } from "../fixtures/seed-workbooks";

/** Seed 004's June plan checked against May and written, as `check june.xlsx --since may.xlsx --out`. */
export async function writtenWithChanges(): Promise<{ original: Buffer; written: Buffer }> {
  const { june, may } = juneAndMay();
  const original = await toBuffer(june);
  const { workbook, grids } = readGrids(original);
  const result = checkWorkbook(grids, {
    today: "2026-11-23",
    locale: "en-GB",
    since: { file: "lac-progress-may-16.xlsx", grids: readGrids(await toBuffer(may)).grids },
  });
  markChecked(workbook, result);
  return { original, written: Buffer.from(workbook.save()) };
}
