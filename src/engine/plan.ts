import type { DateRead } from "./values/dates";
import type { MoneyRead } from "./values/money";
import type { StatusRead } from "./values/progress-status";
import type { Rag, RagRead } from "./values/rag";

/** What a column can be for, found from its header text (spec section 2); the order a plan's columns usually run. */
export const ROLE_IDS = [
  "id",
  "title",
  "action",
  "update",
  "owner",
  "targetDate",
  "revisedDate",
  "saving",
  "priority",
  "actionRag",
  "savingsRag",
  "financeManager",
  "measure",
  /** seed 002: a target date and the lead officer typed into one cell */
  "dateAndOwner",
  /** How an action stands in words (Complete, Ongoing, Paused): not a RAG. */
  "status",
] as const;

export type Role = (typeof ROLE_IDS)[number];

export type Columns = Partial<Record<Role, number>>;

/** For a role: the column taken, and the one that came closest (null when none did). */
export interface ColumnChoice {
  taken: number;
  runnerUp: number | null;
}

export type ColumnChoices = Partial<Record<Role, ColumnChoice>>;

/** A value read from one cell, kept with where it came from so a finding can point at it. */
export interface Located<T> {
  row: number;
  col: number;
  /** The text the user sees in the cell. */
  raw: string;
  read: T;
}

export interface OwnerValue {
  owners: string[];
  /** True when the cell holds ".", "-", "TBC" or similar instead of a name. */
  placeholder: boolean;
}

/** One row of an item: an action with its own dates. */
export interface Step {
  row: number;
  text: string;
  update: string;
  target: Located<DateRead> | null;
  revised: Located<DateRead> | null;
  /** A date cell says Complete or Achieved, or the item is Blue. */
  done: boolean;
}

/** A recommendation or workstream: an id, item-level cells, and its steps. */
export interface Item {
  id: string | null;
  row: number;
  lastRow: number;
  section: string | null;
  title: string;
  owner: Located<OwnerValue> | null;
  saving: Located<MoneyRead> | null;
  priority: string | null;
  actionRag: Located<RagRead> | null;
  savingsRag: Located<RagRead> | null;
  /** From a status column ("Complete", "Paused"); null when the sheet has none. */
  status: Located<StatusRead> | null;
  financeManager: string | null;
  steps: Step[];
}

/** A row of an "Issues for escalation" or "Risk to be added to the Risk Log" sub-table. */
export interface LogEntry {
  id: string;
  row: number;
  section: string | null;
  text: string;
  /** null when the row names nobody (empty, ".", "TBC"). */
  owner: string | null;
  /** The owner cell as written and where, so a missing or placeholder owner can be pointed at. */
  ownerCell: { col: number; raw: string; placeholder: boolean } | null;
  action: string;
}

/** A value standing alone on a row of the table that no item could take ("-2,100" between items). */
export interface StrayValue {
  row: number;
  col: number;
  raw: string;
}

/** A row of the sheet's own hand-made board list ("Actions to discuss at … Board"). */
export interface BoardListEntry {
  id: string;
  row: number;
  rag: Rag | null;
}

export interface PlanSheet {
  kind: "plan";
  name: string;
  headerRow: number;
  columns: Columns;
  /** Each role's column and its runner-up, from the header's words and the columns' content. */
  columnChoices: ColumnChoices;
  /** Header text per column, as the user wrote it. */
  headers: Record<number, string>;
  /** Where the header appears again (page breaks), not data: its row and first filled column. */
  repeatedHeaders: Array<{ row: number; col: number }>;
  reportingDate: Located<DateRead> | null;
  items: Item[];
  issues: LogEntry[];
  risks: LogEntry[];
  /** Numbers alone on a row that belong to no item: reported, never read as actions. */
  strayValues: StrayValue[];
  boardList: BoardListEntry[] | null;
  /** The £ multiplier of bare numbers in the saving column, from its header ("(£K)" → 1000). */
  savingUnit: number;
}

export interface NotAPlan {
  kind: "not-a-plan";
  name: string;
  reason: string;
}

export type SheetPlan = PlanSheet | NotAPlan;
