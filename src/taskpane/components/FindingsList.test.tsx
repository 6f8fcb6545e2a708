/** @jest-environment ./test/jsdom/environment.ts */
import { screen, within } from "@testing-library/react";
import type { FindingReport } from "../../engine";
import { FindingsList } from "./FindingsList";
import { renderFluent, setupUser } from "./fluent-test-kit";

const finding = (rule: string, severity: FindingReport["severity"], cell: string | null): FindingReport => ({
  rule,
  severity,
  sheet: "Plan",
  cell,
  message: `${rule} at ${cell ?? "sheet"}`,
  itemId: null,
  value: null,
});

// As the engine gives them: notes and warnings before the errors.
const FINDINGS = [
  finding("missing-owner", "warning", "C5"),
  finding("header-note", "info", null),
  finding("bad-date", "error", "E7"),
  finding("missing-owner", "warning", "C9"),
  finding("bad-date", "error", "E12"),
];
const TITLES = { "missing-owner": "Items without an owner", "bad-date": "Dates that are not dates", "header-note": "About the sheet" };

const show = () => {
  const selected: string[] = [];
  renderFluent(<FindingsList findings={FINDINGS} ruleTitles={TITLES} selectVerb="Select cell" onSelect={(f) => selected.push(f.cell ?? "")} />);
  return { user: setupUser(), selected };
};
const headings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent?.replace(/^[▾▸] /, ""));
const cells = () => screen.getAllByRole("listitem").map((li) => li.textContent?.match(/^(Sheet|[A-Z]+\d+)/)?.[1]);

describe("the findings list", () => {
  it("puts errors first, filters by severity and by rule, and folds a group", async () => {
    const { user } = show();
    expect(headings()).toEqual(["Dates that are not dates (2)", "Items without an owner (2)", "About the sheet (1)"]);
    await user.click(screen.getByRole("button", { name: "Errors (2)" }));
    expect(headings()).toEqual(["Items without an owner (2)", "About the sheet (1)"]);
    await user.click(screen.getByRole("button", { name: "Errors (2)" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "Items without an owner");
    expect(cells()).toEqual(["C5", "C9"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Rule" }), "All rules");
    const fold = screen.getByRole("button", { name: /Dates that are not dates/ });
    await user.click(fold);
    expect(fold.getAttribute("aria-expanded")).toBe("false");
    expect(cells()).toEqual(["C5", "C9", "Sheet"]);
  });

  it("steps to the next and previous finding from the keyboard, selecting each and moving focus to it", async () => {
    const { user, selected } = show();
    await user.click(screen.getByRole("button", { name: "Next finding" }));
    expect(selected).toEqual(["E7"]);
    expect(document.activeElement?.textContent).toMatch(/^E7/);
    await user.keyboard("{Alt>}{ArrowDown}{ArrowDown}{ArrowDown}{/Alt}");
    expect(selected).toEqual(["E7", "E12", "C5", "C9"]);
    expect(document.activeElement?.textContent).toMatch(/^C9/);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(selected.at(-1)).toBe("C5");
    expect(within(screen.getByRole("group", { name: "Show findings" })).getAllByRole("button")).toHaveLength(3);
    expect(screen.getByRole("button", { name: "Next finding" }).getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowDown");
  });

  it("shows a finding about the whole sheet as text, not as a button that looks disabled", () => {
    show();
    const note = screen.getByText("header-note at sheet");
    expect(note.closest("button")).toBeNull();
    expect(screen.getAllByRole("button").filter((b) => (b as HTMLButtonElement).disabled)).toEqual([]);
  });
});
