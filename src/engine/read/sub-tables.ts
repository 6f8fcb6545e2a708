import type { LogEntry } from "../plan";
import { foldsLonger, normaliseHeader } from "./columns";
import { readOwners } from "../values/owners";
import { type FilledCells, logId, textIn } from "./row-text";

export type LogKind = "issues" | "risks";

// Made once: a pattern written in the function would be a new RegExp at every call, and every row's first cell is asked.
const ISSUES_START = /\bissues? (for|to) escalat|\bescalation issues\b/i;
const RISKS_START = /\brisks? (to be added|for the risk log|log)\b/i;

/** The line that opens a sub-table: "OUTCOME 1: Issues for escalation", "Risk to be added to the Risk Log". */
export function subTableStart(text: string): LogKind | null {
  if (ISSUES_START.test(text)) return "issues";
  if (RISKS_START.test(text)) return "risks";
  return null;
}

export interface LogColumns {
  id: number;
  text?: number;
  owner?: number;
  action?: number;
}

/** A text that folds (normaliseHeader) to "no", "ref" or "id", tested on the text lower-cased. */
const LOG_ID_HEADER = /^[^a-z0-9]*(no|ref|id)[^a-z0-9]*$/;

/** The sub-table's own header: "No. | Issue | Owner | Action to be taken and by when". `cells` are the row's filled cells. */
export function readLogHeader(cells: FilledCells): LogColumns | null {
  const { cols, texts } = cells;
  // Most rows have no "No." cell: told without folding every cell's text (this runs on every row).
  if (!texts.some((text) => !foldsLonger(text, 3) && LOG_ID_HEADER.test(text.toLowerCase()))) return null;
  const columns: Partial<LogColumns> = {};
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    const folded = normaliseHeader(texts[i]);
    if (/^(no|ref|id)$/.test(folded)) columns.id ??= col;
    else if (/^(issue|risk)s?\b/.test(folded)) columns.text ??= col;
    else if (/^(owner|lead)/.test(folded)) columns.owner ??= col;
    else if (/action/.test(folded)) columns.action ??= col;
  }
  return columns.id === undefined ? null : (columns as LogColumns);
}

/** A sub-table's header standing without its title line ("No. | Risk | Owner | Mitigation"): which log it opens. */
export function logHeaderKind(cells: FilledCells): LogKind | null {
  const columns = readLogHeader(cells);
  if (columns?.text === undefined) return null;
  if (cells.texts.some((text) => /\d/.test(text))) return null;
  const word = normaliseHeader(textIn(cells, columns.text) ?? "");
  return word.startsWith("risk") ? "risks" : "issues";
}

/**
 * One row of a sub-table. An empty placeholder row ("I02" and nothing else) is the template
 * waiting to be filled, not an issue: it yields nothing.
 */
export function readLogRow(cells: FilledCells, row: number, columns: LogColumns, section: string | null): LogEntry | "placeholder" | null {
  const id = logId(textIn(cells, columns.id) ?? "");
  if (!id) return null;
  const pick = (col: number | undefined) => (col === undefined ? "" : (textIn(cells, col) ?? ""));
  const text = pick(columns.text);
  const owner = pick(columns.owner);
  const action = pick(columns.action);
  if (!text && !owner && !action) return "placeholder";
  const read = readOwners(owner);
  const ownerCell = columns.owner === undefined ? null : { col: columns.owner, raw: owner, placeholder: read.kind === "placeholder" };
  return { id, row, section, text, owner: read.kind === "owners" ? owner : null, ownerCell, action };
}
