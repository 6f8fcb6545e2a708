import type { SheetLayout } from "../engine";
import { BROWSER_SETTINGS_KEY, DEFAULT_SETTINGS, documentSettings, LAYOUTS_KEY, localStorageSettings, SETTINGS_KEY, type DocumentSettings, type PaneSettings } from "./settings";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

const chosen: PaneSettings = { escalate: "savings-red", rules: { "owner-missing": { enabled: false }, overdue: { severity: "error" } } };

describe("settings in the browser (localStorage)", () => {
  const PLAN = "savings-tracker-2025.xlsx";

  it("round-trips what the user chose for a workbook", async () => {
    const storage = memoryStorage();
    await localStorageSettings(storage).save(PLAN, chosen);
    expect(await localStorageSettings(storage).load(PLAN)).toEqual(chosen);
  });

  it("keeps them to that workbook: another opened next gets the defaults, and a reset forgets them", async () => {
    const store = localStorageSettings(memoryStorage());
    await store.save(PLAN, chosen);
    expect(await store.load("board-actions.xlsx")).toEqual(DEFAULT_SETTINGS);
    await store.save("board-actions.xlsx", { ...DEFAULT_SETTINGS, escalate: "all-red-amber" });
    expect(await store.load(PLAN)).toEqual(chosen);
    await store.save(PLAN, null);
    expect(await store.load(PLAN)).toEqual(DEFAULT_SETTINGS);
    expect((await store.load("board-actions.xlsx")).escalate).toBe("all-red-amber");
  });

  it("does not apply the one set an older pane kept for every file", async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify(chosen) });
    expect(await localStorageSettings(storage).load(PLAN)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ["nothing stored", {}],
    ["text that is not JSON", { [BROWSER_SETTINGS_KEY]: "{not json" }],
    ["a list where files were kept", { [BROWSER_SETTINGS_KEY]: JSON.stringify([chosen]) }],
    ["an escalation rule that does not exist", { [BROWSER_SETTINGS_KEY]: JSON.stringify({ [PLAN]: { escalate: "everything" } }) }],
    ["a severity that does not exist", { [BROWSER_SETTINGS_KEY]: JSON.stringify({ [PLAN]: { rules: { overdue: { severity: "fatal" } } } }) }],
  ])("falls back to the defaults for %s", async (_, stored) => {
    expect(await localStorageSettings(memoryStorage(stored)).load(PLAN)).toEqual(DEFAULT_SETTINGS);
  });

  it("fills in what an older version did not store", async () => {
    const storage = memoryStorage({ [BROWSER_SETTINGS_KEY]: JSON.stringify({ [PLAN]: { escalate: "all-red-amber" } }) });
    expect(await localStorageSettings(storage).load(PLAN)).toEqual({ escalate: "all-red-amber", rules: {} });
  });
});

function fakeDocumentSettings(fail = false) {
  const values = new Map<string, unknown>();
  const fake = {
    values,
    saves: 0,
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => void values.set(name, value),
    remove: (name: string) => void values.delete(name),
    saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
      fake.saves++;
      callback?.({ error: fail ? { message: "The document is read-only." } : undefined } as Office.AsyncResult<void>);
    },
  };
  return fake as typeof fake & DocumentSettings;
}

describe("settings in the workbook (Office document settings)", () => {
  it("saves into the workbook's settings and reads them back", async () => {
    const settings = fakeDocumentSettings();
    await documentSettings(settings).save("workbook.xlsx", chosen);
    expect(settings.values.get(SETTINGS_KEY)).toEqual(chosen);
    expect(await documentSettings(settings).load("workbook.xlsx")).toEqual(chosen);
    // Reset: nothing of the user's is left in the workbook, and the defaults are read.
    await documentSettings(settings).save("workbook.xlsx", null);
    expect(settings.values.has(SETTINGS_KEY)).toBe(false);
    expect(await documentSettings(settings).load("workbook.xlsx")).toEqual(DEFAULT_SETTINGS);
  });

  it("reports a save the workbook refused", async () => {
    await expect(documentSettings(fakeDocumentSettings(true)).save("workbook.xlsx", chosen)).rejects.toThrow("The document is read-only.");
  });

  it("ignores settings it cannot parse", async () => {
    const settings = fakeDocumentSettings();
    settings.values.set(SETTINGS_KEY, { escalate: 42 });
    expect(await documentSettings(settings).load("workbook.xlsx")).toEqual(DEFAULT_SETTINGS);
  });
});

describe("layouts chosen by hand", () => {
  const layout: SheetLayout = { headerRow: 4, columns: { title: 1, action: 2, owner: 3, targetDate: 4 } };
  const board = { file: "board-actions.xlsx", sheet: "Actions" };

  it("are kept in the browser per workbook and sheet, and forgotten on request", async () => {
    const storage = memoryStorage();
    const store = localStorageSettings(storage);
    await store.saveLayout(board, layout);
    expect(await store.loadLayout(board)).toEqual(layout);
    // Another workbook with a sheet of the same name does not get it.
    expect(await store.loadLayout({ ...board, file: "other-plan.xlsx" })).toBeNull();
    expect(await store.loadLayout({ ...board, sheet: "Risks" })).toBeNull();
    await store.saveLayout(board, null);
    expect(await localStorageSettings(storage).loadLayout(board)).toBeNull();
  });

  it("drop one stored layout that no longer parses, keeping the others", async () => {
    const key = (file: string) => JSON.stringify([file, "Actions"]);
    const storage = memoryStorage({ [LAYOUTS_KEY]: JSON.stringify({ [key("a.xlsx")]: { headerRow: "four", columns: {} }, [key("b.xlsx")]: layout }) });
    const store = localStorageSettings(storage);
    expect(await store.loadLayout({ file: "a.xlsx", sheet: "Actions" })).toBeNull();
    expect(await store.loadLayout({ file: "b.xlsx", sheet: "Actions" })).toEqual(layout);
  });

  it("are kept in Excel in the workbook's settings, by sheet", async () => {
    const settings = fakeDocumentSettings();
    const values = settings.values;
    await documentSettings(settings).saveLayout(board, layout);
    expect(values.get(LAYOUTS_KEY)).toEqual({ Actions: layout });
    expect(await documentSettings(settings).loadLayout(board)).toEqual(layout);
    await documentSettings(settings).saveLayout(board, null);
    expect([values.get(LAYOUTS_KEY), settings.saves]).toEqual([{}, 2]);
  });
});
