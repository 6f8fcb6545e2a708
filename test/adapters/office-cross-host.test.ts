/**
 * "Clear works in a workbook saved and reopened": the CLI and the add-in write one store format,
 * so a workbook written by either and saved clears in the other.
 */
import { checkAndWrite, clearResults, type WriteFeatures } from "../../src/adapters/office";
import { buildSeedWorkbooks, type SeedWorkbook } from "../fixtures/seed-workbooks";
import { checkAndWrite as cliCheckAndWrite, clearCopy } from "../write/workbook-snapshot";
import { fakeExcel } from "../fakes/excel-fake";
import { openInFake, saveFromFake, snapshot } from "./fake-workbook-kit";

const ALL: WriteFeatures = { bulkFormats: true, notes: true, undoGroup: true };
const READ = { features: { cellProperties: true, mergedAreas: true } };
const PLANS = ["000-typed", "001-merged", "002-retyped", "004-text", "004-fills", "004-merged"];

let seeds: SeedWorkbook[];
beforeAll(async () => {
  seeds = await buildSeedWorkbooks();
});

const seed = (name: string) => seeds.find((s) => s.name === name)!;

/** A seed as opened in Excel, as a snapshot: worked out once per seed, not in each test that compares with it. */
const originals = new Map<string, Promise<{ sheets: number; snapshot: unknown }>>();
const original = (name: string) => {
  const open = async () => {
    const model = await openInFake(seed(name).buffer);
    return { sheets: model.sheets.length, snapshot: snapshot(model) };
  };
  return originals.get(name) ?? originals.set(name, open()).get(name)!;
};

describe("a workbook the CLI wrote, opened in Excel, cleared by the add-in", () => {
  it.each(PLANS)("%s: fills come back, notes and the tool's sheets go", async (name) => {
    const written = await openInFake(await cliCheckAndWrite(seed(name).buffer));
    expect(written.sheets.length).toBeGreaterThan((await original(name)).sheets);
    expect(written.sheets.some((s) => s.notes.size > 0)).toBe(true);

    const { context } = fakeExcel(written);
    const outcome = await clearResults(context, ALL);
    expect(outcome).toMatchObject({ cleared: true, messages: [] });
    expect(snapshot(written)).toEqual((await original(name)).snapshot);
  });
});

describe("a workbook the add-in wrote, saved, cleared by the CLI", () => {
  it.each(PLANS)("%s: the saved file clears back to the original", async (name) => {
    const buffer = seed(name).buffer;
    const model = await openInFake(buffer);
    const { context } = fakeExcel(model);
    const { outcome } = await checkAndWrite(context, "2016-07-01", { ...READ, writeFeatures: ALL });
    expect(outcome.status).toBe("written");

    const saved = await saveFromFake(model, buffer);
    const reopened = await openInFake(saved);
    expect(reopened.sheets.map((s) => [s.name, s.visibility])).toContainEqual(["ActionPlanChecker", "VeryHidden"]);
    expect(snapshot(await openInFake(await clearCopy(saved)))).toEqual((await original(name)).snapshot);
  });

  it("a note of the user's on a highlighted cell comes back as theirs alone", async () => {
    const plain = seed("000-typed").buffer;
    const probe = await openInFake(plain);
    await checkAndWrite(fakeExcel(probe).context, "2016-07-01", { ...READ, writeFeatures: ALL });
    const plan = probe.sheets.find((s) => s.notes.size > 0)!;
    const [cell] = [...plan.notes.keys()];
    const withNote = await openInFake(plain);
    withNote.sheets.find((s) => s.name === plan.name)!.notes.set(cell, "Agreed with the finance lead.");
    const buffer = await saveFromFake(withNote, plain);

    const model = await openInFake(buffer);
    await checkAndWrite(fakeExcel(model).context, "2016-07-01", { ...READ, writeFeatures: ALL });
    expect(model.sheets.find((s) => s.name === plan.name)!.notes.get(cell)).toMatch(/^Agreed with the finance lead\.\n\nAction Plan Checker:/);
    const cleared = await openInFake(await clearCopy(await saveFromFake(model, buffer)));
    expect(cleared.sheets.find((s) => s.name === plan.name)!.notes.get(cell)).toBe("Agreed with the finance lead.");
    expect(snapshot(cleared)).toEqual(snapshot(await openInFake(buffer)));
  });
});
