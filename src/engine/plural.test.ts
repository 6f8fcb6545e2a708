import { plural } from "./plural";

describe("plural", () => {
  it.each([
    [0, "step", undefined, "0 steps"],
    [1, "step", undefined, "1 step"],
    [2, "day", undefined, "2 days"],
    [1, "entry", "entries", "1 entry"],
    [3, "entry", "entries", "3 entries"],
    [-1, "day", undefined, "-1 days"],
  ])("%d %s", (count, noun, nouns, words) => {
    expect(plural(count, noun, nouns)).toBe(words);
  });
});
