import { item } from "../../../test/engine/test-plan";
import { ESCALATION_RULES, escalatedIds, hasSavingAttached } from "./escalations";

/** Seed 004's items that bear on escalation, as the sheet rates them. */
const items = [
  item({ id: "1.1", row: 23, actionRag: "Amber" }),
  item({ id: "2.1", row: 72, ragRow: 75, actionRag: "Amber", savingsRag: "Red", saving: "-2,100" }),
  item({ id: "2.2", row: 82, actionRag: "Amber", savingsRag: "Red" }),
  item({ id: "2.3", row: 85, actionRag: "Green", savingsRag: "Red" }),
  item({ id: "2.4", row: 88, actionRag: "Amber" }),
  item({ id: "2.5", row: 90, actionRag: "Blue", saving: "-219" }),
  item({ id: "4.1", row: 147, actionRag: "Blue", savingsRag: "Amber", saving: "-507" }),
  item({ id: "4.2", row: 150, saving: "-922" }),
  item({ id: "4.7", row: 174, actionRag: "Amber", savingsRag: "Red", saving: "-500" }),
  item({ id: "5.1", row: 188, actionRag: "Amber" }),
  item({ id: "9.9", row: 200, actionRag: "fill:red", saving: "None" }),
];

describe("escalations of seed 004", () => {
  it.each([
    ["red-amber-with-saving", ["2.1", "2.2", "4.7"]],
    ["all-red-amber", ["1.1", "2.1", "2.2", "2.4", "4.7", "5.1", "9.9"]],
    ["savings-red", ["2.1", "2.2", "2.3", "4.7"]],
  ] as const)("%s picks %j", (rule, ids) => {
    expect(escalatedIds(items, ESCALATION_RULES[rule])).toEqual(ids);
  });

  it("says which rule made the list, in words", () => {
    for (const rule of Object.values(ESCALATION_RULES)) expect(rule.words.length).toBeGreaterThan(20);
  });

  it("'None' is no saving attached; a Savings RAG alone is one", () => {
    expect(hasSavingAttached(items[10])).toBe(false);
    expect(hasSavingAttached(items[2])).toBe(true);
  });
});
