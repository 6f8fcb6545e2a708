import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { markChecked, XlsxWorkbook } from "../../adapters/xlsx";
import { checkWorkbook } from "../../engine";
import { loadWorkbook } from "./xlsx-workbook";

const EXAMPLE = readFileSync(path.resolve(__dirname, "../../../examples/lac-progress-2016.xlsx"));
const PLAN = "LAC Progress Jun-16";
const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("the sheets the browser offers", () => {
  it("are the user's alone in a file checked before: its summary sheets and store are taken out", async () => {
    const checked = XlsxWorkbook.open(EXAMPLE);
    markChecked(checked, checkWorkbook([checked.grid(PLAN)], { today: "2026-11-23", locale: "en-GB" }));
    const loaded = await loadWorkbook("plan.xlsx", arrayBuffer(checked.save()));
    expect(loaded.checked).toBe(true);
    expect(loaded.sheets).toEqual([PLAN]);
  });

  it("leave out a very hidden sheet but keep a hidden one", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Plan").getCell("A1").value = "Action";
    workbook.addWorksheet("Old plan", { state: "hidden" }).getCell("A1").value = "Action";
    workbook.addWorksheet("Macro storage", { state: "veryHidden" }).getCell("A1").value = "x";
    const loaded = await loadWorkbook("plan.xlsx", arrayBuffer(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(loaded.checked).toBe(false);
    expect(loaded.sheets).toEqual(["Plan", "Old plan"]);
  });
});
