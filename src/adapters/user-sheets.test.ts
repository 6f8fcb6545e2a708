import type { Store } from "./store-format";
import { checkerSheets, userSheets } from "./user-sheets";

const store: Store = {
  sheets: [
    { name: "Board summary", markerCell: "A1", marker: "Board summary — Action Plan Checker" },
    { name: "Savings", markerCell: "A1", marker: "Savings — Action Plan Checker" },
  ],
  cells: [],
};

describe("the checker's sheets, as its store records them", () => {
  const markers: Record<string, string> = {
    Plan: "Item",
    "Board summary": "Board summary — Action Plan Checker",
    // The user renamed the checker's Savings sheet; their own "Savings" sheet has no marker.
    "Savings (board)": "Savings — Action Plan Checker",
    Savings: "Savings by directorate",
  };
  const markerAt = (sheet: string) => markers[sheet];

  it("finds a sheet by its marker, renamed or not, and never a user's sheet that only shares a name", () => {
    expect(checkerSheets(Object.keys(markers), store, markerAt)).toEqual(["Board summary", "Savings (board)"]);
  });

  it("finds none when the marker is gone: the user has made the sheet their own", () => {
    expect(checkerSheets(["Plan", "Board summary"], store, () => "My notes")).toEqual([]);
  });
});

describe("the user's sheets", () => {
  it("leave out the checker's sheets and very hidden ones, and keep the user's hidden ones, in workbook order", () => {
    const sheets = [
      { name: "Read me", veryHidden: false },
      { name: "Plan", veryHidden: false },
      { name: "Board summary", veryHidden: false },
      { name: "Old plan (hidden)", veryHidden: false },
      { name: "ActionPlanChecker", veryHidden: true },
      { name: "Macro storage", veryHidden: true },
    ];
    expect(userSheets(sheets, ["Board summary", "ActionPlanChecker"])).toEqual(["Read me", "Plan", "Old plan (hidden)"]);
  });
});
