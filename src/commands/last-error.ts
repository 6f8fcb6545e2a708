/**
 * Where the ribbon's Check plan leaves a failure for the task pane: Excel has no notification
 * bar for add-ins. A module of its own so the pane can import the key without registering the
 * ribbon's action, which commands.ts does when it loads.
 */
export const LAST_ERROR_SETTING = "actionPlanChecker.lastError";
