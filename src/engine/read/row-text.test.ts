import { itemId } from "./row-text";

describe("itemId", () => {
  it.each([
    ["23 PAY 02", "23 PAY 02"],
    ["21 BCFU 07", "21 BCFU 07"],
    ["IA 24 03", "IA 24 03"],
    ["2024 HR 5", "2024 HR 5"],
    ["22  ICT  03", "22 ICT 03"],
  ])("takes the whole reference code %p as the id", (text, id) => {
    expect(itemId(text)).toBe(id);
  });

  it.each([
    ["2.1 (page 14)", "2.1"],
    ["7 - Fees", "7"],
    ["R 1", "R1"],
    ["3.10", "3.10"],
    ["1 Fully Achieved", "1"],
    ["4 HIGH", "4"],
    ["Q1 2015 16", "Q1"],
  ])("keeps a numbered id short when the rest is words, not a code: %p", (text, id) => {
    expect(itemId(text)).toBe(id);
  });
});
