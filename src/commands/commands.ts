/**
 * Ribbon commands. Each runs in the function file's hidden page and must call
 * `event.completed()` whatever happens, or Excel leaves the button spinning.
 */
import { checkAndWrite, LAST_ERROR_SETTING, localToday, runInExcel } from "../adapters/office";

function saveSettings(): Promise<void> {
  return new Promise((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
}

/**
 * This page's copy of the settings dates from when Excel loaded it: the pane may have saved a rule
 * or columns since. Where the copy cannot be refreshed the check still runs, with the copy.
 */
function refreshSettings(): Promise<void> {
  const settings = Office.context.document.settings;
  if (!settings.refreshAsync) return Promise.resolve();
  return new Promise((resolve) =>
    settings.refreshAsync((result) => {
      if (result?.error) console.warn("Check plan could not refresh the workbook's settings; it uses the copy it has:", result.error.message);
      resolve();
    }),
  );
}

async function checkPlan(event: Office.AddinCommands.Event): Promise<void> {
  const settings = Office.context.document.settings;
  try {
    await refreshSettings();
    // The escalation rule, checks and columns the user chose in the pane, kept in the workbook.
    const { outcome } = await runInExcel((context) => checkAndWrite(context, localToday(), { saved: settings }));
    if (outcome.status === "written") settings.remove(LAST_ERROR_SETTING);
    else settings.set(LAST_ERROR_SETTING, outcome.messages.join(" "));
  } catch (error) {
    // Kept in the workbook only: nothing about the user's plan is sent anywhere.
    const message = error instanceof Error ? error.message : String(error);
    settings.set(LAST_ERROR_SETTING, `Check plan failed: ${message}`);
  } finally {
    // The ribbon has no place to show this; the console is where an add-in's developer looks.
    await saveSettings().catch((error: unknown) => console.error("Check plan could not save its outcome in the workbook's settings, so the pane will not show it:", error));
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkPlan", checkPlan);
});
