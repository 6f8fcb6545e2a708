import type { Role } from "../engine";

/**
 * The words the pane uses for the engine's names, in the order a plan's columns usually run.
 * Only what the user reads lives here; what a role means is the engine's business.
 */
export const ROLE_LABELS: Record<Role, string> = {
  id: "Item number",
  title: "Recommendation or title",
  action: "Action",
  update: "Update",
  owner: "Owner",
  targetDate: "Target date",
  revisedDate: "Revised date",
  saving: "Saving",
  priority: "Priority",
  actionRag: "Action RAG",
  savingsRag: "Savings RAG",
  financeManager: "Finance manager",
  measure: "Success measures",
  dateAndOwner: "Target date and owner in one cell",
  status: "Status",
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/**
 * The roles the Columns panel always shows first: those that make a plan (its text, and the
 * owner, dates or RAG it is tracked by; src/engine/read/layout.ts). The rest are folded under
 * "More columns" unless in use.
 */
export const CORE_ROLES: readonly Role[] = ["title", "action", "owner", "targetDate", "revisedDate", "dateAndOwner", "actionRag"];

export type RagName = "blue" | "green" | "amber" | "red";

/** A RAG is always shown as its word as well as its colour: colour alone fails colour-blind readers. */
export const RAG_WORDS: Record<RagName, string> = { blue: "Blue", green: "Green", amber: "Amber", red: "Red" };

export const SEVERITY_WORDS = { error: "Errors", warning: "Warnings", info: "Notes" } as const;

/** Where the as-of date came from, said every time it is shown. */
export const AS_OF_SOURCE_WORDS = {
  option: "your choice",
  sheet: "the sheet's reporting date",
  today: "today; the sheet gives no reporting date",
} as const;
