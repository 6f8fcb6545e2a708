import { item, type ItemSpec } from "../../../test/engine/test-plan";
import { matchItems, pairSteps } from "./match-items";

const items = (...specs: Array<[string | null, string]>) => specs.map(([id, title], i) => item({ id, title, row: 23 + i } as ItemSpec));
const summary = (match: ReturnType<typeof matchItems>) => ({
  pairs: match.pairs.map((p) => `${p.since.id}→${p.item.id}${p.renumbered ? " renumbered" : ""}`),
  added: match.added.map((i) => i.id),
  removed: match.removed.map((i) => i.id),
});

describe("matching the items of two versions", () => {
  it("pairs items of the same id and title", () => {
    const june = items(["2.1", "Develop a clear framework of Specialist and Edge of Care services"], ["2.2", "Focus of family services"]);
    const may = items(["2.1", "Develop a clear framework of Specialist and Edge of Care services"], ["2.2", "Focus of family services"]);
    expect(summary(matchItems(june, may))).toEqual({ pairs: ["2.1→2.1", "2.2→2.2"], added: [], removed: [] });
  });

  it("follows an item to its new number by its title when one is inserted above it", () => {
    const may = items(["4.7", "Develop in county provision for disabled young people"], ["4.8", "Parental financial contributions"]);
    const june = items(["4.7", "Reunification"], ["4.8", "Develop in county provision for disabled young people"], ["4.9", "Parental financial contributions"]);
    expect(summary(matchItems(june, may))).toEqual({ pairs: ["4.7→4.8 renumbered", "4.8→4.9 renumbered"], added: ["4.7"], removed: [] });
  });

  it("keeps an item whose title was reworded under the same id", () => {
    const may = items(["3.10", "Support within Localities"]);
    const june = items(["3.10", "Support within Localities for the early identification of risk"]);
    expect(summary(matchItems(june, may))).toEqual({ pairs: ["3.10→3.10"], added: [], removed: [] });
  });

  it("does not count case, spacing or punctuation as a new title", () => {
    const may = items(["R1", "Recording of Care Orders"]);
    const june = items(["1", "recording of care  orders."]);
    expect(summary(matchItems(june, may))).toEqual({ pairs: ["R1→1 renumbered"], added: [], removed: [] });
  });

  it("matches items without ids by title, and renumbers nothing", () => {
    const may = items([null, "Review placements"], [null, "Training for Head Teachers"]);
    const june = items([null, "Training for Head Teachers"], [null, "A new action"]);
    expect(summary(matchItems(june, may))).toEqual({ pairs: ["null→null"], added: [null], removed: [null] });
  });

  it("finds nothing in a different plan", () => {
    const may = items(["R1", "Recording of Care Orders"]);
    const june = items(["1.1", "Family CAF"]);
    expect(summary(matchItems(june, may))).toEqual({ pairs: [], added: ["1.1"], removed: ["R1"] });
  });
});

describe("pairing the steps of an item", () => {
  const steps = (...texts: string[]) => item({ id: "2.1", row: 72, steps: texts.map((text, i) => ({ row: 72 + i, text, target: "Jun-16" })) }).steps;
  const rows = (june: ReturnType<typeof steps>, may: ReturnType<typeof steps>) => pairSteps(june, may).map((p) => `${p.since.row}→${p.step.row}`);

  it("pairs a reworded step by its number, and a step inserted above by its text", () => {
    const may = steps("1. Draft a process for Creative Care", "2. ART to implement the process");
    const june = steps("1. Draft and agree a process for Creative Care", "2. Brief the units", "3. ART to implement the process");
    expect(rows(june, may)).toEqual(["72→72", "73→74"]);
  });

  it("pairs unnumbered steps in order when their words changed", () => {
    expect(rows(steps("Monitor weekly", "Report to board"), steps("Monitor", "Report"))).toEqual(["72→72", "73→73"]);
  });
});
