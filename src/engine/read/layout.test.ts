import { BOARD_SUMMARY_LAYOUT, boardSummaryGrid } from "../../../test/fixtures/board-summary";
import { readSheet } from ".";
import { layoutGaps, SheetLayoutSchema } from "./layout";
import { EN_GB, gridOf } from "./test-grid";

const BOARD_SUMMARY = boardSummaryGrid();
const GIVEN = BOARD_SUMMARY_LAYOUT;

describe("a layout given by hand", () => {
  it("reads a sheet the reader refuses, from the header row and columns given", () => {
    expect(readSheet(BOARD_SUMMARY, { dates: EN_GB }).kind).toBe("not-a-plan");
    const plan = readSheet(BOARD_SUMMARY, { dates: EN_GB, layout: GIVEN });
    if (plan.kind !== "plan") throw new Error(plan.reason);
    expect([plan.headerRow, plan.columns, plan.headers[4]]).toEqual([4, GIVEN.columns, "Timeline"]);
    expect(plan.items.map((item) => [item.row, item.title, item.owner?.raw, item.steps[0].target?.read.kind, item.actionRag?.raw])).toEqual([
      [5, "QS/24/031 Falls audit", "Director of Nursing", "date", "Red"],
      [6, "QS/24/034 Sepsis screening", "Medical Director", "unreadable", "Amber"],
      [7, "QS/24/040 Mortality review", "", "marker", "Blue"],
      [8, "QS/24/042 Complaints backlog", "Chief Operating Officer", "date", "Amber"],
      [9, "QS/24/047 Safeguarding training", "Director of Nursing", "unreadable", "Red"],
      [10, "QS/24/051 Discharge delays", "Chief Operating Officer", "marker", "Amber"],
    ]);
    // The title block above the header row the user gave still dates the report.
    expect(plan.reportingDate?.read).toMatchObject({ kind: "date", date: "2024-09-30" });
  });

  it("takes the columns given over what the header's words name, and guesses none", () => {
    const plain = gridOf([
      ["Action", "Owner", "Target date", "Notes"],
      ["Publish the revised complaints policy", "Tom Brown", "30/06/2025", "Jane Smith"],
      ["Agree the winter staffing plan", "A Patel", "31/01/2025", "Sam Jones"],
    ]);
    const plan = readSheet(plain, { dates: EN_GB, layout: { headerRow: 1, columns: { action: 1, owner: 4 } } });
    if (plan.kind !== "plan") throw new Error(plan.reason);
    expect(plan.columns).toEqual({ action: 1, owner: 4 });
    expect(plan.items.map((item) => [item.owner?.raw, item.steps[0].target])).toEqual([
      ["Jane Smith", null],
      ["Sam Jones", null],
    ]);
  });

  it("reads one column given for two roles as both, rather than refusing it", () => {
    const plan = readSheet(BOARD_SUMMARY, { dates: EN_GB, layout: { ...GIVEN, columns: { ...GIVEN.columns, title: 2 } } });
    if (plan.kind !== "plan") throw new Error(plan.reason);
    expect(plan.items[0]).toMatchObject({ title: "Roll out the revised falls bundle to all medical wards" });
    expect(plan.items[0].steps[0].text).toBe("Roll out the revised falls bundle to all medical wards");
  });

  it("refuses a layout that says nothing of the actions' text, or of how they are tracked", () => {
    expect(readSheet(BOARD_SUMMARY, { dates: EN_GB, layout: { headerRow: 4, columns: { owner: 3 } } })).toMatchObject({
      kind: "not-a-plan",
      reason: "Choose the column that holds each action's text (Action, or Recommendation): without it there are no actions to check.",
    });
    expect(readSheet(BOARD_SUMMARY, { dates: EN_GB, layout: { headerRow: 4, columns: {} } })).toMatchObject({
      reason: "Choose the column that holds each action's text (Action, or Recommendation), and a column of owners, target dates or RAG ratings.",
    });
  });

  it("says plainly when nothing is found under the header row given", () => {
    const plan = readSheet(BOARD_SUMMARY, { dates: EN_GB, layout: { headerRow: 10, columns: GIVEN.columns } });
    expect(plan).toMatchObject({ kind: "not-a-plan", reason: "No actions were found under row 10 in the columns chosen: check the header row, and the column of each action's text." });
  });
});

describe("SheetLayoutSchema and layoutGaps", () => {
  it("refuses what a layout cannot be: an unknown role, a column 0, a row that is not a whole number", () => {
    expect(SheetLayoutSchema.safeParse(GIVEN).success).toBe(true);
    expect(SheetLayoutSchema.safeParse({ headerRow: 4, columns: { deadline: 4 } }).success).toBe(false);
    expect(SheetLayoutSchema.safeParse({ headerRow: 4, columns: { owner: 0 } }).success).toBe(false);
    expect(SheetLayoutSchema.safeParse({ headerRow: 4.5, columns: {} }).success).toBe(false);
  });

  it("names what a layout still needs: the action's text and one way it is tracked", () => {
    expect(layoutGaps({})).toEqual(["text", "tracking"]);
    expect(layoutGaps({ title: 1, update: 3 })).toEqual(["tracking"]);
    expect(layoutGaps({ owner: 3, actionRag: 5 })).toEqual(["text"]);
    expect(layoutGaps(GIVEN.columns)).toEqual([]);
  });
});
