/**
 * Where the ribbon's Check plan leaves a failure for the task pane: Excel has no notification
 * bar for add-ins. Kept with the Office adapter, which both hosts use, because a host never
 * imports another host (the pane reads what the ribbon's command wrote).
 */
export const LAST_ERROR_SETTING = "actionPlanChecker.lastError";
