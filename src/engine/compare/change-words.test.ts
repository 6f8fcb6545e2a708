import type { ChangeReport } from "../report";
import { changeSentence, changeWords } from "./change-words";

const change = (c: Partial<ChangeReport> & Pick<ChangeReport, "kind">): ChangeReport => ({ id: "2.1", row: 72, sinceRow: 72, step: null, from: null, to: null, days: null, extensions: null, direction: null, ...c });

/** Seed 004's June report against May (and the kinds it lacks, on the same items), as the CLI and the pane say them. */
const SENTENCES: Array<[string, ChangeReport, string]> = [
  ["a RAG gone worse", change({ kind: "rag", from: "green", to: "amber", direction: "worse" }), "Action RAG Green → Amber (worse)"],
  ["a reopened item: Blue to Green is worse", change({ kind: "rag", from: "blue", to: "green", direction: "worse" }), "Action RAG Blue → Green (worse)"],
  ["a Savings RAG given for the first time", change({ kind: "savings-rag", from: null, to: "red" }), "Savings RAG no RAG → Red"],
  ["a second extension", change({ id: "2.3", kind: "revised", step: 86, from: "2016-05-31", to: "2016-07-31", days: 61, extensions: 2 }), "Revised date 31 May 2016 → 31 Jul 2016 (61 days later, 2nd extension)"],
  ["a revised date given for the first time", change({ kind: "revised", step: 73, from: null, to: "2016-05-31", days: 31, extensions: 1 }), "Revised date set to 31 May 2016 (31 days later, 1st extension)"],
  ["a target brought forward", change({ kind: "target", step: 73, from: "2016-09-30", to: "2016-06-30", days: -92 }), "Target date 30 Sep 2016 → 30 Jun 2016 (92 days earlier)"],
  ["a target taken out", change({ kind: "target", step: 73, from: "2016-09-30", to: null }), "Target date taken out (was 30 Sep 2016)"],
  ["a step completed", change({ id: "4.4", kind: "done", step: 167, from: false, to: true }), "Completed"],
  ["a step reopened", change({ id: "4.4", kind: "done", step: 167, from: true, to: false }), "No longer marked done"],
  ["an owner added", change({ id: "2.2", kind: "owner", from: ["T. Collins"], to: ["T. Collins", "J. Gregg"] }), "Owner T. Collins → T. Collins, J. Gregg"],
  ["an owner left blank", change({ kind: "owner", from: ["T. Collins"], to: [] }), "Owner T. Collins → nobody"],
  ["a saving cut", change({ kind: "saving", from: 219000, to: 150000 }), "Saving £219,000 → £150,000"],
  ["a saving given for the first time", change({ kind: "saving", from: null, to: 2100 }), "Saving none → £2,100"],
  ["an item renumbered", change({ id: "2.4", kind: "renumbered", from: "2.3a", to: "2.4" }), "Renumbered 2.3a → 2.4"],
  ["an item new", change({ id: "4.8", kind: "added", sinceRow: null }), "New item"],
  ["an item gone", change({ kind: "removed", row: null }), "No longer in the plan"],
  ["an item escalated", change({ kind: "escalated" }), "Now escalated"],
  ["an item de-escalated", change({ kind: "no-longer-escalated" }), "No longer escalated"],
  ["an escalated item gone", change({ kind: "no-longer-escalated", row: null }), "No longer escalated: left the plan"],
];

describe("a change in words, one renderer for the Changes sheet, the CLI and the pane", () => {
  it.each(SENTENCES)("%s", (_name, c, sentence) => {
    expect(changeSentence(c).join("")).toBe(sentence);
  });

  it("keeps before and after as typed values, so the sheet writes a date cell and the pane a RAG badge", () => {
    expect(changeWords(SENTENCES[3][1])).toEqual({ what: "Revised date", from: { kind: "date", iso: "2016-05-31" }, to: { kind: "date", iso: "2016-07-31" }, moved: "61 days later, 2nd extension", extension: "2nd extension" });
    expect(changeSentence(SENTENCES[0][1], (value) => ({ badge: value }))).toEqual(["Action RAG ", { badge: { kind: "rag", rag: "green" } }, " → ", { badge: { kind: "rag", rag: "amber" } }, " (worse)"]);
  });
});
