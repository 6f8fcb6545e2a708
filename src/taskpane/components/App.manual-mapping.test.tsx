/** @jest-environment ./test/jsdom/environment.ts */
import { screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import type { SheetLayout } from "../../engine";
import { BOARD_SUMMARY_LAYOUT, BOARD_SUMMARY_SHEET, boardSummaryGrid } from "../../../test/fixtures/board-summary";
import { checkButton, fakeExcelHost, idle, renderPane, results, setupUser } from "./pane-test-kit";

expect.extend(toHaveNoViolations);

/** Opens a Fluent dropdown by its label and picks an option by its text. */
async function pick(user: ReturnType<typeof setupUser>, label: string | RegExp, option: string) {
  await user.click(screen.getByLabelText(label));
  await user.click(within(await screen.findByRole("listbox")).getByText(option));
}

/** The pane in Excel on the board summary, with the layout the workbook remembers for it, if any. */
async function openBoardSummary(remembered: SheetLayout | null = null) {
  const { host } = fakeExcelHost([boardSummaryGrid()]);
  if (remembered) await host.settings.saveLayout({ file: "workbook.xlsx", sheet: BOARD_SUMMARY_SHEET }, remembered);
  const user = setupUser();
  const view = renderPane(host);
  await idle();
  return { host, user, view };
}

describe("choosing the header row and columns by hand", () => {
  it("offers a sheet the reader refused its rows to pick the header from, and says what is still needed", async () => {
    const { user } = await openBoardSummary();
    expect(screen.getByText(/Or choose its header row and columns below, then Check plan\.$/)).toBeTruthy();
    await pick(user, /^Header row/, "Row 4 · Relevant Item | Response | Accountable Director | Timeline | Assurance");
    // None of the row's words names a role: nothing is taken until the user says.
    expect(screen.getByText(/^Still needed: Action \(or Recommendation or title\); and one of Owner/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check plan" })).toHaveProperty("disabled", true);
    expect(screen.getByText("No actions found with these columns")).toBeTruthy();
  });

  it("checks the sheet once the user has said where its actions and dates are, and remembers that for the workbook", async () => {
    const { host, user } = await openBoardSummary({ headerRow: 4, columns: { action: 2 } });
    expect(screen.getByText(/^Still needed: one of Owner/)).toBeTruthy();
    await pick(user, /^Target date$/, "D · Timeline");
    expect(screen.queryByText("Not an action plan")).toBeNull();
    // The sheet's own reporting date is found above the header row the user gave.
    expect(screen.getByLabelText("As-of date")).toHaveProperty("value", "30/09/2024");
    await user.click(await checkButton());
    // 31/08/2024 had passed by the reporting date: the step in row 8 is overdue.
    expect(within(await results()).getByRole("button", { name: /^D8 / })).toBeTruthy();
    expect(host.settings).toHaveProperty("layouts", new Map([[BOARD_SUMMARY_SHEET, { headerRow: 4, columns: { action: 2, targetDate: 4 } }]]));
  });

  it("has no accessibility violations with the columns open to choose", async () => {
    const { view } = await openBoardSummary({ headerRow: 4, columns: { title: 2, action: 2 } });
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it("opens a sheet with the columns remembered for it, and forgets them on request", async () => {
    const { host, user } = await openBoardSummary(BOARD_SUMMARY_LAYOUT);
    expect(screen.queryByText("Not an action plan")).toBeNull();
    expect(screen.getByLabelText("Owner").textContent).toBe("C · Accountable Director");
    await user.click(screen.getByRole("button", { name: "Forget these columns" }));
    expect(screen.getByText("Not an action plan")).toBeTruthy();
    expect(host.settings).toHaveProperty("layouts", new Map());
  });
});
