/**
 * "A failed run leaves the workbook as it was": a failure injected at each sync of the ribbon's
 * check-and-write and of clear, in turn, on the fake Excel (whose failed sync changes nothing,
 * as Excel's batch does not apply).
 */
import { checkAndWrite, clearResults, EXCEL_PAYLOAD_LIMITS, type PayloadLimits, type WriteFeatures } from "../../src/adapters/office";
import { encodeStore } from "../../src/adapters/store-format";
import { buildSeedWorkbooks } from "../fixtures/seed-workbooks";
import { fakeExcel, FakeWorkbookModel } from "../fakes/excel-fake";
import { cloneModel, openInFake, snapshot } from "./fake-workbook-kit";

const ALL: WriteFeatures = { bulkFormats: true, notes: true, undoGroup: true };
const READ = { features: { cellProperties: true, mergedAreas: true } };
const TODAY = "2016-07-01";

async function run(model: FakeWorkbookModel, failAt?: number) {
  const { fake, context } = fakeExcel(model);
  if (failAt !== undefined) fake.failAtSync(failAt);
  const result = await checkAndWrite(context, TODAY, { ...READ, writeFeatures: ALL });
  return { ...result, syncs: fake.syncs.length };
}

async function clear(model: FakeWorkbookModel, failAt?: number, limits: PayloadLimits = EXCEL_PAYLOAD_LIMITS) {
  const { fake, context } = fakeExcel(model, limits.payloadBytes);
  if (failAt !== undefined) fake.failAtSync(failAt);
  const outcome = await clearResults(context, { ...ALL, limits });
  return { outcome, syncs: fake.syncs.length };
}

/**
 * A workbook as a check leaves it, with `rows` highlighted cells in column E of its plan (each
 * with the tool's note), and the store recording that they had neither fill nor note: enough
 * notes that clearing them takes more than one request.
 */
function longCheckedColumn(rows: number): FakeWorkbookModel {
  const model = new FakeWorkbookModel();
  const sheet = model.addSheet("Plan");
  const cells = [];
  for (let r = 0; r < rows; r++) {
    sheet.setCell(r, 0, { value: `ASC-${r + 1}` });
    sheet.setCell(r, 4, { value: null, fill: "#FFC000" });
    sheet.notes.set(`${r},4`, "Action Plan Checker:\nNo owner is named for this action.");
    cells.push({ sheet: "Plan", cell: `E${r + 1}`, fill: null, note: null });
  }
  const store = model.addSheet("ActionPlanChecker");
  store.visibility = "VeryHidden";
  encodeStore({ sheets: [], cells }).forEach((piece, r) => store.setCell(r, 0, { value: piece, numberFormat: "@" }));
  return model;
}

let plan: FakeWorkbookModel;
beforeAll(async () => {
  const seeds = await buildSeedWorkbooks();
  plan = await openInFake(seeds.find((s) => s.name === "004-fills")!.buffer);
});

describe("check-and-write, failing at each sync in turn", () => {
  it("on a workbook never checked: leaves it exactly as it was, and says so plainly", async () => {
    const { syncs } = await run(cloneModel(plan));
    expect(syncs).toBeGreaterThanOrEqual(6);
    // The workbook each failed run must leave, worked out once rather than once per run.
    const asItWas = snapshot(plan);
    for (let n = 1; n <= syncs; n++) {
      const model = cloneModel(plan);
      const { outcome } = await run(model, n);
      expect(outcome.status).toBe("failed");
      expect(outcome.messages[0]).toMatch(/^Excel (could not read the sheet|could not read the workbook|stopped while the checker was writing) \(Injected failure\.\)/);
      expect(snapshot(model)).toEqual(asItWas);
    }
  });

  it("on a workbook checked before: leaves it as it was, or, once the earlier results were taken out, as the user's own and says so", async () => {
    const checked = cloneModel(plan);
    await run(checked);
    const { syncs } = await run(cloneModel(checked));
    const outcomes = new Set<string>();
    const [usersOwn, asChecked] = [snapshot(plan), snapshot(checked)];
    for (let n = 1; n <= syncs; n++) {
      const model = cloneModel(checked);
      const { outcome } = await run(model, n);
      expect(outcome.status).toBe("failed");
      if (outcome.messages[0].includes("The results of the earlier check were taken out too.")) {
        outcomes.add("earlier taken out");
        expect(snapshot(model)).toEqual(usersOwn);
      } else {
        outcomes.add("unchanged");
        expect(snapshot(model)).toEqual(asChecked);
      }
    }
    expect(outcomes.has("unchanged")).toBe(true);
  });
});

describe("clear, failing at each sync in turn", () => {
  it("leaves the checked workbook as it was", async () => {
    const checked = cloneModel(plan);
    await run(checked);
    const { syncs, outcome } = await clear(cloneModel(checked));
    expect(outcome.cleared).toBe(true);
    expect(syncs).toBeGreaterThanOrEqual(4);
    const asChecked = snapshot(checked);
    for (let n = 1; n <= syncs; n++) {
      const model = cloneModel(checked);
      const failed = await clear(model, n);
      expect(failed.outcome.cleared).toBe(false);
      expect(failed.outcome.messages[0]).toMatch(/^Excel (could not read the workbook|stopped while the checker was clearing) \(Injected failure\.\)/);
      expect(snapshot(model)).toEqual(asChecked);
    }
  });

  it("puts back the cells already cleared when a later write sync of a long clear fails", async () => {
    // At a tenth of Excel's limit, 1,800 notes take two write syncs to clear (as 18,000 do at
    // 5 MB): enough for a failure after one of them went through.
    const tenth: PayloadLimits = { payloadBytes: EXCEL_PAYLOAD_LIMITS.payloadBytes / 10 };
    const checked = longCheckedColumn(1_800);
    const clean = await clear(cloneModel(checked), undefined, tenth);
    const { read, write } = clean.outcome.syncs;
    expect(write).toBeGreaterThanOrEqual(2);
    // The last write sync fails after the earlier ones went through.
    const model = cloneModel(checked);
    const failed = await clear(model, read + write, tenth);
    expect(failed.outcome).toMatchObject({ cleared: false, syncs: { write } });
    expect(failed.outcome.syncs.rollback).toBeGreaterThan(0);
    expect(failed.outcome.messages[0]).toMatch(/^Excel stopped while the checker was clearing \(Injected failure\.\)\. The cells were put back as they were/);
    expect(snapshot(model)).toEqual(snapshot(checked));
  });
});

describe("a damaged record of the last run", () => {
  /** The checked workbook with its store's JSON cut short, as a hand edit or a bad sync might leave it. */
  async function damaged(): Promise<FakeWorkbookModel> {
    const model = cloneModel(plan);
    await run(model);
    const store = model.sheets.find((s) => s.name === "ActionPlanChecker")!;
    const piece = store.cell(1, 0)!.value as string;
    store.setCell(1, 0, { value: piece.slice(0, piece.length / 2), numberFormat: "@" });
    return model;
  }

  it("stops Clear with a sentence that names the store, and changes nothing", async () => {
    const model = await damaged();
    const before = snapshot(model);
    const { outcome } = await clear(model);
    expect(outcome.cleared).toBe(false);
    expect(outcome.messages).toEqual([expect.stringMatching(/^The record Action Plan Checker keeps in this workbook \(the hidden sheet 'ActionPlanChecker'\) is damaged/)]);
    expect(snapshot(model)).toEqual(before);
  });

  it("refuses a new check-and-write rather than write over the only record of the plan's own fills", async () => {
    const model = await damaged();
    const before = snapshot(model);
    const { outcome } = await run(model);
    expect(outcome.status).toBe("refused");
    expect(outcome.messages[0]).toMatch(/is damaged, so the plan's own fills and notes cannot be put back/);
    expect(snapshot(model)).toEqual(before);
  });
});
