/** @jest-environment ./test/jsdom/environment.ts */
import { screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { CompareWith, type EarlierVersion } from "./CompareWith";
import { renderFluent, setupUser } from "./fluent-test-kit";

expect.extend(toHaveNoViolations);

const TABS = ["LAC Progress May-16", "LAC Progress Apr-16"];
const MAY: EarlierVersion = { from: "workbook", sheet: "LAC Progress May-16" };
const picker = (onChange: (version: EarlierVersion | null) => void, value: EarlierVersion | null, onOpenFile?: (file: File) => void) => (
  <CompareWith sheets={TABS} other={null} value={value} onChange={onChange} onOpenFile={onOpenFile} />
);
/**
 * Rendered as the pane's other tests are, fast. axe too: under jsdom it has no colours to check
 * (jest-axe turns those checks off, as jsdom lays nothing out), so Fluent's theme would add nothing.
 */
const show = (onChange: (version: EarlierVersion | null) => void, value: EarlierVersion | null = null) => renderFluent(picker(onChange, value));

describe("Compare with…", () => {
  it("offers the workbook's other tabs, and nothing by default", async () => {
    const chosen: Array<EarlierVersion | null> = [];
    const user = setupUser();
    show((sheet) => chosen.push(sheet));
    const box = screen.getByRole("combobox", { name: /Compare with an earlier version/ });
    expect(box.textContent).toBe("Nothing: this version alone");
    await user.click(box);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Nothing: this version alone", "LAC Progress May-16", "LAC Progress Apr-16"]);
    await user.click(screen.getByRole("option", { name: "LAC Progress May-16" }));
    expect(chosen).toEqual([MAY]);
  });

  it("offers the sheets of another file once it is read, named with their file", async () => {
    const chosen: Array<EarlierVersion | null> = [];
    const user = setupUser();
    renderFluent(<CompareWith sheets={TABS} other={{ name: "plan-may.xlsx", sheets: ["Plan", "Notes"] }} value={{ from: "file", file: "plan-may.xlsx", sheet: "Plan" }} onChange={(v) => chosen.push(v)} />);
    const box = screen.getByRole("combobox", { name: /Compare with an earlier version/ });
    expect(box.textContent).toBe("Plan (plan-may.xlsx)");
    await user.click(box);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Nothing: this version alone", ...TABS, "Plan (plan-may.xlsx)", "Notes (plan-may.xlsx)"]);
    await user.click(screen.getByRole("option", { name: "Notes (plan-may.xlsx)" }));
    await user.click(box);
    await user.click(screen.getByRole("option", { name: "Nothing: this version alone" }));
    expect(chosen).toEqual([{ from: "file", file: "plan-may.xlsx", sheet: "Notes" }, null]);
  });

  it("hands over the file the user chose, and offers none where the host cannot read one", async () => {
    const opened: string[] = [];
    const user = setupUser();
    const view = renderFluent(picker(() => undefined, null, (file) => opened.push(file.name)));
    const file = new File(["x"], "plan-may.xlsx");
    await user.upload(screen.getByLabelText("Earlier version file"), file);
    expect(opened).toEqual(["plan-may.xlsx"]);
    expect(screen.getByRole("button", { name: "Compare with another file…" })).toBeTruthy();
    view.unmount();
    show(() => undefined);
    expect(screen.queryByRole("button", { name: "Compare with another file…" })).toBeNull();
  });

  it("passes axe", async () => {
    const view = renderFluent(picker(() => undefined, MAY, () => undefined));
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
