import type { ChangeReport } from "../report";
import type { Rag } from "../values/rag";
import { dayText, ordinal, plural, pounds, ragWord } from "../words";

/**
 * A change's before or after, typed so that each output can show it its own way (a RAG as a
 * badge in the pane and as its colour on the Changes sheet, a date as a date cell) while the
 * words around it stay the same everywhere.
 */
export type ChangeValue =
  | { kind: "rag"; rag: Rag | null }
  | { kind: "date"; iso: string | null }
  | { kind: "pounds"; amount: number | null }
  | { kind: "owners"; owners: string[] }
  | { kind: "done"; done: boolean }
  | { kind: "id"; id: string | null };

/** What a change is about, in the words the Changes sheet, the CLI and the pane share. */
export interface ChangeWords {
  /** "Action RAG", "Revised date", "Completed", "New item". */
  what: string;
  /** Before and now; null for the kinds that have none (new, removed, escalations). */
  from: ChangeValue | null;
  to: ChangeValue | null;
  /** "61 days later, 2nd extension": how far a deadline moved; null when it did not. */
  moved: string | null;
  /** "2nd extension" when a deadline moved later, else null. */
  extension: string | null;
}

const RAGS: readonly string[] = ["blue", "green", "amber", "red"] satisfies Rag[];
const isRag = (v: unknown): v is Rag => typeof v === "string" && RAGS.includes(v);

type Value = ChangeReport["from"];
const rag = (v: Value): ChangeValue => ({ kind: "rag", rag: isRag(v) ? v : null });
const date = (v: Value): ChangeValue => ({ kind: "date", iso: typeof v === "string" ? v : null });
const money = (v: Value): ChangeValue => ({ kind: "pounds", amount: typeof v === "number" ? v : null });
const owners = (v: Value): ChangeValue => ({ kind: "owners", owners: Array.isArray(v) ? v : [] });
const done = (v: Value): ChangeValue => ({ kind: "done", done: v === true });
const id = (v: Value): ChangeValue => ({ kind: "id", id: typeof v === "string" ? v : null });

function moved(change: ChangeReport): Pick<ChangeWords, "moved" | "extension"> {
  const extension = change.extensions ? `${ordinal(change.extensions)} extension` : null;
  if (!change.days) return { moved: null, extension };
  const when = `${plural(Math.abs(change.days), "day")} ${change.days > 0 ? "later" : "earlier"}`;
  return { moved: extension ? `${when}, ${extension}` : when, extension };
}

const only = (what: string): ChangeWords => ({ what, from: null, to: null, moved: null, extension: null });

/** One change in words, before and after kept as typed values. */
export function changeWords(change: ChangeReport): ChangeWords {
  const was = { moved: null, extension: null };
  switch (change.kind) {
    case "rag":
    case "savings-rag":
      return { what: change.kind === "rag" ? "Action RAG" : "Savings RAG", from: rag(change.from), to: rag(change.to), ...was };
    case "target":
    case "revised":
      return { what: change.kind === "target" ? "Target date" : "Revised date", from: date(change.from), to: date(change.to), ...moved(change) };
    case "done":
      return { what: change.to === true ? "Completed" : "No longer marked done", from: done(change.from), to: done(change.to), ...was };
    case "owner":
      return { what: "Owner", from: owners(change.from), to: owners(change.to), ...was };
    case "saving":
      return { what: "Saving", from: money(change.from), to: money(change.to), ...was };
    case "renumbered":
      return { what: "Renumbered", from: id(change.from), to: id(change.to), ...was };
    case "added":
      return only("New item");
    case "removed":
      return only("No longer in the plan");
    case "escalated":
      return only("Now escalated");
    case "no-longer-escalated":
      return only(change.row === null ? "No longer escalated: left the plan" : "No longer escalated");
  }
}

/** A before or after in words: "Green", "31 May 2016", "£2,100", "T. Collins, J. Gregg", "none". */
export function valueText(value: ChangeValue): string {
  switch (value.kind) {
    case "rag":
      return value.rag ? ragWord(value.rag) : "no RAG";
    case "date":
      return value.iso ? dayText(value.iso) : "none";
    case "pounds":
      return value.amount === null ? "none" : pounds(value.amount);
    case "owners":
      return value.owners.length ? value.owners.join(", ") : "nobody";
    case "done":
      return value.done ? "done" : "not done";
    case "id":
      return value.id ?? "no id";
  }
}

/**
 * The change as one sentence, in parts so that a host can show a value its own way (the pane
 * puts a RAG's badge where the CLI writes its word): "Revised date 31 May 2016 → 31 Jul 2016
 * (61 days later, 2nd extension)".
 */
export function changeSentence<T = string>(change: ChangeReport, show: (value: ChangeValue) => T | string = valueText): Array<T | string> {
  const { what, from, to, moved } = changeWords(change);
  // Which way a RAG went is not plain from its words (Blue to Green is worse: a completed item reopened).
  const after = moved ? ` (${moved})` : change.direction ? ` (${change.direction})` : "";
  // Done or not is already in the words; the two flags would only repeat them.
  if (!from || !to || from.kind === "done") return [what];
  // A date where there was none reads as given, not as a move from "none".
  if (from.kind === "date" && from.iso === null) return [`${what} set to `, show(to), after];
  if (to.kind === "date" && to.iso === null) return [`${what} taken out (was `, show(from), ")"];
  return [`${what} `, show(from), " → ", show(to), after];
}
