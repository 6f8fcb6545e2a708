import { StoreUnreadableError } from "../adapters/store-format";

/**
 * A failure the user can do something about. Its message is shown as it is, so it says in plain
 * English what went wrong and what to do next.
 */
export class PaneError extends Error {
  override name = "PaneError";
}

/**
 * The sentence the pane shows for any failure. A PaneError speaks for itself; anything else is
 * a bug or a host failure, so the user gets a plain sentence instead of a stack trace, with the
 * host's own words in brackets for whoever they report it to.
 */
export function plainMessage(error: unknown, doing: string): string {
  if (error instanceof PaneError || error instanceof StoreUnreadableError) return error.message;
  const detail = error instanceof Error && error.message ? ` (${error.message.split("\n")[0]})` : "";
  return `Could not ${doing}${detail}. Try again; if it keeps happening, save the workbook, reopen it and report the problem.`;
}
