import fc from "fast-check";
import type { Cell } from "../grid";
import { readRag, type Rag } from "./rag";

const typed = (text: string): Cell => ({ value: text, text });
const painted = (fill: string): Cell => ({ value: null, text: "", fill });

describe("readRag", () => {
  it.each<[string, Rag]>([
    ["Red", "red"],
    ["R", "red"],
    ["red ", "red"],
    ["RED", "red"],
    ["Amber", "amber"],
    ["A", "amber"],
    ["AMBER", "amber"],
    ["Green", "green"],
    ["G", "green"],
    ["GREEN", "green"],
    ["Blue", "blue"],
    ["B", "blue"],
    ["Complete", "blue"],
    ["Completed", "blue"],
    [" a m b e r ", "amber"],
  ])("reads the word %j as %s", (text, rag) => {
    expect(readRag(typed(text))).toEqual({ kind: "rag", rag, from: "text" });
  });

  it.each(["A/G", "Yellow", "TBC", "Red/Amber", "Orange", "1", "N/A", "Redd"])(
    "does not guess at %j",
    (text) => {
      expect(readRag(typed(text))).toEqual({ kind: "unreadable", text: text.trim() });
    },
  );

  it.each<[string, Rag]>([
    ["#FF0000", "red"],
    ["#C00000", "red"],
    ["#FFC000", "amber"],
    ["#FFFF00", "amber"],
    ["#00B050", "green"],
    ["#92D050", "green"],
    ["#00B0F0", "blue"],
    ["#0070C0", "blue"],
    ["#5B9BD5", "blue"],
  ])("reads an empty cell painted %s as %s", (fill, rag) => {
    expect(readRag(painted(fill))).toEqual({ kind: "rag", rag, from: "fill" });
  });

  it.each(["#FFFFFF", "#F2F2F2", "#D9D9D9", "#808080", "#000000", "#DDEBF7", "#7030A0", "not a colour"])(
    "reads an empty cell painted %s as empty",
    (fill) => {
      expect(readRag(painted(fill))).toEqual({ kind: "empty" });
    },
  );

  it("reads a blank, unpainted cell as empty", () => {
    expect(readRag({ value: null, text: "" })).toEqual({ kind: "empty" });
    expect(readRag({ value: "  ", text: "  " })).toEqual({ kind: "empty" });
  });

  it("takes the words over the fill", () => {
    expect(readRag({ value: "Green", text: "Green", fill: "#FF0000" })).toEqual({ kind: "rag", rag: "green", from: "text" });
    expect(readRag({ value: "Yellow", text: "Yellow", fill: "#FFFF00" })).toEqual({ kind: "unreadable", text: "Yellow" });
  });

  it("never throws, whatever the cell", () => {
    const cell = fc.record(
      {
        value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
        text: fc.string(),
        fill: fc.oneof(fc.string(), fc.stringMatching(/^#[0-9A-F]{6}$/)),
      },
      { requiredKeys: ["value", "text"] },
    );
    fc.assert(
      fc.property(cell, (c) => {
        expect(["rag", "empty", "unreadable"]).toContain(readRag(c).kind);
      }),
    );
  });
});
