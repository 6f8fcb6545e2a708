import { UsageError } from "./options";

/** The one sentence for an error that stopped the work: the user's mistake, or ours. */
export function sentenceFor(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  // A bug, not the user's fault: still one plain sentence, with what to send us.
  return `action-plan stopped on an unexpected problem (${(error as Error).message}). Please report it with the workbook if you can share it.`;
}
