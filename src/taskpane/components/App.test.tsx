/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * Node's export conditions, not jsdom's "browser": this test reads seed workbooks with ExcelJS,
 * whose dependency uuid ships ES modules under "browser" that jest cannot load.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import type { Grid } from "../../engine";
import type { Host } from "../host";
import { checkButton, checkThePlan, enabledButton, fakeExcelHost as fakeHostOf, renderPane, seedFile, SLOW } from "./pane-test-kit";

expect.extend(toHaveNoViolations);

let grids: Grid[];
beforeAll(async () => {
  grids = (await seedFile()).grids;
});

const fakeExcelHost = (overrides: Partial<Host> = {}) => fakeHostOf(grids, overrides);

describe("the pane in Excel", () => {
  it("shows the as-of date the sheet gives, with its source, before any check", async () => {
    renderPane(fakeExcelHost().host);
    expect(await screen.findByText(/^29 Jun 2016: the sheet's reporting date\. Type dd\/mm\/yyyy/)).toBeTruthy();
    expect(screen.getByLabelText("As-of date")).toHaveProperty("value", "29/06/2016");
  });

  it("has no accessibility violations before and after a check", async () => {
    const { host } = fakeExcelHost();
    const view = renderPane(host);
    await checkButton();
    expect(await axe(view.container)).toHaveNoViolations();
    await userEvent.setup().click(await checkButton());
    await screen.findByRole("region", { name: "Results" });
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it("checks the plan and lists seed 004's escalations 2.1, 2.2 and 4.7 under the rule that picked them", async () => {
    const { user } = await checkThePlan(fakeExcelHost().host);
    const summary = screen.getByRole("region", { name: "Check summary" });
    expect(within(summary).getByText(/for escalation/).textContent).toContain("3 for escalation");
    await user.click(screen.getByRole("tab", { name: "Escalations" }));
    const list = screen.getByRole("list", { name: "Items for escalation" });
    const ids = within(list).getAllByRole("listitem").map((li) => li.textContent?.split(/(?=Amber|Red|Green|Blue|No RAG)/)[0]);
    expect(ids).toEqual(["2.1", "2.2", "4.7"]);
    expect(screen.getByText(/^Rule: Items rated Red or Amber for action that have a saving attached/)).toBeTruthy();
    expect(within(list).getByText("£2,100,000")).toBeTruthy();
  });

  it("shows savings in pounds and slippage with en-GB dates", async () => {
    const { user } = await checkThePlan(fakeExcelHost().host);
    await user.click(screen.getByRole("tab", { name: "Savings" }));
    expect(screen.getByText("Total savings: £4,380,000")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Slippage" }));
    expect(screen.getByText("10 steps slipped · 12 overdue")).toBeTruthy();
    expect(screen.getAllByText(/^Target \d{1,2} [A-Z][a-z]{2} \d{4}/).length).toBeGreaterThan(0);
  });

  it("selects a finding's cell in Excel when the finding is clicked", async () => {
    const { host, calls } = fakeExcelHost();
    const { user } = await checkThePlan(host);
    const finding = screen.getAllByRole("button", { name: /^[A-Z]+\d+ / })[0];
    const cell = finding.textContent?.match(/^[A-Z]+\d+/)?.[0];
    await user.click(finding);
    await waitFor(() => expect(calls).toContain(`select ${grids[0].name}!${cell}`));
  });

  it("asks before clearing highlights, and clears only on Clear", async () => {
    const { host, calls } = fakeExcelHost();
    const user = userEvent.setup();
    renderPane(host);
    await user.click(await enabledButton("Clear highlights"));
    expect(await screen.findByRole("dialog", { name: "Clear highlights?" }, SLOW)).toBeTruthy();
    await user.click(await screen.findByRole("button", { name: "Cancel" }, SLOW));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull(), SLOW);
    expect(calls).not.toContain("clear");
    await user.click(await enabledButton("Clear highlights"));
    await user.click(await screen.findByRole("button", { name: "Clear" }, SLOW));
    await waitFor(() => expect(calls).toContain("clear"), SLOW);
    expect(await screen.findByText("The checker's highlights, notes and summary sheets were removed.", {}, SLOW)).toBeTruthy();
  });

  it("turns an unexpected failure into a sentence that says what to do", async () => {
    const { host } = fakeExcelHost({
      readSheet: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'values')\n    at readWorksheet (read-worksheet.ts:12:3)");
      },
    });
    renderPane(host);
    const message = await screen.findByText(/^Could not open the pane/);
    expect(message.textContent).toContain("Try again");
    expect(message.textContent).not.toContain("read-worksheet.ts");
  });
});
