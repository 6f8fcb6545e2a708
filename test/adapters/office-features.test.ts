/**
 * Every ExcelApi set above the manifest's 1.7 is asked for with isSetSupported, and what a
 * host lacks is said plainly, never a crash; protected sheets are found before anything is written.
 */
import fs from "node:fs";
import path from "node:path";
import { checkAndWrite, clearResults, runInExcel } from "../../src/adapters/office";
import { buildSeedWorkbooks } from "../fixtures/seed-workbooks";
import { fakeExcel, installExcelRunStub, installOfficeStub, removeExcelRunStub, removeOfficeStub, type FakeWorkbookModel } from "../fakes/excel-fake";
import { cloneModel, openInFake, snapshot } from "./fake-workbook-kit";

const TODAY = "2016-07-01";

let plan: FakeWorkbookModel;
beforeAll(async () => {
  const seeds = await buildSeedWorkbooks();
  plan = await openInFake(seeds.find((s) => s.name === "004-fills")!.buffer);
});
afterEach(() => {
  removeOfficeStub();
  removeExcelRunStub();
});

/** The ribbon's path: Excel.run (merged into one undo step where it can be), features asked of the host. */
async function ribbonCheck(model: FakeWorkbookModel, excelApi: string) {
  installOfficeStub(excelApi);
  const runs = installExcelRunStub(model);
  const result = await runInExcel((context) => checkAndWrite(context, TODAY));
  return { ...result, runs };
}

async function clearOn(model: FakeWorkbookModel, excelApi: string) {
  installOfficeStub(excelApi);
  return clearResults(fakeExcel(model).context);
}

const planSheet = (model: FakeWorkbookModel) => model.sheets[0];
const filled = (model: FakeWorkbookModel) => [...planSheet(model).cells.values()].filter((c) => c.fill !== undefined).length;

describe("what each ExcelApi set gives", () => {
  it("1.20: one undo step, notes on the cells, nothing to say", async () => {
    const model = cloneModel(plan);
    const { outcome, runs } = await ribbonCheck(model, "1.20");
    expect(runs.map((r) => r.options)).toEqual([{ mergeUndoGroup: true }]);
    expect(outcome).toMatchObject({ status: "written", messages: [] });
    expect(planSheet(model).notes.size).toBeGreaterThan(0);
  });

  it("1.18: notes, and a plain word that Undo will not take the check out in one step", async () => {
    const model = cloneModel(plan);
    const { outcome, runs } = await ribbonCheck(model, "1.18");
    expect(runs.map((r) => r.options)).toEqual([null]);
    expect(outcome.status).toBe("written");
    expect(outcome.messages).toEqual([expect.stringMatching(/cannot make the check one undo step \(needs ExcelApi 1\.20\)/)]);
    expect(planSheet(model).notes.size).toBeGreaterThan(0);
  });

  it("1.13: fills and summary sheets but no notes, and the result says where the reasons are", async () => {
    const model = cloneModel(plan);
    const { outcome } = await ribbonCheck(model, "1.13");
    expect(outcome.status).toBe("written");
    expect(outcome.messages).toEqual([
      expect.stringMatching(/cannot add notes to cells \(needs ExcelApi 1\.18\), so the reasons for each highlight are on the summary sheets only/),
      expect.stringMatching(/needs ExcelApi 1\.20/),
    ]);
    expect(planSheet(model).notes.size).toBe(0);
    expect(filled(model)).toBeGreaterThan(filled(plan));
  });

  it("1.8: writes nothing, and says what is missing for reading and for writing", async () => {
    const model = cloneModel(plan);
    const { outcome } = await ribbonCheck(model, "1.8");
    expect(outcome.status).toBe("refused");
    expect(outcome.messages).toEqual([
      expect.stringMatching(/cannot report cell colours \(needs ExcelApi 1\.9\)/),
      expect.stringMatching(/cannot report merged cells \(needs ExcelApi 1\.13\)/),
      expect.stringMatching(/cannot format many cells at once \(needs ExcelApi 1\.9\), so nothing was written/),
    ]);
    expect(snapshot(model)).toEqual(snapshot(plan));
  });

  it("clear on 1.13 gives the fills back and says the notes stay; on 1.8 it clears nothing and says why", async () => {
    const checked = cloneModel(plan);
    await ribbonCheck(checked, "1.20");
    const notes = planSheet(checked).notes.size;

    const old = cloneModel(checked);
    const refused = await clearOn(old, "1.8");
    expect(refused).toMatchObject({ cleared: false, messages: [expect.stringMatching(/needs ExcelApi 1\.9\), so the checker cleared nothing/)] });
    expect(snapshot(old)).toEqual(snapshot(checked));

    const partial = cloneModel(checked);
    const outcome = await clearOn(partial, "1.13");
    expect(outcome).toMatchObject({ cleared: true, messages: [expect.stringMatching(/needs ExcelApi 1\.18\), so the checker's notes stay on the cells/)] });
    expect(planSheet(partial).notes.size).toBe(notes);
    expect(partial.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect([...planSheet(partial).cells.entries()]).toEqual([...planSheet(plan).cells.entries()]);
  });

  it("everything up to 1.7 is the manifest's requirement, so Excel never loads the add-in without it", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
  });
});

describe("protected sheets", () => {
  it("clear refuses a protected plan sheet before changing anything, and says so", async () => {
    const checked = cloneModel(plan);
    await ribbonCheck(checked, "1.20");
    planSheet(checked).protected = true;
    const before = snapshot(checked);
    const outcome = await clearOn(checked, "1.20");
    expect(outcome).toMatchObject({ cleared: false, syncs: { write: 0 } });
    expect(outcome.messages[0]).toMatch(/^The sheet ".+" is protected, so the checker cleared nothing\. Unprotect it \(Review > Unprotect Sheet\) and clear again\.$/);
    expect(snapshot(checked)).toEqual(before);
  });

  it("check-and-write refuses a protected plan sheet from the ribbon, and says so", async () => {
    const model = cloneModel(plan);
    planSheet(model).protected = true;
    const before = snapshot(model);
    const { outcome } = await ribbonCheck(model, "1.20");
    expect(outcome).toMatchObject({ status: "refused", syncs: { write: 0 } });
    expect(outcome.messages[0]).toMatch(/is protected, so the checker wrote nothing/);
    expect(snapshot(model)).toEqual(before);
  });

  // Review > Protect Workbook: sheets cannot be added or removed, and the checker must do both.
  it("check-and-write refuses a workbook whose structure is protected, before writing anything", async () => {
    const model = cloneModel(plan);
    model.structureProtected = true;
    const before = snapshot(model);
    const { outcome } = await ribbonCheck(model, "1.20");
    expect(outcome).toMatchObject({ status: "refused", syncs: { write: 0 } });
    expect(outcome.messages[0]).toBe(
      "The workbook's structure is protected, so the checker wrote nothing: it needs to add its summary sheets. Unprotect it (Review > Protect Workbook) and check again.",
    );
    expect(snapshot(model)).toEqual(before);
  });

  it("clear refuses a workbook whose structure was protected after the check, changing nothing", async () => {
    const checked = cloneModel(plan);
    await ribbonCheck(checked, "1.20");
    checked.structureProtected = true;
    const before = snapshot(checked);
    const outcome = await clearOn(checked, "1.20");
    expect(outcome).toMatchObject({ cleared: false, syncs: { write: 0 } });
    expect(outcome.messages[0]).toMatch(/^The workbook's structure is protected, so the checker cleared nothing: it needs to remove its sheets\./);
    expect(snapshot(checked)).toEqual(before);
  });
});
