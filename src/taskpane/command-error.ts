import { LAST_ERROR_SETTING as LAST_ERROR_KEY } from "../adapters/office/last-error";
import type { CommandErrorStore } from "./host";

/** What the ribbon command prefixes to an exception's own message, as opposed to its plain outcomes. */
const RAW_PREFIX = "Check plan failed: ";

/** The part of `Office.Settings` used here, so a test can hand in a plain object. */
export type CommandSettings = Pick<Office.Settings, "get" | "remove" | "saveAsync"> & Partial<Pick<Office.Settings, "refreshAsync">>;

/**
 * The recorded failure in plain English. The command records either the adapter's own sentences
 * (which already say what to do) or an exception's message, which needs a sentence around it.
 */
export function commandErrorMessage(recorded: string): string {
  if (!recorded.startsWith(RAW_PREFIX)) return recorded;
  const detail = recorded.slice(RAW_PREFIX.length).split("\n")[0].trim();
  return `Check plan on the ribbon could not finish${detail ? ` (${detail})` : ""}. Use Check plan here in the pane to see what is wrong; if it keeps failing, save the workbook, reopen it and report the problem.`;
}

function settle(call: (callback: (result: Office.AsyncResult<unknown>) => void) => void): Promise<void> {
  return new Promise((resolve, reject) =>
    call((result) => (result?.error ? reject(new Error(result.error.message)) : resolve())),
  );
}

/**
 * The ribbon command's failure, kept in the workbook's settings. The pane's copy of the settings
 * is read when the pane opens, and the command runs in another page, so the copy is refreshed
 * first where Office offers it.
 */
export function documentCommandError(settings: CommandSettings): CommandErrorStore {
  return {
    async read() {
      // Without a refresh the pane's own copy is still read: it may miss the newest failure.
      if (settings.refreshAsync) {
        await settle((callback) => settings.refreshAsync!(callback)).catch((error: unknown) => console.warn("The ribbon's last failure could not be refreshed; showing the pane's copy:", error));
      }
      const recorded = settings.get(LAST_ERROR_KEY) as unknown;
      return typeof recorded === "string" && recorded.trim() ? recorded.trim() : null;
    },
    async dismiss() {
      settings.remove(LAST_ERROR_KEY);
      await settle((callback) => settings.saveAsync(callback));
    },
  };
}
