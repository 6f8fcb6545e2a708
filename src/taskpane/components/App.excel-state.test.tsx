/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The pane in Excel, continued (App.test.tsx is kept short: a long jsdom run slows its last tests):
 * the ribbon's recorded failure, the as-of date typed and stepped by keyboard, and what the
 * workbook's writer and clearer report back.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import type { Grid } from "../../engine";
import { PaneError } from "../errors";
import type { Host } from "../host";
import { checkButton, checkThePlan, enabledButton, fakeExcelHost as fakeHostOf, renderPane, seedFile, SLOW } from "./pane-test-kit";

expect.extend(toHaveNoViolations);

let grids: Grid[];
beforeAll(async () => {
  grids = (await seedFile()).grids;
});

const PROTECTED = 'The sheet "LAC Progress" is protected, so the checker wrote nothing. Unprotect it (Review > Unprotect Sheet) and check again.';

const fakeExcelHost = (overrides: Partial<Host> = {}) => fakeHostOf(grids, overrides);

it("shows the ribbon's last failure in plain English and forgets it when dismissed", async () => {
  const dismissed: string[] = [];
  const { host } = fakeExcelHost({
    commandError: { read: async () => "Check plan failed: RichApi.Error: The request failed.", dismiss: async () => void dismissed.push("dismiss") },
  });
  const user = userEvent.setup();
  const view = renderPane(host);
  expect(await screen.findByText("Check plan on the ribbon did not work")).toBeTruthy();
  expect(await axe(view.container)).toHaveNoViolations();
  const message = screen.getByText(/^Check plan on the ribbon could not finish \(RichApi\.Error: The request failed\.\)\. Use Check plan here in the pane/);
  expect(message).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Dismiss" }));
  expect(screen.queryByText("Check plan on the ribbon did not work")).toBeNull();
  expect(dismissed).toEqual(["dismiss"]);
});

it("takes the as-of date as dd/mm/yyyy, steps it with the arrow keys and refuses a date that does not exist", async () => {
  const user = userEvent.setup();
  renderPane(fakeExcelHost().host);
  await checkButton();
  const field = screen.getByLabelText("As-of date");
  expect(field).toHaveProperty("value", "29/06/2016");
  await user.click(field);
  await user.keyboard("{ArrowUp}{ArrowUp}");
  expect(field).toHaveProperty("value", "01/07/2016");
  await user.keyboard("{PageDown}");
  expect(field).toHaveProperty("value", "01/06/2016");

  await user.clear(field);
  await user.type(field, "31/06/2016");
  expect(screen.getByText("Type the date as day/month/year, for example 29/06/2016.")).toBeTruthy();
  expect(field.getAttribute("aria-invalid")).toBe("true");
  expect(screen.getByRole("button", { name: "Check plan" })).toHaveProperty("disabled", true);

  await user.clear(field);
  await user.type(field, "30/9/16");
  await user.click(await checkButton());
  expect(await screen.findByText("As of 30 Sep 2016 (your choice)")).toBeTruthy();
});

it("goes back to the sheet's date when the field is cleared", async () => {
  const user = userEvent.setup();
  renderPane(fakeExcelHost().host);
  await checkButton();
  const field = screen.getByLabelText("As-of date");
  await user.clear(field);
  await user.tab();
  expect(field).toHaveProperty("value", "29/06/2016");
  await user.click(await checkButton());
  expect(await screen.findByText("As of 29 Jun 2016 (the sheet's reporting date)")).toBeTruthy();
});

it("adds what the writer says to the notice, and says when there was nothing to clear", async () => {
  const { host } = fakeExcelHost({
    writeSummary: async () => ["This version of Excel cannot add notes to cells (needs ExcelApi 1.18), so the reasons for each highlight are on the summary sheets only."],
    clearHighlights: async () => ({ cleared: false, messages: ["There are no checker results in this workbook to clear."] }),
  });
  const user = userEvent.setup();
  renderPane(host);
  await user.click(await checkButton());
  await user.click(await enabledButton("Write summary sheets"));
  expect(await screen.findByText(/^Summary sheets and highlights written to the workbook\. This version of Excel cannot add notes/)).toBeTruthy();
  await user.click(await enabledButton("Clear highlights"));
  await user.click(await screen.findByRole("button", { name: "Clear" }, SLOW));
  await waitFor(() => expect(screen.getByText("There are no checker results in this workbook to clear.")).toBeTruthy(), SLOW);
});

it("says in plain words when the host cannot write, never with a stack trace", async () => {
  const { host } = fakeExcelHost({
    writeSummary: async () => {
      throw new PaneError(PROTECTED);
    },
  });
  const { user } = await checkThePlan(host);
  await user.click(screen.getByRole("button", { name: "Write summary sheets" }));
  expect(await screen.findByText(PROTECTED)).toBeTruthy();
});
