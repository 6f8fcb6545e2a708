/** @jest-environment ./test/jsdom/environment.ts */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { CompareWith } from "./CompareWith";
import { renderFluent, setupUser } from "./fluent-test-kit";

expect.extend(toHaveNoViolations);

const picker = (onChange: (sheet: string) => void, value: string) => <CompareWith sheets={["LAC Progress May-16", "LAC Progress Apr-16"]} value={value} onChange={onChange} />;
/** Rendered as the pane's other tests are, fast; axe gets the real theme, for its colours. */
const show = (onChange: (sheet: string) => void, value = "") => renderFluent(picker(onChange, value));

describe("Compare with…", () => {
  it("offers the workbook's other tabs, and nothing by default", async () => {
    const chosen: string[] = [];
    const user = setupUser();
    show((sheet) => chosen.push(sheet));
    const box = screen.getByRole("combobox", { name: /Compare with an earlier version/ });
    expect(box.textContent).toBe("Nothing: this version alone");
    await user.click(box);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Nothing: this version alone", "LAC Progress May-16", "LAC Progress Apr-16"]);
    await user.click(screen.getByRole("option", { name: "LAC Progress May-16" }));
    expect(chosen).toEqual(["LAC Progress May-16"]);
  });

  it("passes axe", async () => {
    const view = render(<FluentProvider theme={webLightTheme}>{picker(() => undefined, "LAC Progress May-16")}</FluentProvider>);
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
