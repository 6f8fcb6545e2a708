/** @jest-environment ./test/jsdom/environment.ts */
import { screen } from "@testing-library/react";
import { renderFluent, setupUser } from "./fluent-test-kit";
import { CLAMP, RowPreview } from "./RowPreview";

const UPDATE = "Review of placements completed with the commissioning team; ".repeat(6).trim();

describe("a finding's row", () => {
  it("stacks each header over its value and clamps long text behind 'more'", async () => {
    const user = setupUser();
    renderFluent(
      <RowPreview
        sheet="LAC Progress"
        row={12}
        cell="F12"
        cells={[
          { col: 1, letter: "A", header: "No.", text: "2.1" },
          { col: 6, letter: "F", header: "Update", text: UPDATE },
        ]}
        onClose={() => undefined}
      />,
    );
    const region = screen.getByRole("region", { name: "Row 12 of LAC Progress" });
    expect(document.activeElement).toBe(region);
    expect(screen.getByText("A No.").nextElementSibling?.textContent).toBe("2.1");
    const value = screen.getByText("F Update").nextElementSibling as HTMLElement;
    expect(value.textContent?.length).toBeLessThan(CLAMP + 10);
    await user.click(screen.getByRole("button", { name: "more" }));
    expect(value.textContent).toContain(UPDATE);
    expect(screen.getByRole("button", { name: "less" }).getAttribute("aria-expanded")).toBe("true");
  });
});
