/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The user's choices in Excel: the escalation rule (saved) and a column mapped by hand. Apart
 * from App.test.tsx because a long jsdom run makes its last tests several times slower.
 */
import { screen } from "@testing-library/react";
import type { Grid } from "../../engine";
import type { Host } from "../host";
import { checkButton, checkThePlan, fakeExcelHost as fakeHostOf, memorySettings, seedFile } from "./pane-test-kit";

let grids: Grid[];
beforeAll(async () => {
  grids = (await seedFile()).grids;
});

const fakeExcelHost = (overrides: Partial<Host> = {}) => fakeHostOf(grids, overrides);

it("saves the escalation rule the user picks, and re-checks with it", async () => {
  const settings = memorySettings();
  const { host } = fakeExcelHost({ settings });
  const { user } = await checkThePlan(host);
  await user.click(screen.getByRole("combobox", { name: "Escalation rule" }));
  await user.click(await screen.findByRole("option", { name: "Every item rated Red or Amber for action" }));
  expect(settings.saved.at(-1)?.escalate).toBe("all-red-amber");
  await user.click(await checkButton());
  await user.click(await screen.findByRole("tab", { name: "Escalations" }));
  expect(screen.getByText("Rule: Every item rated Red or Amber for action.")).toBeTruthy();
});

it("runs a check with a column mapped by hand", async () => {
  const { user } = await checkThePlan(fakeExcelHost().host);
  await user.click(screen.getByRole("button", { name: /^Columns \(\d+ found\)/ }));
  expect(screen.getByText("No RAG: 2")).toBeTruthy();
  await user.click(screen.getByRole("combobox", { name: "Action RAG" }));
  await user.click(await screen.findByRole("option", { name: "Not used" }));
  await user.click(await checkButton());
  // Without its Action RAG column every one of the plan's 33 items has no RAG.
  expect(await screen.findByText("No RAG: 33")).toBeTruthy();
});
