import { plan, item } from "../../../test/engine/test-plan";
import { stepStatus } from "../status";
import { planTotals } from "./totals";

const sheet = plan({
  items: [
    item({ id: "2.1", row: 72, owner: "T. Collins", actionRag: "Amber", savingsRag: "Red", saving: "-2,100", section: "OUTCOME 2", steps: [{ row: 72, target: "Apr-16", revised: "May-16" }, { row: 78, target: "Jun-16" }] }),
    item({ id: "2.5", row: 90, owner: "A. Jack (AtC)", actionRag: "Blue", saving: "-219", section: "OUTCOME 2", steps: [{ row: 90, target: "Jan-16", revised: "Complete" }] }),
    item({ id: "4.1", row: 147, owner: "R. Holland/R. Leslie", actionRag: "Blue", savingsRag: "Amber", saving: "-507", section: "OUTCOME 4" }),
    item({ id: "4.4", row: 165, owner: "J. Davies/ R. Leslie", actionRag: "Green", savingsRag: "Green", saving: "-132", section: "OUTCOME 4" }),
    item({ id: "4.7", row: 174, owner: "R. Holland/ J. Davies", actionRag: "Amber", savingsRag: "Red", saving: "-500", section: "OUTCOME 4", steps: [{ row: 174, target: "Sep-16", revised: "Jun-16" }] }),
    item({ id: "4.2", row: 150, owner: "T.Collins/ R. Leslie", saving: "-922", section: "OUTCOME 4", steps: [{ row: 150, target: "Ongoing" }] }),
    item({ id: "1.1", row: 23, owner: "L. Lofting/ C. Smith", actionRag: "Amber", saving: "None", section: "OUTCOME 1", steps: [{ row: 25, target: "May-16" }] }),
  ],
});
const totals = planTotals(sheet, (step) => stepStatus(step, "2016-06-29"));

describe("planTotals on seed 004's savings", () => {
  it("totals the savings in pounds, 'None' as nothing", () => {
    expect(totals.saving).toBe(4_380_000);
  });
  it("by Savings RAG, with the unrated apart", () => {
    expect(totals.savingByRag).toEqual({ blue: 0, green: 132_000, amber: 507_000, red: 2_600_000, none: 1_141_000 });
  });
  it("by section", () => {
    expect(totals.savingBySection).toEqual({ "OUTCOME 2": 2_319_000, "OUTCOME 4": 2_061_000 });
  });
  it("by owner, a shared saving counted once under all its owners", () => {
    expect(totals.savingByOwner["R. Holland / R. Leslie"]).toBe(507_000);
    expect(Object.values(totals.savingByOwner).reduce((a, b) => a + b, 0)).toBe(totals.saving);
  });
  it("by finance manager, none named in seed 004", () => {
    expect(totals.savingByFinanceManager).toEqual({ "(no finance manager)": 4_380_000 });
  });
  it("counts items by Action RAG, and slipped and overdue steps", () => {
    expect(totals.itemsByActionRag).toEqual({ blue: 2, green: 1, amber: 3, red: 0, none: 1 });
    expect([totals.slippedSteps, totals.overdueSteps]).toEqual([1, 2]);
  });
});
