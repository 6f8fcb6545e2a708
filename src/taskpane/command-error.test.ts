import { LAST_ERROR_SETTING as LAST_ERROR_KEY } from "../adapters/office/last-error";
import { commandErrorMessage, documentCommandError, type CommandSettings } from "./command-error";

describe("the ribbon's failure in plain English", () => {
  it("keeps the writer's own sentences, which already say what to do", () => {
    const recorded = 'The sheet "LAC Progress" is protected, so the checker wrote nothing. Unprotect it (Review > Unprotect Sheet) and check again.';
    expect(commandErrorMessage(recorded)).toBe(recorded);
  });

  it("puts an exception's message in brackets inside a sentence that says what to do, first line only", () => {
    expect(commandErrorMessage("Check plan failed: RichApi.Error: The request failed.\n    at x (commands.ts:3:1)")).toBe(
      "Check plan on the ribbon could not finish (RichApi.Error: The request failed.). Use Check plan here in the pane to see what is wrong; if it keeps failing, save the workbook, reopen it and report the problem.",
    );
  });
});

describe("the failure kept in the document settings", () => {
  function fakeSettings(initial: Record<string, unknown>, { stale = false, saveFails = false } = {}) {
    const saved = new Map(Object.entries(initial));
    // The pane's copy is what was saved when it loaded, unless refreshed: the command writes from another page.
    let copy = new Map(stale ? [] : saved);
    const settings = {
      saved,
      get: (key: string) => copy.get(key) ?? null,
      remove: (key: string) => void copy.delete(key),
      saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
        if (!saveFails) {
          saved.clear();
          copy.forEach((v, k) => saved.set(k, v));
        }
        callback?.({ error: saveFails ? { message: "The document is read-only." } : undefined } as Office.AsyncResult<void>);
      },
      refreshAsync: (callback?: (result: Office.AsyncResult<Office.Settings>) => void) => {
        copy = new Map(saved);
        callback?.({} as Office.AsyncResult<Office.Settings>);
      },
    };
    return settings as typeof settings & CommandSettings;
  }

  it("refreshes the pane's copy before reading, since the command saved it from another page", async () => {
    const settings = fakeSettings({ [LAST_ERROR_KEY]: "Check plan failed: boom" }, { stale: true });
    expect(await documentCommandError(settings).read()).toBe("Check plan failed: boom");
  });

  it.each([[{}], [{ [LAST_ERROR_KEY]: "  " }], [{ [LAST_ERROR_KEY]: 42 }]])("reads nothing from %j", async (initial) => {
    expect(await documentCommandError(fakeSettings(initial)).read()).toBeNull();
  });

  it("removes it from the saved workbook settings on dismiss", async () => {
    const settings = fakeSettings({ [LAST_ERROR_KEY]: "Check plan failed: boom", other: 1 });
    await documentCommandError(settings).dismiss();
    expect(Object.fromEntries(settings.saved)).toEqual({ other: 1 });
  });

  it("reports a dismiss the workbook refused to save", async () => {
    const settings = fakeSettings({ [LAST_ERROR_KEY]: "x" }, { saveFails: true });
    await expect(documentCommandError(settings).dismiss()).rejects.toThrow("The document is read-only.");
  });
});
