import { DEFAULT_SETTINGS, documentSettings, localStorageSettings, SETTINGS_KEY, type DocumentSettings, type PaneSettings } from "./settings";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

const chosen: PaneSettings = { escalate: "savings-red", rules: { "owner-missing": { enabled: false }, overdue: { severity: "error" } } };

describe("settings in the browser (localStorage)", () => {
  it("round-trips what the user chose", async () => {
    const storage = memoryStorage();
    await localStorageSettings(storage).save(chosen);
    expect(await localStorageSettings(storage).load()).toEqual(chosen);
  });

  it.each([
    ["nothing stored", {}],
    ["text that is not JSON", { [SETTINGS_KEY]: "{not json" }],
    ["an escalation rule that does not exist", { [SETTINGS_KEY]: JSON.stringify({ escalate: "everything" }) }],
    ["a severity that does not exist", { [SETTINGS_KEY]: JSON.stringify({ rules: { overdue: { severity: "fatal" } } }) }],
  ])("falls back to the defaults for %s", async (_, stored) => {
    expect(await localStorageSettings(memoryStorage(stored)).load()).toEqual(DEFAULT_SETTINGS);
  });

  it("fills in what an older version did not store", async () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ escalate: "all-red-amber" }) });
    expect(await localStorageSettings(storage).load()).toEqual({ escalate: "all-red-amber", rules: {} });
  });
});

describe("settings in the workbook (Office document settings)", () => {
  function fakeDocumentSettings(fail = false) {
    const values = new Map<string, unknown>();
    const fake = {
      values,
      get: (name: string) => values.get(name),
      set: (name: string, value: unknown) => void values.set(name, value),
      saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) =>
        callback?.({ error: fail ? { message: "The document is read-only." } : undefined } as Office.AsyncResult<void>),
    };
    return fake as typeof fake & DocumentSettings;
  }

  it("saves into the workbook's settings and reads them back", async () => {
    const settings = fakeDocumentSettings();
    await documentSettings(settings).save(chosen);
    expect(settings.values.get(SETTINGS_KEY)).toEqual(chosen);
    expect(await documentSettings(settings).load()).toEqual(chosen);
  });

  it("reports a save the workbook refused", async () => {
    await expect(documentSettings(fakeDocumentSettings(true)).save(chosen)).rejects.toThrow("The document is read-only.");
  });

  it("ignores settings it cannot parse", async () => {
    const settings = fakeDocumentSettings();
    settings.values.set(SETTINGS_KEY, { escalate: 42 });
    expect(await documentSettings(settings).load()).toEqual(DEFAULT_SETTINGS);
  });
});
