import { sheetRef, uniqueSheetName } from "./sheet-names";

describe("uniqueSheetName", () => {
  it.each([
    ["Board summary", [], "Board summary"],
    ["Board summary", ["board SUMMARY"], "Board summary (2)"],
    ["Board summary", ["Board summary", "Board summary (2)"], "Board summary (3)"],
    ["Savings: 2016/17 [draft]?", [], "Savings- 2016-17 -draft--"],
    ["A sheet name that is far longer than Excel allows", ["A sheet name that is far longer"], "A sheet name that is far lo (2)"],
  ])("%s beside %j is %s", (wanted, taken, expected) => {
    const name = uniqueSheetName(wanted, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("sheetRef", () => {
  it("quotes a name and doubles its quotes", () => expect(sheetRef("Tom's plan")).toBe("'Tom''s plan'"));
});
