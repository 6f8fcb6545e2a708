/** @jest-environment ./test/jsdom/environment.ts */
import { screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { useState } from "react";
import type { Columns, Role } from "../../engine";
import type { ColumnMappingProps } from "./ColumnMapping";
import { ColumnMapping } from "./ColumnMapping";
import { renderFluent, setupUser } from "./fluent-test-kit";

expect.extend(toHaveNoViolations);

/** A scrutiny tracker's columns: the date raised (C) and the date due (D), the lead officer (E). */
const OPTIONS = [
  { col: 1, letter: "A", header: "Ref" },
  { col: 2, letter: "B", header: "Recommendation" },
  { col: 3, letter: "C", header: "Date" },
  { col: 4, letter: "D", header: "Exec Date" },
  { col: 5, letter: "E", header: "Lead Officer/EM" },
];

const ROWS = [
  { row: 1, text: "Scrutiny recommendations tracker" },
  { row: 3, text: "Ref | Recommendation | Date | Exec Date | Lead Officer/EM" },
];

function renderMapping(props: Partial<ColumnMappingProps>) {
  const calls: string[] = [];
  renderFluent(
    <ColumnMapping
      rows={ROWS}
      headerRow={3}
      onHeaderRowChange={(row) => calls.push(`header ${row}`)}
      options={OPTIONS}
      mapping={{}}
      onChange={(role, col) => calls.push(`${role} ${col}`)}
      byHand={false}
      {...props}
    />,
  );
  return calls;
}

describe("the Columns panel", () => {
  it("shows for each role the column taken and the runner-up, and a change picks the runner-up", async () => {
    const user = setupUser();
    const calls = renderMapping({ mapping: { id: 1, title: 2, targetDate: 4, owner: 5 }, runnersUp: { targetDate: "C", owner: null } });
    await user.click(screen.getByRole("button", { name: /Columns \(4 found\)/ }));
    const target = screen.getByRole("combobox", { name: /^Target date(?! and owner)/ });
    expect(target.textContent).toBe("D · Exec Date");
    expect(screen.getByText("Runner-up: C · Date")).toBeTruthy();
    expect(screen.getAllByText(/^Runner-up:/)).toHaveLength(1);
    await user.click(target);
    await user.click(screen.getByRole("option", { name: "C · Date" }));
    expect(calls).toEqual(["targetDate 3"]);
  });

  it("opens on a sheet the reader could not read, says what is needed, and lets the user pick the header row", async () => {
    const user = setupUser();
    const calls = renderMapping({ headerRow: null, open: true });
    expect(screen.getByRole("button", { name: "Choose the columns yourself" }).getAttribute("aria-expanded")).toBe("true");
    expect(
      screen.getByText(
        "Still needed: Action (or Recommendation or title); and one of Owner, Target date, Revised date, Target date and owner in one cell or Action RAG.",
      ),
    ).toBeTruthy();
    // Columns are named by the header row: none can be picked before it.
    expect(screen.getByLabelText("Owner")).toHaveProperty("disabled", true);
    await user.click(screen.getByLabelText(/^Header row/));
    await user.click(screen.getByRole("option", { name: "Row 3 · Ref | Recommendation | Date | Exec Date | Lead Officer/EM" }));
    expect(calls).toEqual(["header 3"]);
  });

  it("warns, without refusing, when one column is chosen for two roles; a choice by hand can be forgotten", async () => {
    const user = setupUser();
    const calls: string[] = [];
    renderMapping({ mapping: { title: 2, action: 2, owner: 5 }, byHand: true, open: true, onReset: () => calls.push("reset"), resetLabel: "Forget these columns" });
    expect(screen.getByRole("button", { name: "Columns (chosen by you)" })).toBeTruthy();
    expect(screen.getByText("This column is also read as Action.")).toBeTruthy();
    expect(screen.getByText("This column is also read as Recommendation or title.")).toBeTruthy();
    expect(screen.getByText(/^Needed: /)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Forget these columns" }));
    expect(calls).toEqual(["reset"]);
  });

  it("shows the roles that make a plan and those in use first, the rest folded under More columns, opened from the keyboard", async () => {
    const user = setupUser();
    const calls: string[] = [];
    // The pane's part: each pick changes the mapping the panel is given.
    function Pane() {
      const [mapping, setMapping] = useState<Columns>({ id: 1, title: 2, targetDate: 4, owner: 5 });
      const change = (role: Role, col: number | null) => {
        calls.push(`${role} ${col}`);
        setMapping((now) => ({ ...now, [role]: col ?? undefined }));
      };
      return <ColumnMapping rows={ROWS} headerRow={3} onHeaderRowChange={() => undefined} options={OPTIONS} mapping={mapping} onChange={change} byHand open />;
    }
    renderFluent(<Pane />);
    const fields = () => screen.getAllByRole("combobox");
    // The item number is in use, so it is shown; Saving, Priority and the rest wait under More columns.
    expect(screen.getByLabelText("Item number")).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Saving" })).toBeNull();
    const more = screen.getByRole("button", { name: "▸ More columns (7)" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    const before = fields().length;
    more.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "▾ More columns (7)" }).getAttribute("aria-expanded")).toBe("true");
    expect(fields().length).toBe(before + 7);
    // A role picked under More columns stays where it is, under the user's focus.
    const saving = screen.getByRole("combobox", { name: "Saving" });
    await user.click(saving);
    await user.click(screen.getByRole("option", { name: "C · Date" }));
    expect(calls).toEqual(["saving 3"]);
    expect(screen.getByRole("combobox", { name: "Saving" })).toBe(saving);
    expect(saving.textContent).toBe("C · Date");
    expect(screen.getByRole("button", { name: "▾ More columns (7)" })).toBeTruthy();
  });

  it("passes axe with More columns open", async () => {
    const user = setupUser();
    // Fluent's rules that hide things are all axe can use here (jsdom lays nothing out, so colour
    // contrast is left unchecked whatever the theme); its hundreds of other rules only made each
    // of axe's style look-ups match them all, some 20 s under load.
    const view = renderFluent(
      <ColumnMapping rows={ROWS} headerRow={3} onHeaderRowChange={() => undefined} options={OPTIONS} mapping={{ title: 2 }} onChange={() => undefined} byHand={false} open />,
    );
    await user.click(screen.getByRole("button", { name: /More columns/ }));
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
