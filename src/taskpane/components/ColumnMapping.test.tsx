/** @jest-environment ./test/jsdom/environment.ts */
import { screen } from "@testing-library/react";
import { ColumnMapping } from "./ColumnMapping";
import { renderFluent, setupUser } from "./fluent-test-kit";

/** A scrutiny tracker's columns: the date raised (C) and the date due (D), the lead officer (E). */
const OPTIONS = [
  { col: 1, letter: "A", header: "Ref" },
  { col: 2, letter: "B", header: "Recommendation" },
  { col: 3, letter: "C", header: "Date" },
  { col: 4, letter: "D", header: "Exec Date" },
  { col: 5, letter: "E", header: "Lead Officer/EM" },
];

describe("the Columns panel", () => {
  it("shows for each role the column taken and the runner-up, and a change picks the runner-up", async () => {
    const changes: Array<[string, number | null]> = [];
    const user = setupUser();
    renderFluent(
      <ColumnMapping
        options={OPTIONS}
        mapping={{ id: 1, title: 2, targetDate: 4, owner: 5 }}
        runnersUp={{ targetDate: "C", owner: null }}
        onChange={(role, col) => changes.push([role, col])}
      />,
    );
    await user.click(screen.getByRole("button", { name: /Columns \(4 found\)/ }));
    const target = screen.getByRole("combobox", { name: /^Target date(?! and owner)/ });
    expect(target.textContent).toBe("D · Exec Date");
    expect(screen.getByText("Runner-up: C · Date")).toBeTruthy();
    expect(screen.getAllByText(/^Runner-up:/)).toHaveLength(1);
    await user.click(target);
    await user.click(screen.getByRole("option", { name: "C · Date" }));
    expect(changes).toEqual([["targetDate", 3]]);
  });
});
