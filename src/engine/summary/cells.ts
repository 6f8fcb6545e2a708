import type { Rag } from "../values/rag";
import { RAG_WORDS } from "./palette";
import type { StyleId, WriteCell } from "./write-types";

export type Row = (WriteCell | null)[];

export const text = (value: string, style?: StyleId): WriteCell => ({ kind: "text", value, style });
export const num = (value: number, style?: StyleId): WriteCell => ({ kind: "number", value, style });
export const date = (value: string, style: StyleId = "date"): WriteCell => ({ kind: "date", value, style });
export const formula = (value: string, style?: StyleId): WriteCell => ({ kind: "formula", value, style });
export const link = (value: string, sheet: string, cell: string): WriteCell => ({ kind: "link", value, sheet, cell, style: "link" });
/** A link to another file (wrapped: a path is long), or to `cell` in it. */
export const fileLink = (value: string, target: string, cell?: string): WriteCell =>
  cell ? { kind: "file-link", value, target, cell, style: "link-wrap" } : { kind: "file-link", value, target, style: "link-wrap" };

const RAG_CELLS = new Map<Rag | null, WriteCell>();

/**
 * A RAG as its word on its colour; "None" uncoloured when the item has no RAG. One cell per RAG,
 * shared by every row that shows it (a description is never changed once made): two to a row of
 * the Actions table, tens of thousands of rows.
 */
export function ragCell(rag: Rag | null): WriteCell {
  let cell = RAG_CELLS.get(rag);
  if (!cell) RAG_CELLS.set(rag, (cell = rag ? text(RAG_WORDS[rag], `rag-${rag}`) : text("None")));
  return cell;
}

/**
 * A long action or update cut to a few lines, for a list a board reads on paper: the whole
 * text is one click away, in the plan's cell each line links to.
 */
export function shortened(value: string, most = 240): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length <= most ? flat : `${flat.slice(0, flat.lastIndexOf(" ", most - 1) + 1 || most - 1).trimEnd()}…`;
}


/** A string literal inside a formula. */
export function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * A SUMIFS/COUNTIFS criterion that matches `ref`'s text exactly. A bare criterion would read
 * a leading "<", ">" or "=" as an operator and "*", "?", "~" as wildcards, so a section called
 * "<5 years" or an owner "J. Smith?" would count the wrong rows.
 */
export function exactly(ref: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

/** The same criterion for a value known now: "" matches an empty cell. */
export function literally(value: string): string {
  return quoted(`=${value.replace(/[~*?]/g, "~$&")}`);
}
