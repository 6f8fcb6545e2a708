/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { CompareWith } from "./CompareWith";

expect.extend(toHaveNoViolations);

const show = (onChange: (sheet: string) => void, value = "") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <CompareWith sheets={["LAC Progress May-16", "LAC Progress Apr-16"]} value={value} onChange={onChange} />
    </FluentProvider>,
  );

describe("Compare with…", () => {
  it("offers the workbook's other tabs, and nothing by default", async () => {
    const chosen: string[] = [];
    show((sheet) => chosen.push(sheet));
    const box = screen.getByRole("combobox", { name: /Compare with an earlier version/ });
    expect(box.textContent).toBe("Nothing: this version alone");
    await userEvent.click(box);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Nothing: this version alone", "LAC Progress May-16", "LAC Progress Apr-16"]);
    await userEvent.click(screen.getByRole("option", { name: "LAC Progress May-16" }));
    expect(chosen).toEqual(["LAC Progress May-16"]);
  });

  it("passes axe", async () => {
    const view = show(() => undefined, "LAC Progress May-16");
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
